package org.cpdkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison point: the structured kinds found with plain {@code java.util.regex} patterns, one
 * pass per pattern, with the NHS checksum applied to candidates. No names.
 */
public final class RegexBaseline {
  private static final Pattern[] PATTERNS = {
    Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
    Pattern.compile(
        "(?:\\+44\\s?(?:\\(0\\))?\\s?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}"),
    Pattern.compile("\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\\b"),
    Pattern.compile(
        "\\b\\d{1,3}[A-Za-z]? (?:[A-Z][a-z]+"
            + " ){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Court|Gardens|Place|Terrace|Walk|Row|Hill|Park|Square|Mews|Rise|View)\\b"),
    Pattern.compile(
        "(?i)(?:born|dob|d\\.o\\.b\\.?|date of"
            + " birth)[:\\s]+(?:on\\s+)?(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?"
            + " (?:of )?[A-Z][a-z]+ \\d{4})"),
    Pattern.compile("\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b"),
    Pattern.compile(
        "\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2}"
            + " ?[A-D]?\\b"),
    Pattern.compile(
        "(?i)(?:case ref(?:erence)?|case number|lcs id|mosaic (?:number|id)|liquidlogic|file"
            + " no\\.?)[:#\\s]*([A-Z0-9][A-Z0-9/-]{3,})"),
    Pattern.compile("(?:https?://|www\\.)[^\\s<>\"]+"),
    Pattern.compile("(?<![A-Za-z0-9.])@[A-Za-z0-9_]{1,30}"),
  };

  private RegexBaseline() {}

  /** Returns the start and end offsets of every match, pairs in one list. */
  public static List<int[]> scan(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    for (int p = 0; p < PATTERNS.length; p++) {
      Matcher m = PATTERNS[p].matcher(text);
      while (m.find()) {
        if (p == 5 && !nhsValid(m.group())) {
          continue;
        }
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static boolean nhsValid(String s) {
    int[] d = new int[10];
    int q = 0;
    for (int i = 0; i < s.length(); i++) {
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
