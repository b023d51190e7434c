/** Rules for peer-reflection sessions: participants, facilitator, prompts and notes. */
@org.cpdkit.core.DomainStyle
package org.cpdkit.rules.session;
