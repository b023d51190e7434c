package org.cpdkit.anonymise;

import java.util.Locale;

/**
 * Finds web addresses starting {@code http://}, {@code https://} or {@code www.} (any host: an
 * uncommon top-level domain, a port, an IP address), up to a space, a quote, a guillemet, a bar or
 * a closing bracket of any kind it did not open, without trailing punctuation, an ellipsis or an
 * emphasis mark; and, with no scheme, a profile address found from its {@code @} ({@code
 * tiktok.com/@jess.m}), from a path after its host ({@code example.org/jess}) or from its host
 * alone ({@code jessblogs.co.uk}); and a bare IPv4 address ({@code 192.168.0.12}). Links to public
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
    boolean www = t.len(k) == 3 && (c[s] | 0x20) == 'w';
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
   * host is the labels of letters, digits and hyphens joined by dots before k, at least two. With
   * no path, the host alone is checked more strictly ({@link #hostAlone}).
   */
  boolean bare(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int n = p.n;
    int e = t.end[k];
    int labels = 0; // labels after token k's
    // example.org.uk/x: further top-level labels before the path
    while (e + 1 < n && c[e] == '.' && Tokens.isLetter(c[e + 1])) {
      labels++;
      int q = e + 1;
      while (q < n && Tokens.isLetter(c[q])) {
        q++;
      }
      if (q - e - 1 > 6) {
        return false;
      }
      e = q;
    }
    boolean path = e + 1 < n && c[e] == '/' && hostOrPathChar(c[e + 1]) && c[e + 1] != '/';
    if (!path && !hostAloneEnd(c, n, e)) {
      return false;
    }
    int floor = Math.max(Math.max(0, t.start[k] - MAX_HOST_AND_PATH), p.claimedUntil);
    int s = t.start[k] - 1; // the dot before the top-level domain
    int before = 1; // token k's label and those before it
    while (s > floor && c[s] == '.') {
      int q = s;
      while (q > floor && (Tokens.isLetter(c[q - 1]) || Tokens.isDigit(c[q - 1]) || c[q - 1] == '-')) {
        q--;
      }
      if (q == s) {
        break;
      }
      before++;
      s = q;
      if (q == 0 || c[q - 1] != '.') {
        break;
      }
      s = q - 1;
    }
    if (c[s] == '.') {
      s++;
    }
    if (before < 2 || s >= t.start[k]) {
      return false;
    }
    if (s > 0 && (c[s - 1] == '@' || c[s - 1] == '/' || c[s - 1] == ':' || Tokens.isLetter(c[s - 1])
        || Tokens.isDigit(c[s - 1]) || c[s - 1] == '_')) {
      return false; // part of an e-mail address, a path or something the pass did not take
    }
    if (!path) {
      return hostAlone(p, s, e, before + labels);
    }
    int j = end(p, s, e + 1);
    if (j <= e + 1) {
      return false;
    }
    claim(p, s, s, j, "url-bare");
    return true;
  }

  /**
   * Top-level domains that end a host written alone ({@code jessblogs.co.uk}). Those that are also
   * common words or file extensions ({@code it}, {@code no}, {@code me}, {@code app}, {@code page})
   * are left out: with no path, {@code end.It} or {@code notes.app} is far likelier than a site.
   */
  private static final Lexicon HOST_ALONE_TLDS =
      Lexicon.words("com org net uk io info co blog online site xyz eu ie biz ca au nz fr nl dev tv wales"
          + " scot london");

  /** The labels before {@code uk} that make a registrable name after them: {@code co.uk}. */
  private static final Lexicon UK_SECOND_LEVEL =
      Lexicon.words("co org me ltd plc net sch ac gov nhs police mod nic");

  /**
   * Sites that name nobody when written alone, with no path: search engines, shops, broadcasters,
   * the platforms themselves, and With a path
   * ({@code facebook.com/jess}) they are an address like any other.
   */
  private static final java.util.Set<String> PUBLIC_SITES =
      java.util.Set.of(
          "google.com", "google.co.uk", "youtube.com", "facebook.com", "instagram.com",
          "tiktok.com", "twitter.com", "x.com", "linkedin.com", "snapchat.com", "whatsapp.com",
          "amazon.co.uk", "amazon.com", "ebay.co.uk", "bbc.co.uk", "bbc.com", "mumsnet.com",
          "netmums.com", "gofundme.com", "justgiving.com", "bit.ly", "zoom.us", "microsoft.com",
          "apple.com", "padlet.com", "gov.uk", "nhs.uk", "kooth.com", "twinkl.co.uk", "tes.com",
          "talktofrank.com", "canva.com", "mentimeter.com", "menti.com", "hcpc-uk.org");

  /** The reserved names of RFC 2606 written alone: placeholders, never a real site. */
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("example.org", "example.com", "example.net");

  /**
   * Whether offset e, the end of a host's last label, ends it as a word: a space, the end, a
   * closing bracket or quote, or punctuation that is not followed by more of an address or a word.
   */
  private static boolean hostAloneEnd(char[] c, int n, int e) {
    if (e >= n) {
      return true;
    }
    char ch = c[e];
    if (Tokens.isSpace(ch) || ch == ')' || ch == ']' || ch == '"' || ch == '\u201d'
        || ch == '|') {
      return true;
    }
    int q = e;
    if (c[q] == '/') {
      q++; // jessblogs.co.uk/ with nothing after the slash
    }
    while (q < n && TRAILING.indexOf(c[q]) >= 0) {
      q++;
    }
    return q > e && (q >= n || Tokens.isSpace(c[q]) || c[q] == ')' || c[q] == ']' || c[q] == '"'
        || c[q] == '\u201d');
  }

  /**
   * Claims a host written alone, with no scheme, {@code www.} or path ({@code jessblogs.co.uk},
   * {@code jess-m.blog}): labels s..e in lower case after the first, a top-level domain that is
   * not also a word, a registrable name before {@code co.uk}. A public body's or a well-known
   * site's host alone, or an organisation's ({@code .org}, {@code .org.uk} with no subdomain), is
   * reported below the default confidence.
   */
  private static boolean hostAlone(StructuredPass p, int s, int e, int labels) {
    char[] c = p.c;
    int last = e;
    while (c[last - 1] != '.') {
      last--;
    }
    if (HOST_ALONE_TLDS.get(hash(c, last, e)) == 0) {
      return false;
    }
    // every label after the first in lower case: "Report.Com" or "end.Co" is not a host
    boolean letterInFirst = false;
    int firstDot = s;
    while (c[firstDot] != '.') {
      letterInFirst |= Tokens.isLetter(c[firstDot]);
      firstDot++;
    }
    if (!letterInFirst || firstDot - s < 2) {
      return false;
    }
    for (int q = firstDot + 1; q < e; q++) {
      if (Character.isUpperCase(c[q])) {
        return false;
      }
    }
    if (c[last] == 'u' && e - last == 2 && c[last + 1] == 'k') {
      int second = last - 1;
      while (second > s && c[second - 1] != '.') {
        second--;
      }
      if (labels < 3 && UK_SECOND_LEVEL.get(hash(c, second, last - 1)) != 0) {
        return false; // co.uk, gov.uk alone: not a registrable name
      }
    }
    String host = new String(c, s, e - s).toLowerCase(Locale.ROOT);
    if (RESERVED.contains(host)) {
      return false; // a placeholder for a site: "on gov.uk and on example.org"
    }
    for (String site : PUBLIC_SITES) {
      if (host.equals(site) || host.endsWith("." + site)) {
        p.claim(IdentifierKind.URL, s, e, 0.3, "url-host+public-site");
        return true;
      }
    }
    if (labels == 2 && host.endsWith(".org") || labels == 3 && host.endsWith(".org.uk")) {
      // mind.org.uk, samaritans.org: a charity's or a society's site named as a resource; a
      // person's own page is written with a path or under a host of their own
      p.claim(IdentifierKind.URL, s, e, 0.45, "url-host+organisation");
      return true;
    }
    claim(p, s, s, e, "url-host");
    return true;
  }

  /** The vocabulary hash of the characters s..e. */
  private static long hash(char[] c, int s, int e) {
    return Lexicon.hash(java.nio.CharBuffer.wrap(c, s, e - s));
  }

  /**
   * Claims a bare IPv4 address from number token k ({@code 192.168.0.12}): four numbers of at
   * most three digits joined by dots, each 0 to 255 with no leading zero, the first of two digits
   * or more (so {@code 1.2.3.4} and paragraph numbers stay out), not after a word that numbers
   * things ({@code version}, {@code section}), and not part of a longer dotted run.
   */
  boolean ip(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int q = k;
    for (int part = 0; part < 4; part++, q += 2) {
      if (!t.isNum(q) || t.len(q) > 3 || (part > 0 && !t.glued(q))) {
        return false;
      }
      if (t.value(q) > 255 || (t.len(q) > 1 && c[t.start[q]] == '0')) {
        return false;
      }
      if (part < 3 && !(t.isSym(q + 1, '.') && t.glued(q + 1))) {
        return false;
      }
    }
    int last = q - 2;
    int e = t.end[last];
    if (t.len(k) < 2
        || p.alnumAt(e)
        || (e + 1 < p.n && c[e] == '.' && Tokens.isDigit(c[e + 1]))
        || (t.start[k] > 0 && c[t.start[k] - 1] == '.')
        || t.has(k - 1, Vocabulary.NUMBER_NOUN)) {
      return false;
    }
    p.claim(IdentifierKind.URL, t.start[k], e, 0.8, "ip-address");
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
