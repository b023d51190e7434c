package org.cpdkit.json;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that teaches an application's own {@code JsonMapper} cpdkit's documents:
 * register it and the mapper reads and writes {@code Portfolio}, {@code CpdEntry}, sessions,
 * toolkits, toolkit runs, standards frameworks, reports and team reports as {@link CpdJson} does,
 * in the same format ({@code $format} first, the same properties, {@code x-} extensions kept
 * exactly), wherever they appear in the application's JSON.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CpdJacksonModule()).build();
 * Portfolio p = mapper.readValue(text, Portfolio.class);
 * String json = mapper.writeValueAsString(p);
 * }</pre>
 *
 * <p>A document that breaks the format fails with the {@link CpdFormatException} the facade
 * would throw for it: the same kind, detail and JSON Pointer (prefixed with where the document
 * sits in the application's JSON). Its line and column are those of the document's first
 * character in the application's input, because the mapper's parser cannot be read again to find
 * the offending value; {@link CpdJson} gives the exact line and column.
 */
public final class CpdJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with {@link CpdJson#standard()}'s reading limits. */
  public CpdJacksonModule() {
    this(CpdJson.standard());
  }

  /** The module reading with this instance's limits. */
  public CpdJacksonModule(CpdJson json) {
    super("cpdkit");
    Objects.requireNonNull(json, "json");
    for (DocumentType<?> type : DocumentType.all()) {
      register(type, json);
    }
  }

  private <T> void register(DocumentType<T> type, CpdJson json) {
    addSerializer(type.javaType(), new DocumentSerializer<>(type));
    addDeserializer(type.javaType(), new DocumentDeserializer<>(type, json));
  }

  private static final class DocumentSerializer<T> extends ValueSerializer<T> {
    private final DocumentType<T> type;

    DocumentSerializer(DocumentType<T> type) {
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      CpdJson.writeDocumentObject(type, value, g);
    }

    @Override
    public Class<?> handledType() {
      return type.javaType();
    }
  }

  private static final class DocumentDeserializer<T> extends ValueDeserializer<T> {
    private final DocumentType<T> type;
    private final CpdJson json;

    DocumentDeserializer(DocumentType<T> type, CpdJson json) {
      this.type = type;
      this.json = json;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      TokenStreamLocation start = p.currentTokenLocation();
      String at = p.streamReadContext().pathAsPointer().toString();
      byte[] document = copy(p);
      try {
        return json.parse(type, json.bytes(null, document, document.length));
      } catch (CpdFormatException e) {
        throw new CpdFormatException(
            e.kind(), null, at + e.pointer(), start.getLineNr(), start.getColumnNr(), e.detail());
      }
    }

    @Override
    public Class<?> handledType() {
      return type.javaType();
    }

    /** The value at the parser's current token as compact JSON, numbers exactly as written. */
    private static byte[] copy(JsonParser p) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
      try (JsonGenerator g = CpdJson.LOCATING.createGenerator(ObjectWriteContext.empty(), out)) {
        int depth = 0;
        JsonToken t = p.currentToken();
        do {
          switch (t) {
            case START_OBJECT -> {
              g.writeStartObject();
              depth++;
            }
            case END_OBJECT -> {
              g.writeEndObject();
              depth--;
            }
            case START_ARRAY -> {
              g.writeStartArray();
              depth++;
            }
            case END_ARRAY -> {
              g.writeEndArray();
              depth--;
            }
            case PROPERTY_NAME -> g.writeName(p.currentName());
            case VALUE_STRING -> g.writeString(p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getString());
            case VALUE_TRUE -> g.writeBoolean(true);
            case VALUE_FALSE -> g.writeBoolean(false);
            case VALUE_NULL -> g.writeNull();
            default -> g.writeNull();
          }
          if (depth == 0) {
            break;
          }
          t = p.nextToken();
        } while (t != null);
      }
      return out.toByteArray();
    }
  }
}
