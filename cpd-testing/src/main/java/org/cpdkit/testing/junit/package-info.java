/**
 * A JUnit Jupiter helper that runs a property check over many seeded values and reports the
 * failing seed so that it can be replayed.
 */
package org.cpdkit.testing.junit;
