package org.cpdkit.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The independent validator: networknt json-schema-validator, 2020-12, format assertions on. */
final class SchemaSupport {
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentType<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaSupport() {}

  static Schema schema(DocumentType<?> type) {
    return SCHEMAS.computeIfAbsent(
        type,
        t -> {
          try (InputStream in = t.openSchema()) {
            return REGISTRY.getSchema(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static final Schema CHECK = checkSchema();

  private static Schema checkSchema() {
    try (InputStream in = CheckResultsWriter.openSchema()) {
      return in == null ? null : REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates a {@code cpdkit.check/1} document. */
  static List<Error> validateCheck(String json) {
    return CHECK.validate(MAPPER.readTree(json), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  static List<Error> validate(DocumentType<?> type, String json) {
    return validate(type, MAPPER.readTree(json));
  }

  static List<Error> validate(DocumentType<?> type, JsonNode json) {
    return schema(type)
        .validate(json, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }
}
