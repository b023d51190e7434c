package org.cpdkit.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.entry.Coded;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** One write of one document: the generator and the helpers the codecs use. */
final class Out {
  private static final JsonFactory RAW = JsonFactory.builder().build();

  final JsonGenerator g;

  Out(JsonGenerator g) {
    this.g = g;
  }

  void string(String name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  void bool(String name, boolean value) {
    g.writeName(name);
    g.writeBoolean(value);
  }

  void date(String name, LocalDate value) {
    g.writeName(name);
    g.writeString(value.toString());
  }

  void duration(String name, Duration value) {
    g.writeName(name);
    g.writeString(Durations.format(value));
  }

  void code(String name, Coded value) {
    g.writeName(name);
    g.writeString(Codes.code((Enum<?>) value));
  }

  void strings(String name, List<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  void codes(String name, List<? extends Object> values) {
    g.writeName(name);
    g.writeStartArray();
    for (Object v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  /**
   * Writes the extension properties, re-reading each value so that only well-formed JSON is ever
   * written, whatever a program put in the map.
   */
  void extensions(String type, Map<String, String> extensions) {
    if (extensions.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      g.writeName(e.getKey());
      try (JsonParser p = RAW.createParser(ObjectReadContext.empty(), e.getValue())) {
        if (p.nextToken() == null) {
          throw notJson(type, e.getKey());
        }
        copy(p);
        if (p.nextToken() != null) {
          throw notJson(type, e.getKey());
        }
      } catch (JacksonException ex) {
        throw notJson(type, e.getKey());
      }
    }
  }

  /** Copies the value at the parser's current token, numbers exactly as written. */
  private void copy(JsonParser p) {
    int depth = 0;
    JsonToken t = p.currentToken();
    do {
      switch (t) {
        case START_OBJECT:
          g.writeStartObject();
          depth++;
          break;
        case START_ARRAY:
          g.writeStartArray();
          depth++;
          break;
        case END_OBJECT:
          g.writeEndObject();
          depth--;
          break;
        case END_ARRAY:
          g.writeEndArray();
          depth--;
          break;
        case PROPERTY_NAME:
          g.writeName(p.currentName());
          break;
        case VALUE_STRING:
          g.writeString(p.getString());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          g.writeNumber(p.getString());
          break;
        case VALUE_TRUE:
          g.writeBoolean(true);
          break;
        case VALUE_FALSE:
          g.writeBoolean(false);
          break;
        default:
          g.writeNull();
          break;
      }
      if (depth == 0) {
        return;
      }
      t = p.nextToken();
    } while (true);
  }

  private static IllegalArgumentException notJson(String type, String key) {
    return new IllegalArgumentException(
        type + ".extensions: the value of " + In.safe(key) + " is not one JSON value");
  }
}
