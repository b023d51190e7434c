/**
 * Professional standards frameworks, their groups and standards, and the frameworks built into
 * cpdkit (Social Work England's professional standards, 2019).
 */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.core.standard;
