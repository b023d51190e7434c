package org.cpdkit.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON properties of one object type of the format: their names in writing order and which
 * of them are required. Shared by the reader (unknown, duplicate and missing properties), the
 * writer's order and the schema tests.
 */
final class Props {
  final String type;
  final List<String> names;
  final List<String> required;
  private final Map<String, Integer> index = new HashMap<>();
  private final long requiredMask;

  /**
   * @param type the domain type's simple name
   * @param required the required property names
   * @param optional the other property names; writing order is required then optional as given,
   *     unless {@code order} says otherwise
   */
  private Props(String type, List<String> names, List<String> required) {
    if (names.size() > 63) {
      throw new IllegalArgumentException(type + ": too many properties");
    }
    this.type = type;
    this.names = List.copyOf(names);
    this.required = List.copyOf(required);
    long mask = 0;
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    for (String r : required) {
      mask |= 1L << index.get(r);
    }
    this.requiredMask = mask;
  }

  /** Properties in writing order; names marked with a trailing {@code !} are required. */
  static Props of(String type, String... spec) {
    List<String> names = new java.util.ArrayList<>();
    List<String> required = new java.util.ArrayList<>();
    for (String s : spec) {
      if (s.endsWith("!")) {
        String n = s.substring(0, s.length() - 1);
        names.add(n);
        required.add(n);
      } else {
        names.add(s);
      }
    }
    return new Props(type, names, required);
  }

  /** The index of a known property, or -1. */
  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** The first required property not in {@code seen}, or null. */
  String firstMissing(long seen) {
    long missing = requiredMask & ~seen;
    if (missing == 0) {
      return null;
    }
    return names.get(Long.numberOfTrailingZeros(missing));
  }
}
