/** Rules for team learning toolkit runs: order and length of the two parts, and each participant's reflections. */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.rules.toolkit;
