/**
 * The rules engine: rules and rule sets, the checker that runs them, findings located by JSON
 * Pointer, reports with a per-requirement status a person can act on, rule packs found with
 * {@link java.util.ServiceLoader}, and the seam through which an identifier scanner inspects free
 * text.
 */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.rules;
