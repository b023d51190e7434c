package org.cpdkit.core.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.Limits;

/**
 * Not API: structural checks used by the domain types at construction. Each throws {@link
 * InvalidValueException} naming the type, the field and the rule; none echoes free text.
 */
public final class Validation {
  private Validation() {}

  /** Fails when the text is blank or longer than {@link Limits#MAX_LABEL_LENGTH}. */
  public static void label(String type, String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(type, field, "must not be blank");
    }
    maxLength(type, field, value, Limits.MAX_LABEL_LENGTH);
  }

  /** Fails when the free text is longer than {@link Limits#MAX_TEXT_LENGTH}; blank is allowed. */
  public static void text(String type, String field, String value) {
    maxLength(type, field, value, Limits.MAX_TEXT_LENGTH);
  }

  /** Fails when the text is longer than {@code max} UTF-16 code units. */
  public static void maxLength(String type, String field, String value, int max) {
    if (value.length() > max) {
      throw new InvalidValueException(
          type, field, "must be at most " + max + " characters (was " + value.length() + ")");
    }
  }

  /** Fails unless the value is an identifier as {@link Limits#ID_REGEX} describes. */
  public static void id(String type, String field, String value) {
    if (!Syntax.isId(value)) {
      throw new InvalidValueException(
          type,
          field,
          "must be 1 to 128 characters of letters, digits and . _ : - starting with a letter or digit");
    }
  }

  /** Fails unless the value is a lower-kebab code such as {@code health-and-character}. */
  public static void code(String type, String field, String value) {
    if (!Syntax.isCode(value)) {
      throw new InvalidValueException(type, field, "must be lower-case letters and digits in up to 8 parts separated by -, such as health-and-character");
    }
  }

  /** Fails unless the day's year is between 1900 and 9999, as every date in a record must be. */
  public static void year(String type, String field, LocalDate value) {
    if (value.getYear() < 1900 || value.getYear() > 9999) {
      throw new InvalidValueException(type, field, "must be a year between 1900 and 9999");
    }
  }

  /** Fails unless the value is a registration number as {@link Limits#REGISTRATION_NUMBER_REGEX}. */
  public static void registrationNumber(String type, String field, String value) {
    if (!Syntax.isRegistrationNumber(value)) {
      throw new InvalidValueException(
          type, field, "must be 1 to 32 letters, digits, spaces, / or - starting with a letter or digit");
    }
  }

  /** Fails unless the text is a standard code as {@link Limits#STANDARD_CODE_REGEX}. */
  public static void standardCode(String type, String field, String value) {
    if (!Syntax.isStandardCode(value)) {
      throw new InvalidValueException(
          type, field, "must be a standard code such as 4.5 (letters and digits separated by . or -)");
    }
  }

  /** Fails when the duration is negative or longer than {@link Limits#MAX_ACTIVITY_DURATION}. */
  public static void duration(String type, String field, Duration value) {
    if (value.isNegative()) {
      throw new InvalidValueException(type, field, "must not be negative");
    }
    if (value.compareTo(Limits.MAX_ACTIVITY_DURATION) > 0) {
      throw new InvalidValueException(type, field, "must be at most 366 days");
    }
  }

  /** Fails when the duration is zero, negative or longer than the limit. */
  public static void positiveDuration(String type, String field, Duration value) {
    duration(type, field, value);
    if (value.isZero()) {
      throw new InvalidValueException(type, field, "must be longer than zero");
    }
  }

  /** Fails when {@code end} is before {@code start}. */
  public static void notBefore(
      String type, String field, LocalDate end, String startField, LocalDate start) {
    if (end.isBefore(start)) {
      throw new InvalidValueException(type, field, "must not be before " + startField);
    }
  }

  /**
   * Up to this many elements are checked for duplicates pair by pair: fewer comparisons than the
   * hashing a set would do, and nothing allocated but one small array.
   */
  private static final int SMALL = 12;

  /** Fails when two elements share the same key; the message names the duplicate key. */
  public static <T, K> void unique(
      String type, String field, Collection<T> values, Function<T, K> key, String keyName) {
    int n = values.size();
    if (n <= 1) {
      return;
    }
    if (n <= SMALL) {
      // compared pair by pair: a record's few elements are checked without a set and its nodes
      Object[] keys = new Object[n];
      int j = 0;
      for (T value : values) {
        K k = key.apply(value);
        for (int i = 0; i < j; i++) {
          if (java.util.Objects.equals(keys[i], k)) {
            throw new InvalidValueException(
                type, field, "must not contain two elements with the same " + keyName + " (" + k + ")");
          }
        }
        keys[j++] = k;
      }
      return;
    }
    Set<K> seen = new HashSet<>();
    for (T value : values) {
      K k = key.apply(value);
      if (!seen.add(k)) {
        throw new InvalidValueException(
            type, field, "must not contain two elements with the same " + keyName + " (" + k + ")");
      }
    }
  }

  /** Fails when a list holds the same element twice; elements must not be personal text. */
  public static <T> void unique(String type, String field, Collection<T> values) {
    int n = values.size();
    if (n <= 1) {
      return;
    }
    if (n <= SMALL) {
      Object[] seen = values.toArray();
      for (int j = 1; j < n; j++) {
        for (int i = 0; i < j; i++) {
          if (java.util.Objects.equals(seen[i], seen[j])) {
            throw new InvalidValueException(type, field, "must not contain the same value twice");
          }
        }
      }
      return;
    }
    if (new HashSet<>(values).size() != values.size()) {
      throw new InvalidValueException(type, field, "must not contain the same value twice");
    }
  }

  /** Fails when any element of a list of labels is blank or too long. */
  public static void labels(String type, String field, Collection<String> values) {
    for (String value : values) {
      label(type, field, value);
    }
  }

  /** Fails when any element of a list of free texts is too long. */
  public static void texts(String type, String field, Collection<String> values) {
    for (String value : values) {
      text(type, field, value);
    }
  }

  /**
   * Fails when an extension key is not of the form {@code x-…} or its value is blank. Extension
   * values are opaque to cpdkit (an exchange format keeps them as written).
   */
  public static void extensions(String type, Map<String, String> extensions) {
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      if (!Syntax.isExtensionKey(e.getKey())) {
        throw new InvalidValueException(
            type, "extensions", "keys must start with x- and use letters, digits, . _ - (was " + safe(e.getKey()) + ")");
      }
      if (e.getValue().isBlank()) {
        throw new InvalidValueException(type, "extensions", "values must not be blank");
      }
    }
  }

  private static String safe(String key) {
    return key.length() > 40 ? key.substring(0, 40) + "…" : key;
  }
}
