/** CPD entries: what was done, learned and changed, with peer and structured reflections. */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.core.entry;
