package org.cpdkit.json;

import java.util.HashMap;
import java.util.Map;
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

  private static final ClassValue<Map<String, Object>> BY_CODE =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Object[] all = type.getEnumConstants();
          Map<String, Object> m = new HashMap<>();
          for (Object e : all) {
            m.put(((Coded) e).code(), e);
          }
          return m;
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
    return type.cast(BY_CODE.get(type).get(code));
  }
}
