/** Peer-reflection sessions, their participants and prompts, and the built-in prompt library. */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.core.session;
