/** Practitioners, their regulators and registration periods, and their portfolios of CPD. */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.core.portfolio;
