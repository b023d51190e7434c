/** Peer-reflection sessions, their participants and prompts, and the built-in prompt library. */
@org.cpdkit.core.DomainStyle
package org.cpdkit.core.session;
