/**
 * Not API: types cpdkit's own packages share. Not exported from the module; may change in any
 * release without notice.
 */
package org.cpdkit.rules.internal;
