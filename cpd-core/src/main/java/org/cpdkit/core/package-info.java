/**
 * Shared pieces of the cpdkit domain model: the structural limits, the validation that every
 * value type applies at construction, and the exception it throws.
 */
package org.cpdkit.core;
