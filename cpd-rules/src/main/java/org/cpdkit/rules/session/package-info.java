/** Rules for peer-reflection sessions: participants, facilitator, prompts and notes. */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.rules.session;
