package org.cpdkit.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import org.cpdkit.json.CpdFormatException.Kind;

/**
 * Turns the parser's exceptions into {@link CpdFormatException}s in the format's own words:
 * Jackson's message text never reaches a user, because it can quote the document.
 */
final class JacksonErrors {
  private JacksonErrors() {}

  static CpdFormatException translate(
      JacksonException e, JsonParser p, String source, CpdJson.Limits limits) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && p != null) {
      at = p.currentLocation();
    }
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    String pointer;
    try {
      pointer = p == null ? "" : p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      pointer = "";
    }
    String m = String.valueOf(e.getOriginalMessage());
    Kind kind = Kind.MALFORMED_JSON;
    String detail;
    if (e instanceof StreamConstraintsException) {
      kind = Kind.LIMIT_EXCEEDED;
      if (m.contains("nesting depth")) {
        detail = "nested deeper than the limit of " + limits.maxNestingDepth + " levels";
      } else if (m.contains("String value length")) {
        detail = "a string longer than the limit of " + limits.maxStringLength + " characters";
      } else if (m.contains("Number value length")) {
        detail = "a number longer than the limit of " + limits.maxNumberLength + " characters";
      } else if (m.contains("Name length")) {
        detail = "a property name longer than the limit of " + limits.maxNameLength + " characters";
      } else if (m.toLowerCase(java.util.Locale.ROOT).contains("document length")) {
        detail = "the document is larger than the limit of " + limits.maxDocumentLength + " bytes";
      } else {
        detail = "the document exceeds a reading limit";
      }
    } else if (e instanceof UnexpectedEndOfInputException || m.contains("Unexpected end-of-input")) {
      detail = "the document ends before it is complete (an object, array or string is not closed)";
    } else if (m.contains("surrogate") && m.contains("in property name")) {
      // The parser fails before the name is part of its path: the place is the object.
      kind = Kind.INVALID_ENCODING;
      detail = "a property name: " + In.LONE_SURROGATE;
      pointer = objectPointer(p, pointer);
    } else if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF-32") || m.contains("surrogate")) {
      kind = Kind.INVALID_ENCODING;
      detail = "invalid UTF-8 byte sequence";
    } else if (m.contains("'NaN'") || m.contains("Infinity")) {
      detail = "NaN and Infinity are not JSON numbers";
    } else if (m.contains("Illegal unquoted character") || m.contains("control character")) {
      detail = "a control character in a string must be escaped (\\n, \\t, \\u0000)";
    } else if (m.contains("Unrecognized character escape")) {
      detail = "invalid escape sequence in a string";
    } else if (m.contains("double-quote to start property name")
        || m.contains("expecting double-quote to start field name")) {
      detail = "expected a property name in double quotes";
    } else if (m.contains("expecting comma") || m.contains("expecting a colon") || m.contains("was expecting a colon")) {
      detail = m.contains("colon") ? "expected a colon after the property name" : "expected a comma or a closing bracket";
    } else if (m.contains("Unexpected close marker")) {
      detail = "a closing bracket that does not match the opening one";
    } else if (m.contains("Leading zeroes") || m.contains("Invalid numeric value") || m.contains("Numeric value")
        || m.contains("Decimal point") || m.contains("Unexpected end-of-inputNumber")) {
      detail = "invalid number";
    } else if (m.contains("Unrecognized token") || m.contains("Unexpected character")) {
      detail =
          "invalid JSON: expected a string in double quotes, a number, true, false, null, an object or an array";
    } else {
      detail = "invalid JSON";
    }
    return new CpdFormatException(kind, source, pointer, line, column, detail);
  }

  /** The pointer of the object being read, without the property read before the failing one. */
  private static String objectPointer(JsonParser p, String fallback) {
    try {
      TokenStreamContext c = p.streamReadContext();
      if (c.inObject()) {
        TokenStreamContext parent = c.getParent();
        return parent == null || parent.inRoot() ? "" : parent.pathAsPointer().toString();
      }
      return fallback;
    } catch (RuntimeException ignored) {
      return fallback;
    }
  }
}
