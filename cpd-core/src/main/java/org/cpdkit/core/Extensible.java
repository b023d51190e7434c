package org.cpdkit.core;

import java.util.Map;

/**
 * A value that carries extension properties it does not interpret: keys of the form {@code x-…}
 * and values kept exactly as an exchange format wrote them (for JSON, the raw JSON text), so that
 * reading and writing a record never loses what another system added.
 */
public interface Extensible {
  /** Extension properties in the order they were given; empty when there are none. */
  Map<String, String> extensions();
}
