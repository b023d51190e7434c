package org.cpdkit.anonymise;

import java.util.Locale;

/**
 * Finds web addresses starting {@code http://}, {@code https://} or {@code www.}, up to a space,
 * a quote or an unbalanced closing bracket, without trailing punctuation. Links to public bodies'
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
    int depth = 0;
    int j = i;
    while (j < n) {
      char ch = c[j];
      if (Tokens.isSpace(ch)
          || ch == '<'
          || ch == '>'
          || ch == '"'
          || ch == '\u201c'
          || ch == '\u201d') {
        break;
      }
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      j++;
    }
    while (j > i && ".,;:!?'\u2019".indexOf(c[j - 1]) >= 0) {
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
