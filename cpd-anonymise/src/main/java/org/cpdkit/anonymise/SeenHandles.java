package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.SocialHandleDetector.handleChar;
import static org.cpdkit.anonymise.Tokens.isDigit;
import static org.cpdkit.anonymise.Tokens.isLetter;

/**
 * Document evidence for user names: a user name the text shows as one somewhere ({@code
 * @zara.b.2009}, a chat's speaker, a commenter) is a user name at its other mentions too, written
 * without its {@code @}: {@code [20-Feb-25 08:07 PM] zara.b.2009 im fine}, {@code Liked by
 * kofi.makes.beats}. Only a name no word spells is carried: one with an underscore, a dot, a digit
 * or a capital after a lower-case letter ({@code ThatGuyOisin}); {@code @mags} says nothing of
 * every "mags" in the text. A name is carried as it was written and in lower case. Runs once per
 * text, after its windows, and only when the scan found such a user name: a text held as a String
 * is searched for each of a few names with {@link String#indexOf(String, int)}; otherwise one walk
 * over the text hashes each run of a handle's characters that has a mark and looks it up.
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

  /** Up to this many forms, a text held as a String is searched for each form in turn. */
  private static final int SEARCHED = 32;

  /**
   * Adds the other mentions of the user names the findings so far show, as findings: each name
   * as it was written and in lower case.
   */
  static void carry(CharSequence text, FindingBuffer all) {
    int found = all.size();
    java.util.LinkedHashSet<String> forms = null;
    for (int i = 0; i < found; i++) {
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
      if (forms == null) {
        forms = new java.util.LinkedHashSet<>();
      }
      String name = text.subSequence(s, e).toString();
      forms.add(name);
      forms.add(name.toLowerCase(java.util.Locale.ROOT));
      if (forms.size() >= MAX_NAMES) {
        break;
      }
    }
    if (forms == null) {
      return;
    }
    if (text instanceof String str && forms.size() <= SEARCHED) {
      // a few names: String.indexOf runs far faster than a walk over every character
      for (String form : forms) {
        for (int at = str.indexOf(form); at >= 0; at = str.indexOf(form, at + 1)) {
          if (standsAlone(str, at, at + form.length())) {
            all.add(IdentifierKind.SOCIAL_HANDLE, at, at + form.length(), 0.7, "user-name-seen");
          }
        }
      }
      return;
    }
    long[] table = new long[Integer.highestOneBit(forms.size() * 4 - 1) << 1];
    int mask = table.length - 1;
    for (String form : forms) {
      put(table, mask, hash(form, 0, form.length()));
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      if (!handleChar(ch)) {
        i++;
        continue;
      }
      // a run of a handle's characters with inner dots; only one with a mark can be a name
      // carried, so most runs (words) cost a test per character and no hash
      int s = i;
      boolean mark = false;
      boolean lowerBefore = false;
      while (i < n) {
        ch = text.charAt(i);
        if (ch < 128 ? (ch >= 'a' && ch <= 'z') : Character.isLowerCase(ch)) {
          lowerBefore = true;
        } else if (ch >= 'A' && ch <= 'Z' || ch >= 128 && Character.isUpperCase(ch)) {
          mark |= lowerBefore;
          lowerBefore = false;
        } else if (ch >= '0' && ch <= '9' || ch == '_') {
          mark = true;
        } else if (ch == '.' && i + 1 < n && handleChar(text.charAt(i + 1)) && i > s) {
          mark = true;
        } else if (!(ch >= 128 && handleChar(ch))) {
          break;
        }
        i++;
      }
      int e = i;
      if (mark && e - s >= MIN_LENGTH && e - s <= MAX_LENGTH
          && contains(table, mask, hash(text, s, e)) && standsAlone(text, s, e)) {
        all.add(IdentifierKind.SOCIAL_HANDLE, s, e, 0.7, "user-name-seen");
      }
    }
  }

  /**
   * The span s..e is a whole run of a handle's characters, and no part of a handle, a hashtag, a
   * path, an e-mail address or a domain.
   */
  private static boolean standsAlone(CharSequence text, int s, int e) {
    int n = text.length();
    char before = s > 0 ? text.charAt(s - 1) : ' ';
    char after = e < n ? text.charAt(e) : ' ';
    return !handleChar(before) && !handleChar(after)
        && before != '@' && before != '#' && before != '/' && before != '\\' && before != '.'
        && before != '-' && after != '@' && after != '/' && after != '\\' && after != '-'
        && !(after == '.' && e + 1 < n && handleChar(text.charAt(e + 1)));
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

  private static long hash(CharSequence text, int s, int e) {
    long h = FNV;
    for (int i = s; i < e; i++) {
      h = (h ^ text.charAt(i)) * PRIME;
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
}
