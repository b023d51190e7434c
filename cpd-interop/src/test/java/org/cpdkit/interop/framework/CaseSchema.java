package org.cpdkit.interop.framework;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The independent check of exported packages: the CASE 1.1 CFPackage JSON Schema as 1EdTech
 * publishes it ({@code case-v1p1-cfpackage.json}, vendored with its licence next to it), run by
 * networknt json-schema-validator with format assertions on.
 */
final class CaseSchema {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final String RESOURCE = "case-v1p1-cfpackage.json";
  private static final Schema SCHEMA = load();

  private CaseSchema() {}

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
    try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> validate(String json) {
    return validate(MAPPER.readTree(json));
  }

  static List<Error> validate(JsonNode json) {
    return SCHEMA.validate(json, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }
}
