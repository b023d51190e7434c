package org.cpdkit.json;

import java.util.random.RandomGenerator;

/** Random JSON text for extension values: nested values, numbers in every notation, escapes. */
final class RandomJson {
  private static final String[] NUMBERS = {
    "0", "-0", "1", "-17", "2.50", "1e10", "-3E-2", "123456789012345678901234567890", "0.1000", "6.02e+23"
  };
  private static final String[] STRINGS = {
    "\"\"", "\"plain\"", "\"caf\\u00e9 ✓\"", "\"line\\nbreak \\\"quoted\\\" \\\\ \\t\"", "\"😀 astral\"",
    "\"\\ud83d\\ude00\"", "\"</script>\""
  };

  private RandomJson() {}

  static String value(RandomGenerator random, int depth) {
    int kind = random.nextInt(depth > 0 ? 7 : 5);
    switch (kind) {
      case 0:
        return NUMBERS[random.nextInt(NUMBERS.length)];
      case 1:
        return STRINGS[random.nextInt(STRINGS.length)];
      case 2:
        return random.nextBoolean() ? "true" : "false";
      case 3:
        return "null";
      case 4:
        return STRINGS[random.nextInt(STRINGS.length)];
      case 5: {
        StringBuilder b = new StringBuilder("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.append(i == 0 ? "" : ",").append(value(random, depth - 1));
        }
        return b.append(']').toString();
      }
      default: {
        StringBuilder b = new StringBuilder("{");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(value(random, depth - 1));
        }
        return b.append('}').toString();
      }
    }
  }
}
