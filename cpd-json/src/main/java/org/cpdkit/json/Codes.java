package org.cpdkit.json;

import org.cpdkit.core.entry.Coded;

/** The codes of each enumeration, computed once: reading and writing codes is on every path. */
final class Codes {
  private static final ClassValue<String[]> CODES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] all = type.getEnumConstants();
          String[] codes = new String[all.length];
          for (int i = 0; i < all.length; i++) {
            codes[i] = ((Coded) all[i]).code();
          }
          return codes;
        }
      };

  private static final ClassValue<Object[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return type.getEnumConstants();
        }
      };

  private Codes() {}

  static String code(Enum<?> value) {
    return CODES.get(value.getDeclaringClass())[value.ordinal()];
  }

  static String[] codes(Class<?> type) {
    return CODES.get(type).clone();
  }

  /** The constant with this code, or null. */
  static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
    // An enumeration has a handful of codes: comparing them is cheaper than hashing the text read,
    // a new string each time. From the last, so that of two equal codes the last one is found.
    String[] codes = CODES.get(type);
    for (int i = codes.length - 1; i >= 0; i--) {
      if (codes[i].equals(code)) {
        return type.cast(CONSTANTS.get(type)[i]);
      }
    }
    return null;
  }
}
