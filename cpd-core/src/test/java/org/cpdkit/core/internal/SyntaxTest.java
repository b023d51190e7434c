package org.cpdkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cpdkit.core.Limits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each recogniser in {@link Syntax} against the regular expression it stands for, compiled as the
 * checks compiled it (no flags, {@code matches()}): on every string of up to three characters
 * over an alphabet of the characters that matter, and on thousands of seeded near-misses of
 * valid values.
 */
class SyntaxTest {
  /** Letters of both cases, digits, every punctuation mark the forms use, and look-alikes. */
  static final List<String> ALPHABET =
      List.of(
          "a", "f", "g", "x", "z", "A", "F", "X", "Z", "0", "9", "-", "_", ".", ":", "/", " ",
          "!", "#", "$", "&", "^", "+", "*", "é", "É", "１", "\n", "\r", "\t", "\u00a0",
          "\uD835\uDFD9", "\u0000");

  static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String HEX = "0123456789abcdef";

  /** A form: the expression as written when its recogniser was, and a maker of valid values. */
  record Form(
      String name, String regex, String limit, Predicate<String> recogniser, Function<Random, String> valid) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Form> forms() {
    return Stream.of(
        new Form(
            "id", "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}", Limits.ID_REGEX, Syntax::isId,
            r -> pick(r, ALNUM) + run(r, ALNUM + "._:-", length(r, 0, 127))),
        new Form(
            "standard code", "[A-Za-z0-9]{1,10}([.-][A-Za-z0-9]{1,10}){0,4}", Limits.STANDARD_CODE_REGEX,
            Syntax::isStandardCode, r -> parts(r, ALNUM, ".-", 10, 5)),
        new Form(
            "registration number", "[A-Za-z0-9][A-Za-z0-9 /-]{0,31}", Limits.REGISTRATION_NUMBER_REGEX,
            Syntax::isRegistrationNumber, r -> pick(r, ALNUM) + run(r, ALNUM + " /-", length(r, 0, 31))),
        new Form(
            "code", "[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,7}", Limits.CODE_REGEX, Syntax::isCode,
            r -> parts(r, LOWER_ALNUM, "-", 20, 8)),
        new Form(
            "extension key", "x-[A-Za-z0-9._-]{1,100}", Limits.EXTENSION_KEY_REGEX, Syntax::isExtensionKey,
            r -> "x-" + run(r, ALNUM + "._-", length(r, 1, 100))),
        new Form(
            "media type", "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}",
            Limits.MEDIA_TYPE_REGEX, Syntax::isMediaType,
            r -> mediaTypeName(r) + "/" + mediaTypeName(r)),
        new Form(
            "sha256", "[0-9a-f]{64}", Limits.SHA256_REGEX, Syntax::isSha256, r -> run(r, HEX, 64)));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void limitsStillGivesTheExpressionTheRecogniserWasWrittenFor(Form form) {
    assertThat(form.limit()).isEqualTo(form.regex());
  }

  @ParameterizedTest
  @MethodSource("forms")
  void agreesWithTheExpressionOnEveryShortString(Form form) {
    Pattern p = Pattern.compile(form.regex());
    List<String> all = shortStrings();
    int accepted = 0;
    for (String s : all) {
      boolean expected = p.matcher(s).matches();
      assertThat(form.recogniser().test(s)).as("%s on %s", form, printable(s)).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    // Every form but the digest (64 characters) has values this short; the media type's are "a/b".
    if (!form.name().equals("sha256")) {
      assertThat(accepted).as("accepted").isPositive();
    }
  }

  @ParameterizedTest
  @MethodSource("forms")
  void agreesWithTheExpressionOnMutatedValidValues(Form form) {
    Pattern p = Pattern.compile(form.regex());
    Random r = new Random(form.name().hashCode() * 31L + 20_260_313L);
    int accepted = 0;
    int n = 5_000;
    for (int i = 0; i < n; i++) {
      String s = form.valid().apply(r);
      assertThat(p.matcher(s).matches()).as("made valid: %s", printable(s)).isTrue();
      assertThat(form.recogniser().test(s)).as("%s on %s", form, printable(s)).isTrue();
      int mutations = 1 + r.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        s = mutate(r, s);
      }
      boolean expected = p.matcher(s).matches();
      assertThat(form.recogniser().test(s)).as("%s on %s", form, printable(s)).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    // Near-misses on both sides: the comparison means something only if both outcomes occur. Few
    // changes keep a digest one (a replaced hex digit), so the lower bound is low.
    assertThat(accepted).as("accepted of %s", n).isBetween(n / 100, n - n / 20);
  }

  @ParameterizedTest
  @MethodSource("forms")
  void rejectsNullAsTheMatcherDid(Form form) {
    Pattern p = Pattern.compile(form.regex());
    assertThatThrownBy(() -> p.matcher(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> form.recogniser().test(null)).isInstanceOf(NullPointerException.class);
  }

  /** Every string of length 0 to 3 over {@link #ALPHABET}. */
  static List<String> shortStrings() {
    List<String> all = new ArrayList<>();
    all.add("");
    int from = 0;
    for (int len = 1; len <= 3; len++) {
      int to = all.size();
      for (int i = from; i < to; i++) {
        for (String c : ALPHABET) {
          all.add(all.get(i) + c);
        }
      }
      from = to;
    }
    return all;
  }

  /** One change: insert, delete or replace a character, flip a letter's case, add a line break, or repeat a slice. */
  static String mutate(Random r, String s) {
    int at = r.nextInt(s.length() + 1);
    switch (r.nextInt(7)) {
      case 0:
        return s.substring(0, at) + character(r) + s.substring(at);
      case 1:
        return at == s.length() ? s.substring(0, at - (at > 0 ? 1 : 0)) : s.substring(0, at) + s.substring(at + 1);
      case 2:
        return at == s.length() ? s + character(r) : s.substring(0, at) + character(r) + s.substring(at + 1);
      case 3:
        StringBuilder b = new StringBuilder(s);
        for (int i = at; i < b.length(); i++) {
          char c = b.charAt(i);
          if (Character.isLetter(c)) {
            b.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            break;
          }
        }
        return b.toString();
      case 4:
        return r.nextBoolean() ? s + "\n" : s + "\r\n";
      case 5:
        int end = at + r.nextInt(s.length() - at + 1);
        return s.substring(0, end) + s.substring(at, end) + s.substring(end);
      default:
        return s.substring(0, at);
    }
  }

  /** A character from the alphabet, or any printable ASCII one. */
  static String character(Random r) {
    return r.nextInt(3) == 0
        ? String.valueOf((char) (' ' + r.nextInt(95)))
        : ALPHABET.get(r.nextInt(ALPHABET.size()));
  }

  /** A length from {@code min} to {@code max}, half the time one at either end. */
  static int length(Random r, int min, int max) {
    switch (r.nextInt(4)) {
      case 0:
        return min;
      case 1:
        return max;
      default:
        return min + r.nextInt(max - min + 1);
    }
  }

  static String parts(Random r, String chars, String separators, int maxPart, int maxParts) {
    int parts = length(r, 1, maxParts);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        b.append(pick(r, separators));
      }
      b.append(run(r, chars, length(r, 1, maxPart)));
    }
    return b.toString();
  }

  static String mediaTypeName(Random r) {
    return pick(r, LOWER_ALNUM) + run(r, LOWER_ALNUM + "!#$&^_.+-", length(r, 0, 126));
  }

  static String run(Random r, String chars, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(pick(r, chars));
    }
    return b.toString();
  }

  static String pick(Random r, String chars) {
    return String.valueOf(chars.charAt(r.nextInt(chars.length())));
  }

  static String printable(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      b.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return b.append('"').toString();
  }
}
