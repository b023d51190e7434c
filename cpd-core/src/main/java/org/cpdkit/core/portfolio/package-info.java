/** Practitioners, their regulators and registration periods, and their portfolios of CPD. */
@org.cpdkit.core.DomainStyle
package org.cpdkit.core.portfolio;
