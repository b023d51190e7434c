package org.cpdkit.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.cpdkit.json.CpdFormatException.Kind;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. The parser
 * alone accepts some of these, and would read UTF-16 or UTF-32 if it found them, so the bytes are
 * checked before they are read.
 */
final class Utf8 {
  static final String TWO_MARKS = "two byte order marks; a document starts with at most one";
  private static final String NOT_UTF8 = "the document is UTF-16 or UTF-32; cpdkit documents are UTF-8";

  /** Eight bytes at a time, for the runs of ASCII that make up most documents. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  private Utf8() {}

  /**
   * Where the document's text starts: after one UTF-8 byte order mark, if there is one. Fails on a
   * second mark and on UTF-16 or UTF-32, with or without their own mark, before or after a UTF-8
   * one, because the parser would otherwise detect the encoding on its own.
   */
  static int checkStart(String name, byte[] b, int length) {
    int offset = isMark(b, 0, length) ? 3 : 0;
    if (isMark(b, offset, length)) {
      throw new CpdFormatException(Kind.INVALID_ENCODING, name, "", 1, 1, TWO_MARKS);
    }
    int rest = length - offset;
    if (rest >= 2) {
      int b0 = b[offset] & 0xff;
      int b1 = b[offset + 1] & 0xff;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        throw new CpdFormatException(Kind.INVALID_ENCODING, name, "", 1, 1, NOT_UTF8);
      }
    }
    // No JSON document has a raw NUL; in its first four bytes it means UTF-16 or UTF-32.
    for (int i = offset; i < offset + 4 && i < length; i++) {
      if (b[i] == 0) {
        throw new CpdFormatException(Kind.INVALID_ENCODING, name, "", 1, 1, NOT_UTF8);
      }
    }
    return offset;
  }

  private static boolean isMark(byte[] b, int at, int length) {
    return length - at >= 3
        && (b[at] & 0xff) == 0xEF
        && (b[at + 1] & 0xff) == 0xBB
        && (b[at + 2] & 0xff) == 0xBF;
  }

  /** The offset of the first byte of an invalid sequence, or -1 when all is valid. */
  static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int length = sequence(b, i, to);
      if (length < 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** What {@link #check} returns for valid UTF-8 without a backslash followed by {@code u}. */
  static final int VALID = -1;
  /** What {@link #check} returns for valid UTF-8 with a backslash followed by {@code u}. */
  static final int VALID_WITH_ESCAPE = -2;

  /**
   * {@link #firstInvalid} and {@link #mayHoldUnicodeEscape} in one pass over the bytes: the offset
   * of the first byte of an invalid sequence, else {@link #VALID} or {@link #VALID_WITH_ESCAPE}.
   */
  static int check(byte[] b, int from, int to) {
    boolean escape = false;
    int i = from;
    while (i < to) {
      while (i + 8 <= to) {
        long x = (long) LONGS.get(b, i);
        if ((x & HIGH_BITS) != 0) {
          break;
        }
        if (!escape) {
          long y = x ^ BACKSLASHES;
          if (((y - LOW_BITS) & ~y & HIGH_BITS) != 0) {
            for (int k = i; k < i + 8; k++) {
              if (b[k] == '\\' && k + 1 < to && b[k + 1] == 'u') {
                escape = true;
                break;
              }
            }
          }
        }
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        if (c == '\\' && i + 1 < to && b[i + 1] == 'u') {
          escape = true;
        }
        i++;
        continue;
      }
      int length = sequence(b, i, to);
      if (length < 0) {
        return i;
      }
      i += length;
    }
    return escape ? VALID_WITH_ESCAPE : VALID;
  }

  /** The length of the valid multi-byte sequence that starts at {@code i}, or -1. */
  private static int sequence(byte[] b, int i, int to) {
    int c = b[i] & 0xff;
    int need;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      min = 0x10000;
    } else {
      return -1;
    }
    int cp = c & (0x3F >> need);
    for (int k = 1; k <= need; k++) {
      if (i + k >= to) {
        return -1;
      }
      int d = b[i + k] & 0xff;
      if ((d & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return -1;
    }
    return need + 1;
  }

  /**
   * Whether the bytes hold a backslash followed by {@code u}: without one, a document of valid
   * UTF-8 has no {@code \\u} escape, so none of its strings can hold a lone surrogate.
   */
  static boolean mayHoldUnicodeEscape(byte[] b, int from, int to) {
    int i = from;
    while (i + 8 <= to) {
      long x = (long) LONGS.get(b, i) ^ BACKSLASHES;
      if (((x - LOW_BITS) & ~x & HIGH_BITS) == 0) {
        i += 8; // no backslash among these eight
        continue;
      }
      for (int k = i; k < i + 8; k++) {
        if (b[k] == '\\' && k + 1 < to && b[k + 1] == 'u') {
          return true;
        }
      }
      i += 8;
    }
    for (; i < to; i++) {
      if (b[i] == '\\' && i + 1 < to && b[i + 1] == 'u') {
        return true;
      }
    }
    return false;
  }
}
