package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

/**
 * Document evidence for user names: a user name the text shows as one somewhere ({@code
 * @zara.b.2009}, a chat's speaker, a commenter) is a user name at its other mentions too, written
 * without its {@code @}: {@code [20-Feb-25 08:07 PM] zara.b.2009 im fine}, {@code Liked by
 * kofi.makes.beats}. Only a name no word spells is carried: one with an underscore, a dot, a digit
 * or a capital after a lower-case letter ({@code ThatGuyOisin}); {@code @mags} says nothing of
 * every "mags" in the text. Runs once per text, after its windows, and only when the scan found
 * such a user name; the pass over the text then costs a table test per run of letters.
 */
final class SeenHandles {

  /** More distinct user names than any thread holds: the rest are not carried. */
  private static final int MAX_NAMES = 1024;

  private static final int MIN_LENGTH = 4;
  private static final int MAX_LENGTH = 40;

  private SeenHandles() {}

  /** Whether a finding's reason says the text showed it as a user name. */
  private static boolean shown(String reason) {
    return switch (reason) {
      case "at-handle", "chat-speaker", "user-name-cue", "commenter", "reddit-user" -> true;
      default -> false;
    };
  }

  private static boolean handleChar(char ch) {
    return isLetter(ch) || isDigit(ch) || ch == '_';
  }

  /** Adds the other mentions of the user names the findings so far show, as findings. */
  static void carry(CharSequence text, FindingBuffer all) {
    int found = all.size();
    long[] table = null;
    int names = 0;
    int mask = 0;
    for (int i = 0; i < found && names < MAX_NAMES; i++) {
      if (all.kind(i) != IdentifierKind.SOCIAL_HANDLE || !shown(all.reason(i))) {
        continue;
      }
      int s = all.start(i);
      int e = all.end(i);
      if (text.charAt(s) == '@') {
        s++;
      } else if (e - s > 2 && text.charAt(s + 1) == '/' && (text.charAt(s) | 0x20) == 'u') {
        s += 2; // u/name
      }
      if (e - s < MIN_LENGTH || e - s > MAX_LENGTH || !marked(text, s, e)) {
        continue;
      }
      if (table == null) {
        table = new long[64];
        mask = table.length - 1;
      } else if ((names + 1) * 2 > table.length) {
        table = grow(table);
        mask = table.length - 1;
      }
      long h = hash(text, s, e);
      if (put(table, mask, h)) {
        names++;
      }
    }
    if (names == 0) {
      return;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      if (!handleChar(ch)) {
        i++;
        continue;
      }
      int s = i;
      long h = FNV;
      while (i < n) {
        ch = text.charAt(i);
        if (handleChar(ch)) {
          h = (h ^ lower(ch)) * PRIME;
          i++;
        } else if (ch == '.' && i + 1 < n && handleChar(text.charAt(i + 1))) {
          h = (h ^ '.') * PRIME;
          i++;
        } else {
          break;
        }
      }
      int e = i;
      if (e - s < MIN_LENGTH || e - s > MAX_LENGTH || !contains(table, mask, h)) {
        continue;
      }
      char before = s > 0 ? text.charAt(s - 1) : ' ';
      char after = e < n ? text.charAt(e) : ' ';
      if (before == '@' || before == '#' || before == '/' || before == '\\' || before == '.'
          || before == '-' || after == '@' || after == '/' || after == '\\' || after == '-') {
        continue; // the handle itself, a hashtag, a path, an e-mail or a domain
      }
      all.add(IdentifierKind.SOCIAL_HANDLE, s, e, 0.7, "user-name-seen");
    }
  }

  /** An underscore, a dot, a digit or a capital after a lower-case letter: no word is written so. */
  private static boolean marked(CharSequence text, int s, int e) {
    boolean letter = false;
    boolean mark = false;
    for (int i = s; i < e; i++) {
      char ch = text.charAt(i);
      if (!handleChar(ch) && ch != '.') {
        return false; // a server's handle (@jess@mastodon.social) or a hyphen: left as found
      }
      letter |= isLetter(ch);
      mark |= ch == '_' || ch == '.' || isDigit(ch)
          || (i > s && Character.isUpperCase(ch) && Character.isLowerCase(text.charAt(i - 1)));
    }
    return letter && mark;
  }

  private static final long FNV = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private static char lower(char ch) {
    return ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch | 0x20) : ch) : Character.toLowerCase(ch);
  }

  private static long hash(CharSequence text, int s, int e) {
    long h = FNV;
    for (int i = s; i < e; i++) {
      h = (h ^ lower(text.charAt(i))) * PRIME;
    }
    return h == 0 ? 1 : h;
  }

  private static boolean put(long[] table, int mask, long h) {
    h = h == 0 ? 1 : h;
    for (int p = (int) (h ^ (h >>> 32)) & mask; ; p = (p + 1) & mask) {
      if (table[p] == h) {
        return false;
      }
      if (table[p] == 0) {
        table[p] = h;
        return true;
      }
    }
  }

  private static boolean contains(long[] table, int mask, long h) {
    h = h == 0 ? 1 : h;
    for (int p = (int) (h ^ (h >>> 32)) & mask; ; p = (p + 1) & mask) {
      if (table[p] == h) {
        return true;
      }
      if (table[p] == 0) {
        return false;
      }
    }
  }

  private static long[] grow(long[] table) {
    long[] bigger = new long[table.length * 2];
    int mask = bigger.length - 1;
    for (long h : table) {
      if (h != 0) {
        put(bigger, mask, h);
      }
    }
    return bigger;
  }
}
