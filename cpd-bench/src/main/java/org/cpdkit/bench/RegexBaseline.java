package org.cpdkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison point: the structured kinds found with plain {@code java.util.regex}, written as
 * a competent engineer would: the patterns joined into one alternation, one group per kind, found
 * in one {@link Matcher} pass, with the NHS checksum applied to candidates. No names.
 */
public final class RegexBaseline {
  /** One alternative per kind; inner groups are non-capturing so group k is alternative k. */
  private static final String[] KINDS = {
    // e-mail
    "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
    // UK telephone
    "(?:\\+44\\s?(?:\\(0\\))?\\s?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}",
    // postcode
    "\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\\b",
    // street address
    "\\b\\d{1,3}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|Way"
        + "|Crescent|Grove|Court|Gardens|Place|Terrace|Walk|Row|Hill|Park|Square|Mews|Rise|View)\\b",
    // date of birth after a cue
    "(?i:born|dob|d\\.o\\.b\\.?|date of birth)[:\\s]+(?:on\\s+)?(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
        + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+ \\d{4})",
    // NHS number (checksum below)
    "\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b",
    // National Insurance number
    "\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]?\\b",
    // case reference after a cue
    "(?i:case ref(?:erence)?|case number|lcs id|mosaic (?:number|id)|liquidlogic|file no\\.?)"
        + "[:#\\s]*[A-Z0-9][A-Z0-9/-]{3,}",
    // URL
    "(?:https?://|www\\.)[^\\s<>\"]+",
    // social media handle
    "(?<![A-Za-z0-9.])@[A-Za-z0-9_]{1,30}",
  };

  private static final int NHS = 6; // group number of the NHS alternative

  private static final Pattern ALL = Pattern.compile(alternation());

  private static String alternation() {
    StringBuilder b = new StringBuilder();
    for (String k : KINDS) {
      b.append(b.length() == 0 ? "(" : "|(").append(k).append(')');
    }
    return b.toString();
  }

  private RegexBaseline() {}

  /** Returns the start and end offsets of every match, pairs in one list. */
  public static List<int[]> scan(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = ALL.matcher(text);
    while (m.find()) {
      if (m.start(NHS) >= 0 && !nhsValid(text, m.start(), m.end())) {
        continue;
      }
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /** Number of kinds, for tests of the alternation. */
  static int kinds() {
    return KINDS.length;
  }

  private static boolean nhsValid(CharSequence s, int from, int to) {
    int[] d = new int[10];
    int q = 0;
    for (int i = from; i < to && q < 10; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        d[q++] = c - '0';
      }
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += d[i] * (10 - i);
    }
    int check = 11 - sum % 11;
    return check != 10 && (check == 11 ? 0 : check) == d[9];
  }
}
