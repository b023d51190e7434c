package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

import java.util.Locale;
import java.util.Set;

/**
 * Finds social media handles ({@code @jess_m_1998}, {@code @jess-cooks}, {@code
 * @jess@mastodon.social}): an {@code @} with no local part before it, then 2 to 40 letters (of any
 * script), digits, underscores or inner dots and hyphens, and a server's domain after a second
 * {@code @}; or, with no {@code @}, after a platform's label ({@code Twitter/X: jessm}). A time
 * ({@code @10am}) is not a handle. Handles of public bodies and
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

  /** A letter, a digit or an underscore: what a user name is made of, dots aside. */
  static boolean handleChar(char ch) {
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
    if (e == i && titleCaseWord(c, at + 1, i) && i + 2 < n && c[i] == ' '
        && Character.isUpperCase(c[i + 1])) {
      int j = i + 1;
      while (j < n && isLetter(c[j])) {
        j++;
      }
      if (titleCaseWord(c, i + 1, j) && (j >= n || !handleChar(c[j]))) {
        return; // @Linda Ashworth: a mention of a person by name, left to the name pass
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

  /**
   * {@code [21:55] jennyb: hi}, {@code 14/03/2024, 21:56 - kayleigh.w: ok}: after the minutes of a
   * clock time (token m), its seconds and a closing bracket or a dash, a user name in lower case
   * (letters, digits, underscores and inner dots, three or more) glued to a colon is the speaker
   * of a chat export. A speaker written as a capitalised name is left to the name pass.
   */
  boolean chatSpeaker(StructuredPass p, int m) {
    Tokens t = p.t;
    char[] c = p.c;
    int n = p.n;
    int i = t.end[m];
    if (i + 2 < n && c[i] == ':' && isDigit(c[i + 1]) && isDigit(c[i + 2])) {
      i += 3; // seconds
    }
    int syms = 0;
    while (i < n && syms < 3 && (c[i] == ' ' || c[i] == ']' || c[i] == ')' || c[i] == '-'
        || c[i] == '\u2013' || c[i] == '\u2014')) {
      syms += c[i] == ' ' ? 0 : 1;
      i++;
    }
    if (i >= n || i == t.end[m] || !Character.isLowerCase(c[i])) {
      return false;
    }
    int e = i;
    while (e < n && e - i <= MAX_LENGTH && (handleChar(c[e])
        || (c[e] == '.' && e + 1 < n && handleChar(c[e + 1])))) {
      e++;
    }
    if (e - i < 3 || e >= n || c[e] != ':' || i < p.claimedUntil) {
      return false;
    }
    // not a word of the message: am/pm and a speaker's words such as "note:" or "update:"
    String name = new String(c, i, e - i);
    if (NOT_SPEAKERS.contains(name)) {
      return false;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, i, e, 0.75, "chat-speaker");
    return true;
  }

  private static final java.util.Set<String> NOT_SPEAKERS =
      java.util.Set.of("note", "update", "action", "re", "fyi", "edit", "pm", "am", "and", "the");

  /**
   * Claims a Reddit user written {@code u/name} (the letter u, a slash, then three or more of a
   * handle's characters with inner dots and hyphens), when nothing of a word or a path stands
   * before it.
   */
  boolean reddit(StructuredPass p, int k) {
    char[] c = p.c;
    int n = p.n;
    int s = p.t.start[k];
    if (s + 2 >= n || c[s + 1] != '/' || (s > 0 && (p.alnumAt(s - 1) || c[s - 1] == '/'))) {
      return false;
    }
    int e = s + 2;
    while (e < n && e - s <= MAX_LENGTH
        && (handleChar(c[e]) || ((c[e] == '.' || c[e] == '-') && e + 1 < n
            && handleChar(c[e + 1]) && handleChar(c[e - 1])))) {
      e++;
    }
    if (e - s - 2 < 3 || s < p.claimedUntil || (e < n && c[e] == '/')) {
      return false;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, s, e, 0.8, "reddit-user");
    return true;
  }

  /** A capital and then two letters or more in lower case, and nothing else. */
  private static boolean titleCaseWord(char[] c, int s, int e) {
    if (e - s < 3 || !Character.isUpperCase(c[s])) {
      return false;
    }
    for (int i = s + 1; i < e; i++) {
      if (!Character.isLowerCase(c[i])) {
        return false;
      }
    }
    return true;
  }

  /** Words between a platform and a handle: Her Snapchat is kayleigh.b2009, TikTok name is. */
  private static final Lexicon HANDLE_NOUNS =
      Lexicon.words("name username handle account id tag");

  private static final long WAS = Lexicon.hash("was");

  /** Words a form puts after a platform's label when there is no handle. */
  private static final Lexicon NO_HANDLE =
      Lexicon.words("none unknown private nil na tbc tbd not deleted blocked closed account accounts"
          + " unclear withheld redacted nothing same n/a various several both also only");

  private static final long X = Lexicon.hash("x");
  private static final long IS = Lexicon.hash("is");
  private static final long AND = Lexicon.hash("and");
  private static final long OR = Lexicon.hash("or");

  /**
   * Claims a quoted run of words and numbers joined by dots that ends in number token k, as an
   * account's name is given in quotes ({@code in the name "Karwan.Ranya.88"}): no word holds a dot,
   * and a version or a section number has no word of three letters.
   */
  boolean quotedDotted(StructuredPass p, int k) {
    Tokens t = p.t;
    int q = k;
    boolean word = false;
    while (q >= 2 && t.isSym(q - 1, '.') && t.glued(q) && t.glued(q - 1)
        && (t.isWord(q - 2) || t.isNum(q - 2))) {
      q -= 2;
      if (t.isWord(q) && (t.vocab[q] != 0 || (t.words[q] & NameWords.TLD) != 0)) {
        return false; // "Section.4.2", "example.org.2": a word of the vocabulary or a domain's
      }
      word |= t.isWord(q) && t.len(q) >= 3;
    }
    if (q == k || !word || !NameVetoes.quote(t, q - 1) || !t.glued(q)
        || !NameVetoes.quote(t, k + 1) || !t.glued(k + 1)) {
      return false;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, t.start[q], t.end[k], 0.75, "quoted-account-name");
    return true;
  }

  /**
   * Whether word token k is a platform's label ({@code Twitter/X: jessm}, {@code TikTok:
   * jess.m}); if so, claims the handle after the colon written
   * without its {@code @}. The handle is one run of letters, digits, underscores and inner dots,
   * in lower case or holding a digit, an underscore or a dot (a capitalised word is a display
   * name, left to the name pass), not a word of the vocabulary ({@code Twitter: she posted}) nor
   * a form's filler ({@code Instagram: none}), and it ends the list item: the line, a comma, a
   * bracket, {@code and}. A handle written with its {@code @} is found from the {@code @}.
   */
  boolean cued(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    if ((t.words[k] & NameWords.PLATFORM) == 0) {
      return false;
    }
    int j = k + 1;
    if (t.isSym(j, '/') && t.isWord(j + 1) && t.hash[j + 1] == X && t.len(j + 1) == 1) {
      j += 2; // Twitter/X
    }
    boolean marked = false; // a digit, an underscore or a dot: no word has one
    boolean said = false;
    if (t.isWord(j) && HANDLE_NOUNS.get(t.hash[j]) != 0 && t.sameLine(j)) {
      j++; // Snapchat name is, Discord tag:
    }
    if (t.isSym(j, ':') && t.glued(j)) {
      j++;
    } else if (t.isWord(j) && (t.hash[j] == IS || t.hash[j] == WAS) && t.sameLine(j)) {
      j++; // Her Snapchat is kayleigh.b2009: said in a sentence, the handle must look like one
      said = true;
    } else {
      return false;
    }
    if (j >= t.count || !t.sameLine(j) || t.glued(j)) {
      return false;
    }
    int s = t.start[j];
    if (!isLetter(c[s]) && !isDigit(c[s]) && c[s] != '_') {
      return false; // "@jessm" is the @ path's; a bracket or a dash is not a handle
    }
    int i = s;
    while (i < p.n
        && (handleChar(c[i])
            || (c[i] == '.' && i + 1 < p.n && handleChar(c[i + 1]) && handleChar(c[i - 1])))) {
      marked |= isDigit(c[i]) || c[i] == '_' || c[i] == '.';
      i++;
    }
    if (i + 1 < p.n && c[i] == '#' && isDigit(c[i + 1])) {
      int d = i + 1;
      while (d < p.n && isDigit(c[d])) {
        d++;
      }
      if (d - i - 1 == 4) {
        i = d; // Discord: gamerboy#1234, a name and its four-digit tag
        marked = true;
      }
    }
    int len = i - s;
    if (said && !marked) {
      return false; // Her Instagram is private, his TikTok is funny
    }
    if (len < 2 || len > MAX_LENGTH || p.alnumAt(i) || (i < p.n && (c[i] == '@' || c[i] == '-'
        || c[i] == '/' || c[i] == '\'' || c[i] == '\u2019'))) {
      return false;
    }
    boolean oneWord = i == t.end[j];
    if (!marked
        && (!oneWord
            || (t.shape[j] & Tokens.LOWER) == 0
            || t.vocab[j] != 0
            || NO_HANDLE.get(t.hash[j]) != 0)) {
      return false;
    }
    // the handle ends the item: the line, punctuation, a bracket, "and" or "or"
    int q = j + 1;
    while (q < t.count && t.start[q] < i) {
      q++;
    }
    if (q < t.count
        && t.sameLine(q)
        && !(t.type[q] == Tokens.SYM && c[t.start[q]] != '@' && c[t.start[q]] != '-')
        && !(t.isWord(q) && (t.hash[q] == AND || t.hash[q] == OR))) {
      return false;
    }
    String handle = new String(c, s, len).toLowerCase(Locale.ROOT);
    if (PUBLIC_HANDLES.contains(handle)) {
      return true;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, s, i, 0.75, "handle-cue");
    return true;
  }

  /**
   * Reply from Kasia.W, Comment by Tariq.M: a forum's user name, a name and an initial joined by a
   * dot, after a word of posting and "by" or "from". Token k is the initial.
   */
  boolean dottedInitial(StructuredPass p, int k) {
    Tokens t = p.t;
    int name = k - 2;
    int by = k - 3;
    if (name < 0 || !t.isSym(k - 1, '.') || !t.glued(k) || !t.glued(k - 1) || !t.capital(name)
        || t.len(name) < 2 || !t.isWord(by) || BY_WORDS.get(t.hash[by]) == 0
        || !t.isWord(by - 1) || POSTING_WORDS.get(t.hash[by - 1]) == 0 || !t.sameLine(name)
        || !t.sameLine(by) || p.alnumAt(t.end[k]) || t.start[name] < p.claimedUntil
        || (t.isSym(k + 1, '.') && t.glued(k + 1) && t.isWord(k + 2) && t.glued(k + 2))) {
      return false;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, t.start[name], t.end[k], 0.75, "user-name-cue");
    return true;
  }

  /** Words before a user name written without its {@code @}: {@code username: swmum77}. */
  private static final Lexicon USER_WORDS =
      Lexicon.words("user username handle poster moderator mod quoting quote");

  /** By and from, before a user name after a word of posting: {@code posted by swmum77}. */
  private static final Lexicon BY_WORDS = Lexicon.words("by from");

  /** Words of posting before {@code by} or {@code from}: {@code reply from}, {@code posted by}. */
  private static final Lexicon POSTING_WORDS =
      Lexicon.words("posted reply replied replies written comment comments commented message"
          + " messages submitted shared quoted sent started edited answered answer post");

  private static final long ON = Lexicon.hash("on");

  /** Verbs after a user name that forums and threads print: {@code throwaway_sw2024 wrote:}. */
  private static final Lexicon POSTED_WORDS =
      Lexicon.words("wrote writes said says posted posts replied replies commented comments asked"
          + " added");

  /**
   * A user name written without its {@code @}, as forums and threads print one: a run of letters,
   * digits and underscores of 4 to 40 characters holding a lower-case letter and an underscore or
   * ending in two digits (no word has them), after {@code posted by}, {@code reply from} or
   * {@code username:}, before {@code wrote}, {@code said} or {@code replied}, after a chat's time,
   * or above a comment (a Reddit user's {@code u/} is read by {@link #reddit}). Called for a
   * number glued to a letter and for an underscore, so common text never gets here; a file name, an address or
   * a hashtag ({@code care_plan_v2.docx}, {@code #SWWeek2025}) is not a user name.
   */
  void bare(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int n = p.n;
    int at = t.start[k];
    int s = at;
    while (s > 0 && at - s <= MAX_LENGTH && handleChar(c[s - 1])) {
      s--;
    }
    int e = t.end[k];
    while (e < n && e - s <= MAX_LENGTH && handleChar(c[e])) {
      e++;
    }
    if (s < p.claimedUntil || e - s < 4 || e - s > MAX_LENGTH) {
      return;
    }
    boolean lower = false;
    boolean underscore = false;
    int digitsAtEnd = 0;
    for (int i = s; i < e; i++) {
      char ch = c[i];
      lower |= isLetter(ch) && Character.isLowerCase(ch);
      underscore |= ch == '_';
      digitsAtEnd = isDigit(ch) ? digitsAtEnd + 1 : 0;
    }
    // a letter in lower case, and an underscore or two digits at the end (swmum77, jaz_m): not
    // a code in capitals (COVID19, PC1234) nor a word with a digit in it (Year7s)
    if (!lower || !(underscore || digitsAtEnd >= 2) || c[s] == '_' || c[e - 1] == '_') {
      return;
    }
    // u/jaz_m was claimed at its u (reddit)
    if (s > 0 && (c[s - 1] == '@' || c[s - 1] == '#' || c[s - 1] == '/'
        || c[s - 1] == '.' || c[s - 1] == '\\' || c[s - 1] == '-')) {
      return; // an e-mail, a handle, a hashtag, a path or a domain
    }
    if (e < n && (c[e] == '@' || c[e] == '/' || c[e] == '\\' || c[e] == '-'
        || (c[e] == '.' && e + 1 < n && handleChar(c[e + 1])))) {
      return; // care_plan_v2.docx, jess_99@example.org
    }
    int first = k;
    while (first > 0 && t.start[first - 1] >= s) {
      first--;
    }
    int last = k;
    while (last + 1 < t.count && t.end[last + 1] <= e) {
      last++;
    }
    int before = first - 1;
    if (t.isSym(before, ':')) {
      before--; // Username: jess_99
    } else if (t.isWord(before) && t.hash[before] == IS && t.isWord(before - 1)) {
      before--; // my handle is jaz_m
    }
    int after = last + 1;
    boolean lineStart = first == 0 || !t.sameLine(first) || arrowBefore(t, first);
    boolean cued =
        (t.isWord(before) && t.sameLine(first) && USER_WORDS.get(t.hash[before]) != 0)
        || (t.isWord(before) && t.sameLine(first) && BY_WORDS.get(t.hash[before]) != 0
            && t.isWord(before - 1) && POSTING_WORDS.get(t.hash[before - 1]) != 0)
        || (t.isWord(after) && t.sameLine(after) && !t.glued(after)
            && POSTED_WORDS.get(t.hash[after]) != 0)
        // a comment's header: "old_timer_AMHP on 4 February", "Deeside_Dad · 3 hours ago"
        || (lineStart && t.isWord(after) && t.sameLine(after) && t.hash[after] == ON
            && t.isNum(after + 1) && t.sameLine(after + 1))
        || (lineStart && t.isSym(after, '\u00b7') && t.sameLine(after))
        // a chat export's speaker: [21:55] sw_jenny88: ..., 14/03/2024, 21:55 - jay_k: ...
        || (t.isSym(after, ':') && t.sameLine(after) && timeBefore(t, first))
        // a chat log's header: sw_jenny88 — Today at 21:55
        || (lineStart && (t.isSym(after, '\u2014') || t.isSym(after, '\u2013'))
            && t.sameLine(after) && whenAfter(t, after + 1))
        // a comment's author on a line of its own, after a blank line, with the comment below
        || (lineStart && after < t.count && !t.sameLine(after) && blankLineBefore(c, s)
            && !blankLineBefore(c, t.start[after]));
    if (!cued) {
      return;
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, s, e, 0.75, "user-name-cue");
  }

  private static final long TODAY = Lexicon.hash("today");
  private static final long YESTERDAY = Lexicon.hash("yesterday");

  /** A clock time ({@code 21:55}, {@code 9:05:12}) a few symbols before token k on its line. */
  private static boolean timeBefore(Tokens t, int k) {
    int q = k - 1;
    for (int n = 0; n < 3 && q >= 0 && t.type[q] == Tokens.SYM && t.sameLine(q + 1); n++) {
      q--; // ] - , or the dash of a chat export
    }
    if (t.isWord(q) && t.len(q) == 2 && t.sameLine(q + 1)
        && ((t.c[t.start[q]] | 0x20) == 'a' || (t.c[t.start[q]] | 0x20) == 'p')) {
      q--; // 9:05 pm
    }
    if (!t.sameLine(q + 1)) {
      return false;
    }
    if (t.isNum(q) && t.len(q) == 2 && t.isSym(q - 1, ':') && t.glued(q) && t.glued(q - 1)
        && t.isNum(q - 2) && t.len(q - 2) == 2 && t.isSym(q - 3, ':') && t.glued(q - 2)) {
      q -= 2; // seconds
    }
    return t.isNum(q) && t.len(q) == 2 && t.isSym(q - 1, ':') && t.glued(q) && t.glued(q - 1)
        && t.isNum(q - 2) && t.len(q - 2) <= 2 && t.sameLine(q - 2);
  }

  /** Token k starts "Today at 21:55", "Yesterday", a date (14/03/2024) or a time. */
  private static boolean whenAfter(Tokens t, int k) {
    if (k >= t.count || !t.sameLine(k)) {
      return false;
    }
    if (t.isWord(k)) {
      return t.hash[k] == TODAY || t.hash[k] == YESTERDAY;
    }
    return t.isNum(k) && t.len(k) <= 2 && (t.isSym(k + 1, '/') || t.isSym(k + 1, ':'))
        && t.glued(k + 1) && t.isNum(k + 2) && t.glued(k + 2);
  }

  /**
   * {@code [20-Feb-25 06:02 PM] mod_ayesha evening all}: a chat log that prints each message after
   * its time in brackets, with no colon after the speaker. Called for the closing bracket (token
   * k). The speaker is a user name no word spells (an underscore, a dot, a digit or a capital after
   * a lower-case letter: {@code kaiiiii.exe}, {@code ThatGuyOisin}); a plain word there is the
   * message's first word, or a name the name pass reads.
   */
  void afterChatTime(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int n = p.n;
    int s = t.end[k];
    if (s + 1 >= n || c[s] != ' ' || !isLetter(c[s + 1]) || !timeBefore(t, k + 1)
        || !bracketOpensLine(c, t.start[k])) {
      return;
    }
    s++;
    int e = runEnd(c, n, s);
    if (e - s < 3 || e - s > MAX_LENGTH || s < p.claimedUntil || !unlikeWord(c, s, e)
        || (e < n && (c[e] == ':' || c[e] == '@'))) {
      return; // with a colon: chatSpeaker's; an e-mail address
    }
    p.claim(IdentifierKind.SOCIAL_HANDLE, s, e, 0.75, "chat-speaker");
  }

  /** The end of the run of a handle's characters with inner dots starting at s. */
  private static int runEnd(char[] c, int n, int s) {
    int e = s;
    while (e < n && e - s <= MAX_LENGTH
        && (handleChar(c[e]) || (c[e] == '.' && e + 1 < n && handleChar(c[e + 1])))) {
      e++;
    }
    return e;
  }

  /** An underscore, an inner dot, a digit or a capital after a lower-case letter. */
  private static boolean unlikeWord(char[] c, int s, int e) {
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (ch == '_' || ch == '.' || isDigit(ch)
          || (i > s && Character.isUpperCase(ch) && Character.isLowerCase(c[i - 1]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A comment copied from a photo's page: its author's user name starts the line, the comment
   * follows, and the next line gives its age and counts ({@code 2d · 184 likes · Reply}). Called
   * for the middle dot; ls is the start of the dot's line. The user name is one no word spells.
   */
  private void aboveAge(StructuredPass p, int ls) {
    char[] c = p.c;
    int n = p.n;
    int i = ls;
    while (i < n && (c[i] == ' ' || c[i] == '\t')) {
      i++;
    }
    int d = i;
    while (i < n && isDigit(c[i])) {
      i++;
    }
    if (i == d || i - d > 2 || i >= n || "smhdwy".indexOf(c[i]) < 0 || i + 1 >= n
        || c[i + 1] != ' ') {
      return; // not 2d, 20h, 3w
    }
    if (ls == 0) {
      return;
    }
    int prev = ls - 1; // the line break ending the comment
    int ps = prev;
    while (ps > 0 && c[ps - 1] != '\n') {
      ps--;
    }
    while (ps < prev && (c[ps] == ' ' || c[ps] == '\t' || c[ps] == '\u21b3' || c[ps] == '>')) {
      ps++;
    }
    if (ps >= prev || !isLetter(c[ps])) {
      return;
    }
    int e = runEnd(c, n, ps);
    if (e - ps < 3 || e >= prev || c[e] != ' ' || !unlikeWord(c, ps, e)) {
      return;
    }
    // behind the pass's point: added as it is, overlaps settled with the other findings
    p.out.add(IdentifierKind.SOCIAL_HANDLE, ps, e, 0.75, "commenter");
  }

  /** Whether the line holding offset s starts with an opening bracket, spaces aside. */
  private static boolean bracketOpensLine(char[] c, int s) {
    int i = s;
    while (i > 0 && c[i - 1] != '\n') {
      i--;
    }
    while (i < s && (c[i] == ' ' || c[i] == '\t')) {
      i++;
    }
    return i < s && c[i] == '[';
  }

  /** Whether the line holding offset s follows a blank line (or starts the text). */
  private static boolean blankLineBefore(char[] c, int s) {
    int i = s;
    while (i > 0 && c[i - 1] != '\n') {
      i--;
    }
    if (i == 0) {
      return true;
    }
    i--; // the line break before the line
    while (i > 0 && (c[i - 1] == ' ' || c[i - 1] == '\t' || c[i - 1] == '\r')) {
      i--;
    }
    return i == 0 || c[i - 1] == '\n';
  }

  /** Token k follows a reply's arrow at the start of its line: {@code ↳ Rhian_W · 2 hours ago}. */
  private static boolean arrowBefore(Tokens t, int k) {
    return k > 0
        && t.type[k - 1] == Tokens.SYM
        && (t.c[t.start[k - 1]] == '\u21b3' || t.c[t.start[k - 1]] == '>')
        && (k == 1 || !t.sameLine(k - 1));
  }

  /**
   * A commenter's user name at the start of a comment's header line, before the middle dot of
   * {@code · 3 hours ago}: {@code MaggieFromHoole · 3 hours ago}, {@code ↳ Tariq.Mahmood · 48
   * minutes ago}. Called for the dot. The name is one run of letters, digits, underscores and
   * inner dots, written as no person writes a name: with an underscore, a digit, an inner dot
   * or a capital after a lower-case letter; a display name ({@code Sandra Hughes ·}) is left to the
   * name pass.
   */
  void beforeDot(StructuredPass p, int k) {
    Tokens t = p.t;
    char[] c = p.c;
    int e = t.start[k];
    while (e > 0 && c[e - 1] == ' ') {
      e--;
    }
    int bold = 0; // **TeaAndToast_22** · Tue 14-Mar 21:55: a forum's name in bold
    while (e > 0 && c[e - 1] == '*' && bold < 2) {
      e--;
      bold++;
    }
    int s = e;
    while (s > 0 && e - s <= MAX_LENGTH
        && (handleChar(c[s - 1]) || (c[s - 1] == '.' && s >= 2 && handleChar(c[s - 2])))) {
      s--;
    }
    if (e > s && isDigit(c[s])) {
      int ls = s;
      while (ls > 0 && (c[ls - 1] == ' ' || c[ls - 1] == '\t')) {
        ls--;
      }
      if (ls == 0 || c[ls - 1] == '\n') {
        aboveAge(p, ls); // 2d · 184 likes · Reply, below a comment
      }
      return;
    }
    if (s < p.claimedUntil || e - s < 3 || e - s > MAX_LENGTH || !isLetter(c[s])) {
      return;
    }
    int ls = s;
    if (ls >= 2 && c[ls - 1] == '/' && (c[ls - 2] | 0x20) == 'u'
        && (ls == 2 || !p.alnumAt(ls - 3))) {
      ls -= 2; // u/temi.o.sw: a Reddit user, claimed with its u/
      s = ls;
    }
    int opened = 0;
    while (ls > 0 && c[ls - 1] == '*' && opened < 2) {
      ls--;
      opened++;
    }
    while (ls > 0 && (c[ls - 1] == ' ' || c[ls - 1] == '\t' || c[ls - 1] == '\u21b3'
        || c[ls - 1] == '>')) {
      ls--;
    }
    if (ls > 0 && c[ls - 1] != '\n' && !(bold == 2 && opened == 2 && afterCounts(c, ls))) {
      return; // not the start of a header line
    }
    if (bold == 2 && opened == 2 && e - s >= 5 && !Character.isUpperCase(c[s])) {
      p.claim(IdentifierKind.SOCIAL_HANDLE, s, e, 0.75, "commenter");
      return; // **socialworkwithsade** · Creator: a user name in bold, in lower case
    }
    boolean marked = false;
    for (int i = s; i < e; i++) {
      char ch = c[i];
      marked |= ch == '_' || ch == '.' || isDigit(ch)
          || (i > s && Character.isUpperCase(ch) && Character.isLowerCase(c[i - 1]));
    }
    if (marked) {
      p.claim(IdentifierKind.SOCIAL_HANDLE, s, e, 0.75, "commenter");
    }
  }

  /**
   * Whether what stands before offset ls on its line is a previous comment's counts and links
   * ({@code ❤️ 1,302}, {@code · Reply}), as a page of comments copied without its line breaks
   * puts them: no letter but those of {@code Reply} and {@code replies} since the line's start.
   */
  private static boolean afterCounts(char[] c, int ls) {
    int i = ls;
    int letters = 0;
    while (i > 0 && c[i - 1] != '\n' && ls - i < 80) {
      i--;
      if (isLetter(c[i])) {
        letters++;
      }
    }
    if (letters == 0) {
      return true;
    }
    String before = new String(c, i, ls - i);
    return before.replaceAll("(?i)view \\d+ replies|reply|pinned|creator|[^\\p{L}]", "").isEmpty();
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
