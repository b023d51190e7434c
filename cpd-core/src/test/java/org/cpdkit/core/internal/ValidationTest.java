package org.cpdkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.Limits;
import org.junit.jupiter.api.Test;

/**
 * The checks built on {@link Syntax} throw exactly when the expressions in {@link Limits} do not
 * match, with the same exception and message as when they were matched by the expressions.
 */
class ValidationTest {

  @Test
  void uniqueFailsExactlyWhenASetIsSmallerThanTheList() {
    Random random = new Random(5L);
    for (int n = 0; n < 3_000; n++) {
      int size = random.nextInt(30);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        // few distinct values, so duplicates are common at every size
        values.add(random.nextInt(4) == 0 ? null : "v" + random.nextInt(size * 3 + 1));
      }
      boolean duplicated = new java.util.HashSet<>(values).size() != values.size();
      if (duplicated) {
        assertThatThrownBy(() -> Validation.unique("T", "f", values))
            .isInstanceOf(InvalidValueException.class)
            .hasMessage("T.f: must not contain the same value twice");
      } else {
        assertThatCode(() -> Validation.unique("T", "f", values)).doesNotThrowAnyException();
      }
      // keyed: the message names the first key seen again
      String again = null;
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (String v : values) {
        String k = v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
        if (!keys.add(k)) {
          again = String.valueOf(k);
          break;
        }
      }
      if (duplicated) {
        assertThatThrownBy(() -> Validation.unique("T", "f", values,
                v -> v == null ? null : v.toUpperCase(java.util.Locale.ROOT), "key"))
            .isInstanceOf(InvalidValueException.class)
            .hasMessage("T.f: must not contain two elements with the same key (" + again + ")");
      } else {
        assertThatCode(() -> Validation.unique("T", "f", values,
            v -> v == null ? null : v.toUpperCase(java.util.Locale.ROOT), "key")).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void idRejectsWhatTheExpressionRejects() {
    agrees(Limits.ID_REGEX, v -> Validation.id("T", "f", v),
        "T.f: must be 1 to 128 characters of letters, digits and . _ : - starting with a letter or digit");
  }

  @Test
  void codeRejectsWhatTheExpressionRejects() {
    agrees(Limits.CODE_REGEX, v -> Validation.code("T", "f", v),
        "T.f: must be lower-case letters and digits in up to 8 parts separated by -, such as health-and-character");
  }

  @Test
  void registrationNumberRejectsWhatTheExpressionRejects() {
    agrees(Limits.REGISTRATION_NUMBER_REGEX, v -> Validation.registrationNumber("T", "f", v),
        "T.f: must be 1 to 32 letters, digits, spaces, / or - starting with a letter or digit");
  }

  @Test
  void standardCodeRejectsWhatTheExpressionRejects() {
    agrees(Limits.STANDARD_CODE_REGEX, v -> Validation.standardCode("T", "f", v),
        "T.f: must be a standard code such as 4.5 (letters and digits separated by . or -)");
  }

  @Test
  void extensionKeysRejectWhatTheExpressionRejects() {
    Pattern p = Pattern.compile(Limits.EXTENSION_KEY_REGEX);
    List<String> keys = new ArrayList<>(SyntaxTest.shortStrings());
    keys.add("x-" + "a".repeat(100));
    keys.add("x-" + "a".repeat(101));
    keys.add("x-" + "é".repeat(60));
    for (String key : keys) {
      if (p.matcher(key).matches()) {
        assertThatCode(() -> Validation.extensions("T", Map.of(key, "v"))).doesNotThrowAnyException();
      } else {
        String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
        assertThatThrownBy(() -> Validation.extensions("T", Map.of(key, "v")))
            .isExactlyInstanceOf(InvalidValueException.class)
            .hasMessage("T.extensions: keys must start with x- and use letters, digits, . _ - (was " + shown + ")");
      }
    }
  }

  private static void agrees(String regex, Consumer<String> check, String message) {
    Pattern p = Pattern.compile(regex);
    List<String> values = new ArrayList<>(SyntaxTest.shortStrings());
    Random r = new Random(regex.hashCode());
    for (int i = 0; i < 500; i++) {
      values.add(SyntaxTest.mutate(r, SyntaxTest.run(r, SyntaxTest.ALNUM + ".-_: /", r.nextInt(140))));
    }
    int accepted = 0;
    for (String v : values) {
      if (p.matcher(v).matches()) {
        accepted++;
        assertThatCode(() -> check.accept(v)).as(SyntaxTest.printable(v)).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> check.accept(v))
            .as(SyntaxTest.printable(v))
            .isExactlyInstanceOf(InvalidValueException.class)
            .hasMessage(message);
      }
    }
    assertThat(accepted).isPositive();
  }
}
