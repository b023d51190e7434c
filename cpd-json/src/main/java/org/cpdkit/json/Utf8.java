package org.cpdkit.json;

import org.cpdkit.json.CpdFormatException.Kind;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. The parser
 * alone accepts some of these, and would read UTF-16 or UTF-32 if it found them, so the bytes are
 * checked before they are read.
 */
final class Utf8 {
  static final String TWO_MARKS = "two byte order marks; a document starts with at most one";
  private static final String NOT_UTF8 = "the document is UTF-16 or UTF-32; cpdkit documents are UTF-8";

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
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
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
        return i;
      }
      int cp = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        if (i + k >= to) {
          return i;
        }
        int d = b[i + k] & 0xff;
        if ((d & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (d & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }
}
