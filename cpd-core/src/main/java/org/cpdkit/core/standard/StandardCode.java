package org.cpdkit.core.standard;

import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * The code of one professional standard within a framework, such as {@code 4.5}. Codes compare
 * part by part, numerically where both parts are numbers, so {@code 4.10} sorts after {@code 4.9}.
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

  @Override
  public int compareTo(StandardCode other) {
    String[] a = value().split("[.-]");
    String[] b = other.value().split("[.-]");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = comparePart(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(a.length, b.length);
    return c != 0 ? c : value().compareTo(other.value());
  }

  private static int comparePart(String x, String y) {
    boolean xn = x.chars().allMatch(Character::isDigit);
    boolean yn = y.chars().allMatch(Character::isDigit);
    if (xn && yn) {
      int c = Integer.compare(x.length(), y.length());
      return c != 0 ? c : x.compareTo(y);
    }
    return x.compareToIgnoreCase(y);
  }

  @Override
  public String toString() {
    return value();
  }
}
