package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

import java.util.Locale;
import java.util.Set;

/**
 * Finds social media handles ({@code @jess_m_1998}, {@code @jess-cooks}, {@code
 * @jess@mastodon.social}): an {@code @} with no local part before it, then 2 to 40 letters (of any
 * script), digits, underscores or inner dots and hyphens, and a server's domain after a second
 * {@code @}. A time ({@code @10am}) is not a handle. Handles of public bodies and
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

  /** Longer than any platform allows for the name part (Instagram's 30, with room to spare). */
  private static final int MAX_LENGTH = 40;

  SocialHandleDetector() {
    super(IdentifierKind.SOCIAL_HANDLE);
  }

  private static boolean handleChar(char ch) {
    return isLetter(ch) || isDigit(ch) || ch == '_';
  }

  /** Claims the handle starting at the {@code @} at offset {@code at}, if there is one. */
  void at(StructuredPass p, int at) {
    char[] c = p.c;
    int n = p.n;
    if (at > 0 && (isLetter(c[at - 1]) || isDigit(c[at - 1]))) {
      return;
    }
    if (StructuredPass.URL.profileAt(p, at)) {
      return; // tiktok.com/@jess.m: the handle inside a profile's address
    }
    int i = at + 1;
    boolean letter = false;
    // inner dots and hyphens: @chloe.x.sweet04, @jess-cooks, @jess-m.bsky.social
    while (i < n
        && (handleChar(c[i])
            || ((c[i] == '.' || c[i] == '-')
                && i + 1 < n
                && handleChar(c[i + 1])
                && i > at + 1
                && handleChar(c[i - 1])))) {
      letter |= isLetter(c[i]);
      i++;
    }
    int len = i - at - 1;
    if (!letter || len < 2 || len > MAX_LENGTH || clockTime(c, at + 1, i)) {
      return;
    }
    int e = i;
    if (i < n && c[i] == '@') {
      // @jess@mastodon.social: a handle on a server of its own
      e = EmailDetector.domainEnd(p, i + 1);
      if (e < 0) {
        return;
      }
    }
    String handle = new String(c, at + 1, len).toLowerCase(Locale.ROOT);
    int dash = handle.indexOf('-');
    if (PUBLIC_HANDLES.contains(handle)
        || (dash > 0 && PUBLIC_HANDLES.contains(handle.substring(0, dash)))) { // @NSPCC-backed
      return;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, at, e, 0.8, "at-handle");
  }

  /** {@code @10am}, {@code @7.30pm}: "at" a time, not a handle. */
  private static boolean clockTime(char[] c, int s, int e) {
    int i = s;
    while (i < e && (isDigit(c[i]) || c[i] == '.')) {
      i++;
    }
    return i > s
        && e - i == 2
        && ((c[i] | 0x20) == 'a' || (c[i] | 0x20) == 'p')
        && (c[i + 1] | 0x20) == 'm';
  }
}
