package org.cpdkit.anonymise;

import java.util.Locale;

/**
 * Finds web addresses starting {@code http://}, {@code https://} or {@code www.} (any host: an
 * uncommon top-level domain, a port, an IP address), up to a space, a quote, a guillemet, a bar or
 * a closing bracket of any kind it did not open, without trailing punctuation, an ellipsis or an
 * emphasis mark; and, with no scheme, a profile address found from its {@code @} ({@code
 * tiktok.com/@jess.m}) or from a path after its host ({@code example.org/jess}). Links to public
 * bodies' sites ({@code .gov.uk}, {@code .nhs.uk}, the regulator's) are reported at low confidence, which
 * the default threshold leaves out.
 */
final class UrlDetector extends KindDetector {

  private static final String[] PUBLIC_HOST_SUFFIXES = {
    ".gov.uk",
    ".nhs.uk",
    ".gov",
    ".ac.uk",
    ".police.uk",
    "socialworkengland.org.uk",
    "basw.co.uk",
    "scie.org.uk",
    "nspcc.org.uk",
    "researchinpractice.org.uk",
    "nice.org.uk",
    "legislation.gov.uk",
    "communitycare.co.uk",
    "skillsforcare.org.uk",
    "barnardos.org.uk",
    "cafcass.gov.uk",
    "doi.org",
    "wikipedia.org"
  };

  /** Characters that never occur inside an address as people write it in text. */
  private static final String STOPS = "<>\"|`\u201c\u201d\u00ab\u00bb\u2039\u203a";

  /** Punctuation that ends a sentence or an emphasis, not the address. */
  private static final String TRAILING = ".,;:!?'*\u2019\u2026";

  /** A bound on the work per candidate: longer runs are cut here. */
  private static final int MAX_LENGTH = 2048;

  /** How far before a profile's {@code @} its host may start. */
  private static final int MAX_HOST_AND_PATH = 256;

  UrlDetector() {
    super(IdentifierKind.URL);
  }

  /** Claims the web address starting at word token k ({@code http}, {@code https}, {@code www}). */
  boolean at(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int n = p.n;
    int s = t.start[k];
    int i = t.end[k];
    boolean www = t.len(k) == 3;
    if (www) {
      if (i + 1 >= n || c[i] != '.' || !(Tokens.isLetter(c[i + 1]) || Tokens.isDigit(c[i + 1]))) {
        return false;
      }
    } else if (!(i + 2 < n && c[i] == ':' && c[i + 1] == '/' && c[i + 2] == '/')) {
      return false;
    }
    int hostStart = www ? s : i + 3;
    int j = end(p, s, i);
    if (j - hostStart < 4) {
      return false;
    }
    claim(p, s, hostStart, j, "url");
    return true;
  }

  /**
   * Claims a profile address with no scheme found from its {@code @} ({@code tiktok.com/@jess.m},
   * {@code medium.com/@jess}): a host with a dot and a top-level domain of letters, a path, then
   * the {@code @} right after a slash.
   */
  boolean profileAt(StructuredPass p, int at) {
    char[] c = p.c;
    if (at < 5 || c[at - 1] != '/') {
      return false;
    }
    int floor = Math.max(Math.max(0, at - MAX_HOST_AND_PATH), p.claimedUntil);
    int s = at - 1;
    while (s > floor && hostOrPathChar(c[s - 1])) {
      s--;
    }
    if (s > 0 && (c[s - 1] == '@' || c[s - 1] == '/' || c[s - 1] == ':')) {
      return false; // part of an e-mail or of something else the pass did not take
    }
    int hostEnd = s;
    int dot = -1;
    while (hostEnd < at && c[hostEnd] != '/') {
      if (c[hostEnd] == '.') {
        dot = hostEnd;
      }
      hostEnd++;
    }
    if (dot <= s || hostEnd - dot < 3) {
      return false;
    }
    for (int q = dot + 1; q < hostEnd; q++) {
      if (!Tokens.isLetter(c[q])) {
        return false;
      }
    }
    int j = end(p, s, at + 1);
    if (j <= at + 1) {
      return false;
    }
    claim(p, s, s, j, "url-profile");
    return true;
  }

