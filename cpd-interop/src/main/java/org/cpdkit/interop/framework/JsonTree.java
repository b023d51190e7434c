package org.cpdkit.interop.framework;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * A small JSON tree on Jackson's streaming core: objects become ordered maps, arrays lists,
 * numbers {@link BigInteger} or {@link BigDecimal}; duplicate names are errors. Used only to read
 * CASE packages, which are small documents.
 */
final class JsonTree {
  /** Longest package read, in bytes. */
  static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNestingDepth(64)
                  .maxStringLength(1_000_000)
                  .maxNumberLength(100)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private JsonTree() {}

  static Object parse(InputStream in) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new CaseFormatException("", "is empty; a CASE package is a JSON object");
      }
      Object value = value(p, t);
      if (p.nextToken() != null) {
        throw new CaseFormatException("", "has more after the end of the JSON object" + at(p.currentLocation()));
      }
      return value;
    } catch (StreamConstraintsException e) {
      throw new CaseFormatException("", "is beyond the reading limits (size, depth or string length)");
    } catch (JacksonException e) {
      throw new CaseFormatException("", "is not valid JSON" + at(e.getLocation()));
    }
  }

  private static String at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static Object value(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken()));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          list.add(value(p, n));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getString();
      case VALUE_NUMBER_INT:
        return p.getBigIntegerValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return Null.NULL;
      default:
        throw new CaseFormatException("", "has an unexpected token " + t + at(p.currentLocation()));
    }
  }

  /** JSON {@code null}, kept apart from a missing property. */
  enum Null {
    NULL
  }
}
