package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

import java.util.Locale;
import java.util.Set;

/**
 * Finds social media handles ({@code @jess_m_1998}): an {@code @} with no local part before it,
 * then 2 to 30 letters, digits, underscores or inner dots. Handles of public bodies and
 * professional organisations are not personal and are left alone.
 */
final class SocialHandleDetector extends KindDetector {

  /** Handles of public bodies and professional organisations: not personal. */
  private static final Set<String> PUBLIC_HANDLES =
      Set.of(
          "socialworkeng",
          "basw_uk",
          "nspcc",
          "cafcass",
          "ofstednews",
          "nhsengland",
          "educationgovuk",
          "dhscgovuk",
          "scie_socialcare",
          "researchip",
          "childrenscommiss",
          "barnardos",
          "mindcharity",
          "youngminds",
          "frontline_sw",
          "thinkahead_sw",
          "skillsforcare",
          "communitycare",
          "theipsw",
          "swscotland",
          "niscc_news",
          "socialcarewales");

  SocialHandleDetector() {
    super(IdentifierKind.SOCIAL_HANDLE);
  }

  private static boolean handleChar(char ch) {
    return (ch < 128 && (isLetter(ch) || isDigit(ch))) || ch == '_';
  }

  /** Claims the handle starting at the {@code @} at offset {@code at}, if there is one. */
  void at(StructuredPass p, int at) {
    char[] c = p.c;
    int n = p.n;
    if (at > 0 && (isLetter(c[at - 1]) || isDigit(c[at - 1]))) {
      return;
    }
    int i = at + 1;
    boolean letter = false;
    while (i < n
        && (handleChar(c[i]) || (c[i] == '.' && i + 1 < n && handleChar(c[i + 1]) && i > at + 1))) {
      letter |= isLetter(c[i]);
      i++;
    }
    int len = i - at - 1;
    if (!letter || len < 2 || len > 30 || (i < n && c[i] == '@')) {
      return;
    }
    String handle = new String(c, at + 1, len).toLowerCase(Locale.ROOT);
    if (PUBLIC_HANDLES.contains(handle)) {
      return;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, at, i, 0.8, "at-handle");
  }
}
