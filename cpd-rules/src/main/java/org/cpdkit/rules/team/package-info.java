/**
 * The team view: many practitioners' portfolios checked against one pack as of a day, with counts
 * of who is compliant, at risk or not compliant, what each is missing, the standards the team's
 * learning covers and who takes part in peer reflection. No personal text.
 */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.rules.team;