  /**
   * Claims an address with no scheme and no {@code www.} from the top-level domain at word token
   * k, when a path follows the host ({@code example.org/jess}, {@code linkedin.com/in/jess-m}): the
   * host is the labels of letters, digits and hyphens joined by dots before k, at least two; a
   * host alone ({@code gov.uk}) is a site, not an address, and is left.
   */
  boolean bare(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int n = p.n;
    int e = t.end[k];
    // example.org.uk/x: further top-level labels before the path
    while (e + 1 < n && c[e] == '.' && Tokens.isLetter(c[e + 1])) {
      int q = e + 1;
      while (q < n && Tokens.isLetter(c[q])) {
        q++;
      }
      if (q - e - 1 > 6) {
        return false;
      }
      e = q;
    }
    if (e + 1 >= n || c[e] != '/' || !hostOrPathChar(c[e + 1]) || c[e + 1] == '/') {
      return false;
    }
    int floor = Math.max(Math.max(0, t.start[k] - MAX_HOST_AND_PATH), p.claimedUntil);
    int s = t.start[k] - 1; // the dot before the top-level domain
    int labels = 1;
    while (s > floor && c[s] == '.') {
      int q = s;
      while (q > floor && (Tokens.isLetter(c[q - 1]) || Tokens.isDigit(c[q - 1]) || c[q - 1] == '-')) {
        q--;
      }
      if (q == s) {
        break;
      }
      labels++;
      s = q;
      if (q == 0 || c[q - 1] != '.') {
        break;
      }
      s = q - 1;
    }
    if (c[s] == '.') {
      s++;
    }
    if (labels < 2 || s >= t.start[k]) {
      return false;
    }
    if (s > 0 && (c[s - 1] == '@' || c[s - 1] == '/' || c[s - 1] == ':' || Tokens.isLetter(c[s - 1])
        || Tokens.isDigit(c[s - 1]) || c[s - 1] == '_')) {
      return false; // part of an e-mail address, a path or something the pass did not take
    }
    int j = end(p, s, e + 1);
    if (j <= e + 1) {
      return false;
    }
    claim(p, s, s, j, "url-bare");
    return true;
  }

  private static boolean hostOrPathChar(char ch) {
    return Tokens.isLetter(ch) || Tokens.isDigit(ch) || ch == '.' || ch == '-' || ch == '/'
        || ch == '_';
  }

  /** The end of an address from offset i: a stop, a bracket it did not open, no trailing marks. */
  private static int end(StructuredPass p, int s, int i) {
    char[] c = p.c;
    int n = p.n;
    int round = 0;
    int square = 0;
    int curly = 0;
    int j = i;
    while (j < n && j - s < MAX_LENGTH) {
      char ch = c[j];
      if (Tokens.isSpace(ch) || STOPS.indexOf(ch) >= 0) {
        break;
      }
      if (ch == '(') {
        round++;
      } else if (ch == '[') {
        square++;
      } else if (ch == '{') {
        curly++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        // [https://example.org/x] and (see https://example.org/x): a closing bracket the address
        // did not open ends it
        int open = ch == ')' ? round : ch == ']' ? square : curly;
        if (open == 0) {
          break;
        }
        if (ch == ')') {
          round--;
        } else if (ch == ']') {
          square--;
        } else {
          curly--;
        }
      }
      j++;
    }
    while (j > i && TRAILING.indexOf(c[j - 1]) >= 0) {
      j--;
    }
    return j;
  }

  private static void claim(StructuredPass p, int s, int hostStart, int j, String reason) {
    char[] c = p.c;
    int hostEnd = hostStart;
    while (hostEnd < j
        && c[hostEnd] != '/'
        && c[hostEnd] != ':'
        && c[hostEnd] != '?'
        && c[hostEnd] != '#') {
      hostEnd++;
    }
    String host = new String(c, hostStart, hostEnd - hostStart).toLowerCase(Locale.ROOT);
    for (String suffix : PUBLIC_HOST_SUFFIXES) {
      if (host.endsWith(suffix)) {
        p.claim(IdentifierKind.URL, s, j, 0.3, "url+public-body");
        return;
      }
    }
    p.claim(IdentifierKind.URL, s, j, 0.9, reason);
  }
}
