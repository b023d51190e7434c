package org.cpdkit.anonymise;

import java.util.Locale;

/**
 * Finds web addresses starting {@code http://}, {@code https://} or {@code www.} (any host: an
 * uncommon top-level domain, a port, an IP address), up to a space, a quote, a guillemet, a bar or
 * a closing bracket of any kind it did not open, without trailing punctuation, an ellipsis or an
 * emphasis mark. Links to public bodies'
 * sites ({@code .gov.uk}, {@code .nhs.uk}, the regulator's) are reported at low confidence, which
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
  private static final String STOPS = "<>\"|\u201c\u201d\u00ab\u00bb\u2039\u203a";

  /** Punctuation that ends a sentence or an emphasis, not the address. */
  private static final String TRAILING = ".,;:!?'*\u2019\u2026";

  /** A bound on the work per candidate: longer runs are cut here. */
  private static final int MAX_LENGTH = 2048;

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
      if (i >= n || c[i] != '.') {
        return false;
      }
    } else if (!(i + 2 < n && c[i] == ':' && c[i + 1] == '/' && c[i + 2] == '/')) {
      return false;
    }
    int hostStart = www ? s : i + 3;
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
    if (j - hostStart < 4) {
      return false;
    }
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
        return true;
      }
    }
    p.claim(IdentifierKind.URL, s, j, 0.9, "url");
    return true;
  }
}
