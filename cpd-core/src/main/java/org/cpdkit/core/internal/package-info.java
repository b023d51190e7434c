/**
 * Not API: what cpdkit's own value types share (their Immutables style and structural checks).
 * Not exported from the module; may change in any release without notice.
 */
package org.cpdkit.core.internal;
