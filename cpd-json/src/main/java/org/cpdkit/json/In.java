package org.cpdkit.json;

import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.Limits;
import org.cpdkit.core.entry.Coded;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.json.CpdFormatException.Kind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * One read of one document: the parser, where the input came from (so a location can be found
 * again after the fact), and the helpers the codecs use to read values and to fail with a
 * located {@link CpdFormatException}.
 */
final class In {
  private static final JsonFactory COPY_FACTORY = JsonFactory.builder().build();

  final JsonParser p;
  final Source source;
  private final DocumentType<?> expected;
  private boolean formatSeen;

  In(JsonParser p, Source source, DocumentType<?> expected) {
    this.p = p;
    this.source = source;
    this.expected = expected;
  }

  // ---- structure -------------------------------------------------------------------------

  /** Expects the current token to start an object. */
  void startObject(String what) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object (" + what + ")");
    }
  }

  /** Starts reading the object at the current token. */
  Obj object(Props props, boolean extensible) {
    startObject(props.type);
    return new Obj(props, extensible);
  }

  /** The reading state of one object: which properties were seen, and its extensions. */
  static final class Obj {
    final Props props;
    final boolean extensible;
    long seen;
    Map<String, String> ext;

    Obj(Props props, boolean extensible) {
      this.props = props;
      this.extensible = extensible;
    }

    Map<String, String> extensions() {
      return ext == null ? Map.of() : ext;
    }
  }

  /**
   * Moves to the next known property of the object and to its value, returning its name; at the
   * end of the object checks required properties and returns null. {@code x-} extensions are
   * collected, the document's {@code $format} is checked at the root, and anything else unknown
   * or repeated fails.
   */
  String next(Obj o) {
    while (true) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_OBJECT) {
        requireAll(o.props, o.seen);
        return null;
      }
      String name = p.currentName();
      int i = o.props.indexOf(name);
      if (i >= 0) {
        long bit = 1L << i;
        if ((o.seen & bit) != 0) {
          throw duplicate(name);
        }
        o.seen |= bit;
        p.nextToken();
        return name;
      }
      if (name.startsWith("x-")) {
        if (!o.extensible) {
          throw error(
              Kind.UNKNOWN_PROPERTY,
              o.props.type + " does not carry x- extensions; put them on the enclosing object");
        }
        readExtension(name, o);
      } else if (name.equals("$format") && p.streamReadContext().getParent().inRoot()) {
        readFormat();
      } else {
        throw unknownProperty(name, o.props);
      }
    }
  }

  private void readExtension(String name, Obj o) {
    if (!isExtensionKey(name)) {
      throw error(
          Kind.INVALID_VALUE,
          "extension property names must be x- followed by letters, digits, . _ or - (at most 100)");
    }
    if (o.ext == null) {
      o.ext = new LinkedHashMap<>();
    } else if (o.ext.containsKey(name)) {
      throw duplicate(name);
    }
    p.nextToken();
    o.ext.put(name, copyValue());
  }

  /**
   * Whether the name matches {@link Limits#EXTENSION_KEY_REGEX}, {@code x-[A-Za-z0-9._-]{1,100}},
   * written out: {@code String.matches} compiled the pattern again for every extension read.
   */
  static boolean isExtensionKey(String name) {
    int n = name.length();
    if (n < 3 || n > 102 || name.charAt(0) != 'x' || name.charAt(1) != '-') {
      return false;
    }
    for (int i = 2; i < n; i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private void readFormat() {
    if (formatSeen) {
      throw duplicate("$format");
    }
    formatSeen = true;
    p.nextToken();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string such as \"" + expected.format() + "\"");
    }
    String f = p.getString();
    if (expected.reads(f)) {
      return;
    }
    int slash = f.lastIndexOf('/');
    String name = slash < 0 ? f : f.substring(0, slash);
    if (!name.equals(expected.name())) {
      if (DocumentType.byName(name).isPresent()) {
        throw error(
            Kind.UNSUPPORTED_FORMAT,
            "expected a " + expected.name() + " document, found " + safe(f));
      }
      throw error(
          Kind.UNKNOWN_FORMAT,
          "not a cpdkit document format; expected \"" + expected.format() + "\"");
    }
    throw error(
        Kind.UNSUPPORTED_FORMAT,
        "unsupported version of " + expected.name() + "; this reader reads up to \"" + expected.format() + "\"");
  }

  /** Fails unless the root object carried {@code $format}. */
  void requireFormat() {
    if (!formatSeen) {
      TokenStreamLocation at = locate("");
      throw new CpdFormatException(
          Kind.MISSING_PROPERTY,
          source.name(),
          "/$format",
          at.getLineNr(),
          at.getColumnNr(),
          "missing required property \"$format\" (\"" + expected.format() + "\")");
    }
  }

  /**
   * Fails when a required property is missing from the object just read; call after its
   * END_OBJECT token.
   */
  void requireAll(Props props, long seen) {
    String missing = props.firstMissing(seen);
    if (missing != null) {
      String object = pointerHere();
      TokenStreamLocation at = locate(object);
      throw new CpdFormatException(
          Kind.MISSING_PROPERTY,
          source.name(),
          object + "/" + missing,
          at.getLineNr(),
          at.getColumnNr(),
          "missing required property \"" + missing + "\"");
    }
  }

  /**
   * Builds the value of the object just read (after its END_OBJECT token), turning a broken
   * domain invariant into an error located at the offending property.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      String object = pointerHere();
      String pointer = e.field().equals("extensions") ? object : object + "/" + e.field();
      TokenStreamLocation at = locate(pointer);
      if (at == null) {
        pointer = object;
        at = locate(object);
      }
      throw new CpdFormatException(
          Kind.INVALID_VALUE, source.name(), pointer, at.getLineNr(), at.getColumnNr(), e.field() + " " + e.rule());
    }
  }

  /** Iterates the array at the current token: returns false at its end. */
  boolean nextElement() {
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  void startArray(String what) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array of " + what);
    }
  }

  // ---- values ----------------------------------------------------------------------------

  String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return text();
  }

  /**
   * The text of the string at the current token. An escaped lone surrogate ({@code "\\uD800"}
   * without its pair) is no character, so no such string is accepted; the parser already refuses
   * one in a property name, in the same words (see {@link JacksonErrors}).
   */
  private String text() {
    String s = p.getString();
    if (!source.mayHoldLoneSurrogate()) {
      return s;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          throw error(Kind.INVALID_ENCODING, LONE_SURROGATE);
        }
      }
    }
    return s;
  }

  /** The words for an escaped lone surrogate, in a value or a property name. */
  static final String LONE_SURROGATE =
      "an escaped lone surrogate (\\uD800 to \\uDFFF without its pair) is not a Unicode character";

  /** The text of the number at the current token, within the number-length limit counting every character. */
  private String numberText() {
    String s = p.getString();
    int max = p.streamReadConstraints().getMaxNumberLength();
    if (s.length() > max) {
      throw error(Kind.LIMIT_EXCEEDED, "a number longer than the limit of " + max + " characters");
    }
    return s;
  }

  boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  LocalDate date() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a date string such as \"2026-03-12\"");
    }
    String s = text();
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !digits(s, 0, 4) || !digits(s, 5, 7) || !digits(s, 8, 10)) {
      throw error(Kind.INVALID_VALUE, "expected a date as YYYY-MM-DD, such as \"2026-03-12\"");
    }
    try {
      return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
    } catch (DateTimeException e) {
      throw error(Kind.INVALID_VALUE, "no such date in the calendar (" + s + ")");
    }
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  Duration duration() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("an ISO 8601 duration string such as \"PT1H30M\"");
    }
    String s = text();
    Duration d = Durations.parse(s);
    if (d == null) {
      throw error(
          Kind.INVALID_VALUE,
          "expected an ISO 8601 duration of days, hours, minutes and seconds such as \"PT1H30M\" or \"P1DT2H\"");
    }
    return d;
  }

  /** An integer from {@code min} to {@code max}, written without fraction or exponent. */
  long integer(long min, long max) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
    }
    String s = numberText();
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw error(Kind.INVALID_VALUE, "the integer is out of range (" + min + " to " + max + ")");
    }
    if (v < min || v > max) {
      throw error(Kind.INVALID_VALUE, "the integer is out of range (" + min + " to " + max + ")");
    }
    return v;
  }

  <E extends Enum<E> & Coded> E code(Class<E> type) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string code");
    }
    String s = text();
    E found = Codes.byCode(type, s);
    if (found != null) {
      return found;
    }
    String[] codes = Codes.codes(type);
    String suggestion = Suggest.closest(s.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-'), codes);
    throw error(
        Kind.INVALID_VALUE,
        "unknown code; expected one of " + String.join(", ", codes)
            + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?"));
  }

  StandardCode standardCode() {
    String s = string();
    try {
      return StandardCode.of(s);
    } catch (InvalidValueException e) {
      throw error(Kind.INVALID_VALUE, "expected a standard code such as \"4.5\" (letters and digits separated by . or -)");
    }
  }

  URI uri() {
    String s = string();
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw error(Kind.INVALID_VALUE, "expected a URI reference (RFC 3986)");
    }
  }

  /** Runs a construction that may break a domain rule at the current token. */
  <T> T here(Supplier<T> construction) {
    try {
      return construction.get();
    } catch (InvalidValueException e) {
      throw error(Kind.INVALID_VALUE, e.field() + " " + e.rule());
    }
  }

  /**
   * Copies the value at the current token as compact JSON text, numbers exactly as written, and
   * rejects duplicate keys inside it.
   */
  String copyValue() {
    JsonToken t = p.currentToken();
    if (t.isScalarValue()) {
      switch (t) {
        case VALUE_STRING:
          return quote(text());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return numberText();
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        default:
          return "null";
      }
    }
    if (p.streamReadConstraints().getMaxNestingDepth() < COPY_FACTORY.streamWriteConstraints().getMaxNestingDepth()) {
      return copyStructure(t);
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = COPY_FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
      java.util.ArrayDeque<java.util.Set<String>> keys = new java.util.ArrayDeque<>();
      int depth = 0;
      do {
        switch (t) {
          case START_OBJECT:
            g.writeStartObject();
            keys.push(new java.util.HashSet<>());
            depth++;
            break;
          case START_ARRAY:
            g.writeStartArray();
            keys.push(java.util.Set.of());
            depth++;
            break;
          case END_OBJECT:
            g.writeEndObject();
            keys.pop();
            depth--;
            break;
          case END_ARRAY:
            g.writeEndArray();
            keys.pop();
            depth--;
            break;
          case PROPERTY_NAME:
            if (!keys.peek().add(p.currentName())) {
              throw duplicate(p.currentName());
            }
            g.writeName(p.currentName());
            break;
          case VALUE_STRING:
            g.writeString(text());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            g.writeNumber(numberText());
            break;
          case VALUE_TRUE:
            g.writeBoolean(true);
            break;
          case VALUE_FALSE:
            g.writeBoolean(false);
            break;
          case VALUE_NULL:
            g.writeNull();
            break;
          default:
            throw wrongType("a JSON value");
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
      } while (true);
    }
    return w.toString();
  }

  /**
   * {@link #copyValue} of an object or array, written out as the generator writes it (compact,
   * strings and names escaped by {@link #quote}) without making a generator for each value. Only
   * used while the parser's nesting limit is below the generator's, so that no value read can be
   * one the generator would refuse.
   */
  private String copyStructure(JsonToken t) {
    StringBuilder b = new StringBuilder(32);
    java.util.ArrayDeque<java.util.Set<String>> keys = new java.util.ArrayDeque<>();
    // for the container at each depth: whether it is an array, and whether it has had a member
    java.util.BitSet array = new java.util.BitSet();
    java.util.BitSet filled = new java.util.BitSet();
    int depth = 0;
    do {
      if (depth > 0 && array.get(depth) && t != JsonToken.END_ARRAY) {
        // a value in an array: a comma after the first
        if (filled.get(depth)) {
          b.append(',');
        }
        filled.set(depth);
      }
      switch (t) {
        case START_OBJECT:
          b.append('{');
          keys.push(new java.util.HashSet<>());
          depth++;
          array.clear(depth);
          filled.clear(depth);
          break;
        case START_ARRAY:
          b.append('[');
          keys.push(java.util.Set.of());
          depth++;
          array.set(depth);
          filled.clear(depth);
          break;
        case END_OBJECT:
          b.append('}');
          keys.pop();
          depth--;
          break;
        case END_ARRAY:
          b.append(']');
          keys.pop();
          depth--;
          break;
        case PROPERTY_NAME:
          if (!keys.peek().add(p.currentName())) {
            throw duplicate(p.currentName());
          }
          if (filled.get(depth)) {
            b.append(',');
          }
          filled.set(depth);
          b.append(quote(p.currentName())).append(':');
          break;
        case VALUE_STRING:
          b.append(quote(text()));
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          b.append(numberText());
          break;
        case VALUE_TRUE:
          b.append("true");
          break;
        case VALUE_FALSE:
          b.append("false");
          break;
        case VALUE_NULL:
          b.append("null");
          break;
        default:
          throw wrongType("a JSON value");
      }
      if (depth == 0) {
        break;
      }
      t = p.nextToken();
    } while (true);
    return b.toString();
  }

  private static String quote(String s) {
    if (isPlain(s)) {
      // what the generator writes for printable ASCII that needs no escape, without making one
      return '"' + s + '"';
    }
    StringWriter w = new StringWriter(s.length() + 2);
    try (JsonGenerator g = COPY_FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
      g.writeString(s);
    }
    return w.toString();
  }

  /** Printable ASCII other than the quote, the backslash and the slash, which a generator may escape. */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '/') {
        return false;
      }
    }
    return true;
  }

  // ---- errors ----------------------------------------------------------------------------

  String pointerHere() {
    return p.streamReadContext().pathAsPointer().toString();
  }

  CpdFormatException error(Kind kind, String detail) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new CpdFormatException(
        kind, source.name(), pointerHere(), at.getLineNr(), at.getColumnNr(), detail);
  }

  CpdFormatException wrongType(String expected) {
    return error(Kind.WRONG_TYPE, "expected " + expected + ", found " + describe(p.currentToken()));
  }

  private CpdFormatException duplicate(String name) {
    return error(Kind.DUPLICATE_PROPERTY, "property \"" + safe(name) + "\" given twice");
  }

  private CpdFormatException unknownProperty(String name, Props props) {
    String suggestion = Suggest.closest(name, props.names);
    return error(
        Kind.UNKNOWN_PROPERTY,
        "unknown property \"" + safe(name) + "\" in " + props.type
            + (suggestion == null
                ? " (extensions must start with x-)"
                : "; did you mean \"" + suggestion + "\"?"));
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "something else";
    }
  }

  /** A property name as it may appear in a message: short, and printable ASCII only. */
  static String safe(String name) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < name.length() && i < 40; i++) {
      char c = name.charAt(i);
      b.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '?');
    }
    return name.length() > 40 ? b.append("…").toString() : b.toString();
  }

  /** Where the value at {@code pointer} starts, found by reading the input again; null if absent. */
  TokenStreamLocation locate(String pointer) {
    return source.locate(pointer);
  }
}
