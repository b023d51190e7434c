package org.cpdkit.bench;

/**
 * The machine's limit for a tokenizing scanner: one pass that reads every character once,
 * classifies it with a table and hashes each letter run (lower-cased, the scanner's hash), with
 * no look-ups and no findings. The scanner benchmarks report their time as a ratio to this pass,
 * measured in the same run.
 */
public final class LimitProbe {
  private static final int SPACE = 1;
  private static final int DIGIT = 2;
  private static final int LOWER = 4;
  private static final int UPPER = 8;
  private static final byte[] CLASS = new byte[128];

  static {
    for (char ch = 'a'; ch <= 'z'; ch++) {
      CLASS[ch] = LOWER;
      CLASS[ch - 32] = UPPER;
    }
    for (char ch = '0'; ch <= '9'; ch++) {
      CLASS[ch] = DIGIT;
    }
    for (char ch : new char[] {' ', '\n', '\t', '\r', '\f'}) {
      CLASS[ch] = SPACE;
    }
  }

  private LimitProbe() {}

  /**
   * Reads the text once and returns a sum over the hashes of its tokens (letter runs, digit runs
   * and single symbols), so the work cannot be optimised away.
   */
  public static long pass(String text) {
    int n = text.length();
    long sum = 0;
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      int cl = ch < 128 ? CLASS[ch] : (Character.isLetter(ch) ? LOWER : 0);
      if (cl == SPACE) {
        i++;
        continue;
      }
      long h = 0xcbf29ce484222325L;
      if (cl >= LOWER) {
        do {
          h = (h ^ (ch | 0x20)) * 0x100000001b3L;
          if (++i == n) {
            break;
          }
          ch = text.charAt(i);
          cl = ch < 128 ? CLASS[ch] : (Character.isLetter(ch) ? LOWER : 0);
        } while (cl >= LOWER);
      } else if (cl == DIGIT) {
        do {
          h = (h ^ ch) * 0x100000001b3L;
          if (++i == n) {
            break;
          }
          ch = text.charAt(i);
        } while (ch >= '0' && ch <= '9');
      } else {
        h ^= ch;
        i++;
      }
      sum += h;
    }
    return sum;
  }
}
