package org.cpdkit.core.entry;

/** An enumerated domain value with a stable lower-kebab code used in exchange formats. */
public interface Coded {
  /** The stable code, such as {@code peer-reflection}; never changes once released. */
  String code();

  /**
   * Finds the constant of {@code type} with this code.
   *
   * @throws IllegalArgumentException naming the type and the accepted codes when none matches
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    StringBuilder accepted = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      accepted.append(accepted.length() == 0 ? "" : ", ").append(e.code());
    }
    throw new IllegalArgumentException(
        type.getSimpleName() + ": unknown code; expected one of " + accepted);
  }

  /** Turns an enum constant name into its code: {@code PEER_REFLECTION} → {@code peer-reflection}. */
  static String codeOf(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
