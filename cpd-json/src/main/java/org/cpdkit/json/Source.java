package org.cpdkit.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A document held in memory, bytes or characters, with the name of where it came from. Holding it
 * lets an error found only when a value is built be located at the offending property afterwards,
 * at no cost to reads that succeed.
 */
final class Source {
  private final String name;
  private final byte[] bytes;
  private final char[] chars;
  private final int offset;
  private final int length;
  private final boolean mayHoldLoneSurrogate;

  private Source(String name, byte[] bytes, char[] chars, int offset, int length, boolean mayHoldLoneSurrogate) {
    this.name = name;
    this.bytes = bytes;
    this.chars = chars;
    this.offset = offset;
    this.length = length;
    this.mayHoldLoneSurrogate = mayHoldLoneSurrogate;
  }

  /** A document of bytes, to be read only once they are known to be valid UTF-8. */
  static Source bytes(String name, byte[] bytes, int offset, int length) {
    return bytes(name, bytes, offset, length, Utf8.mayHoldUnicodeEscape(bytes, offset, offset + length));
  }

  /** As {@link #bytes(String, byte[], int, int)}, with whether they hold a {@code \\u} already known. */
  static Source bytes(String name, byte[] bytes, int offset, int length, boolean mayHoldUnicodeEscape) {
    return new Source(name, bytes, null, offset, length, mayHoldUnicodeEscape);
  }

  static Source chars(String name, char[] chars, int offset, int length) {
    return new Source(name, null, chars, offset, length, true);
  }

  /**
   * Whether a string read from the document may hold a lone surrogate: characters may hold one as
   * they are, while valid UTF-8 cannot encode one, so bytes can hold one only through a {@code
   * \\u} escape.
   */
  boolean mayHoldLoneSurrogate() {
    return mayHoldLoneSurrogate;
  }

  String name() {
    return name;
  }

  boolean isEmpty() {
    return length == 0;
  }

  JsonParser open(JsonFactory factory) {
    return bytes != null
        ? factory.createParser(ObjectReadContext.empty(), bytes, offset, length)
        : factory.createParser(ObjectReadContext.empty(), chars, offset, length);
  }

  /**
   * The JSON Pointer of the value being read when the input reaches byte {@code end}, found by
   * reading the bytes before it.
   */
  String pointerAt(int end) {
    JsonParser p = CpdJson.LOCATING.createParser(ObjectReadContext.empty(), bytes, offset, end);
    String pointer = "";
    try (p) {
      while (p.nextToken() != null) {
        pointer = p.streamReadContext().pathAsPointer().toString();
      }
    } catch (JacksonException e) {
      pointer = p.streamReadContext().pathAsPointer().toString();
    }
    return pointer;
  }

  /** Where the value or property at {@code pointer} starts, or null when it is not there. */
  TokenStreamLocation locate(String pointer) {
    try (JsonParser p = open(CpdJson.LOCATING)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.END_OBJECT
            && t != JsonToken.END_ARRAY
            && p.streamReadContext().pathAsPointer().toString().equals(pointer)) {
          return p.currentTokenLocation();
        }
      }
    } catch (JacksonException e) {
      return null;
    }
    return null;
  }
}
