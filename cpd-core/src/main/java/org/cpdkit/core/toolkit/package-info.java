/** Team learning toolkits (individual module, then case study) and a team's run through one. */
@org.cpdkit.core.internal.DomainStyle
package org.cpdkit.core.toolkit;
