/**
 * Seeded, framework-neutral generators of valid cpdkit domain values ({@link
 * org.cpdkit.testing.CpdGenerators}) and of values that break exactly one invariant ({@link
 * org.cpdkit.testing.InvalidCases}), for property checks of code that works with CPD records.
 */
package org.cpdkit.testing;
