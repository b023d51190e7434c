/**
 * Registration requirements as data ({@link org.cpdkit.rules.registration.RegistrationRequirements}),
 * the generic rules that check a portfolio against them, and cpdkit's built-in packs for Social
 * Work England, the other UK social work regulators, HCPC and NMC.
 */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.rules.registration;
