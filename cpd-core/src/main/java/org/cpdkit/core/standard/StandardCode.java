package org.cpdkit.core.standard;

import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * The code of one professional standard within a framework, such as {@code 4.5}. Codes compare
 * as a person reads them, numbers by value, so {@code 4.10} sorts after {@code 4.9}.
 */
@Value.Immutable
@org.cpdkit.core.internal.SmallValueStyle
@DomainStyle
public abstract class StandardCode implements Comparable<StandardCode> {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  StandardCode() {}

  /** The code as written, for example {@code 4.5}. */
  @Value.Parameter
  public abstract String value();

  /** The code of the group this standard belongs to: the part before the first separator. */
  public String group() {
    String v = value();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '.' || c == '-') {
        return v.substring(0, i);
      }
    }
    return v;
  }

  /**
   * Returns the code for the given text.
   *
   * @throws org.cpdkit.core.InvalidValueException if the text is not a standard code
   */
  public static StandardCode of(String value) {
    return ImmutableStandardCode.of(value);
  }

  @Value.Check
  protected void check() {
    Validation.standardCode("StandardCode", "value", value());
  }

  /**
   * Orders codes as a person reads them: run by run, a run being a separator ({@code .} or
   * {@code -}), digits or letters; separators before digits before letters; digits by their
   * value ({@code 4.9} before {@code 4.10}), letters ignoring case; a code that ends first comes
   * first. Codes alike in all of that are ordered by their text, so the order is total and
   * consistent with {@link #equals(Object)}: {@code 4 < 4.1 < 4.10 < 4a < 5 < 10 < PCF-1}.
   */
  @Override
  public int compareTo(StandardCode other) {
    String a = value();
    String b = other.value();
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ti = type(a.charAt(i));
      int tj = type(b.charAt(j));
      if (ti != tj) {
        return Integer.compare(ti, tj);
      }
      int ei = runEnd(a, i, ti);
      int ej = runEnd(b, j, tj);
      int c = ti == DIGITS ? compareDigits(a, i, ei, b, j, ej) : ti == LETTERS ? compareLetters(a, i, ei, b, j, ej) : 0;
      if (c != 0) {
        return c;
      }
      i = ei;
      j = ej;
    }
    if (i < a.length() || j < b.length()) {
      return i < a.length() ? 1 : -1;
    }
    return a.compareTo(b);
  }

  private static final int SEPARATOR = 0;
  private static final int DIGITS = 1;
  private static final int LETTERS = 2;

  private static int type(char c) {
    return c == '.' || c == '-' ? SEPARATOR : c >= '0' && c <= '9' ? DIGITS : LETTERS;
  }

  private static int runEnd(String s, int from, int type) {
    if (type == SEPARATOR) {
      return from + 1;
    }
    int k = from + 1;
    while (k < s.length() && type(s.charAt(k)) == type) {
      k++;
    }
    return k;
  }

  private static int compareDigits(String a, int i, int ei, String b, int j, int ej) {
    while (i < ei - 1 && a.charAt(i) == '0') {
      i++;
    }
    while (j < ej - 1 && b.charAt(j) == '0') {
      j++;
    }
    int c = Integer.compare(ei - i, ej - j);
    for (int k = 0; c == 0 && k < ei - i; k++) {
      c = Character.compare(a.charAt(i + k), b.charAt(j + k));
    }
    return c;
  }

  private static int compareLetters(String a, int i, int ei, String b, int j, int ej) {
    int n = Math.min(ei - i, ej - j);
    for (int k = 0; k < n; k++) {
      int c = Character.compare(lower(a.charAt(i + k)), lower(b.charAt(j + k)));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(ei - i, ej - j);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  @Override
  public String toString() {
    return value();
  }
}
