package org.cpdkit.interop.xapi;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The xAPI statement requirements the tests hold every exported statement to: the JSON Schema
 * written from the specification ({@code xapi-statement.schema.json}, run by networknt with format
 * assertions on), plus the rules a schema states poorly: UUIDs of the RFC 4122 variant, absolute
 * IRIs, timestamps with a zone and milliseconds, durations to 0.01 s, no nulls or empty objects,
 * no 2.0 properties in a 1.0.3 statement, and no personal identifiers in actors (accounts only).
 */
final class StatementRules {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA = load();
  private static final Pattern DURATION =
      Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)?");

  private StatementRules() {}

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = StatementRules.class.getResourceAsStream("xapi-statement.schema.json")) {
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of an exported array. */
  static List<JsonNode> statements(String json) {
    JsonNode array = MAPPER.readTree(json);
    if (!array.isArray()) {
      throw new AssertionError("the export is not a JSON array");
    }
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /** Every problem with one statement; empty when it meets the requirements. */
  static List<String> problems(JsonNode statement, XapiVersion version) {
    List<String> problems = new ArrayList<>();
    for (Error e : SCHEMA.validate(statement, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))) {
      problems.add("schema: " + e);
    }
    walk(statement, "", problems);
    uuid(statement.path("id"), "/id", problems);
    uuid(statement.path("context").path("registration"), "/context/registration", problems);
    uuid(statement.path("context").path("statement").path("id"), "/context/statement/id", problems);
    JsonNode ts = statement.path("timestamp");
    if (ts.isString()) {
      try {
        OffsetDateTime.parse(ts.asString());
      } catch (RuntimeException e) {
        problems.add("/timestamp: not an RFC 3339 date-time");
      }
    } else {
      problems.add("/timestamp: missing (cpdkit always sets it)");
    }
    JsonNode d = statement.path("result").path("duration");
    if (!d.isMissingNode()) {
      if (!DURATION.matcher(d.asString()).matches()) {
        problems.add("/result/duration: not an ISO 8601 duration to 0.01 s");
      } else {
        Duration.parse(d.asString());
      }
    }
    if (version == XapiVersion.V1_0_3
        && (statement.path("context").has("contextAgents") || statement.path("context").has("contextGroups"))) {
      problems.add("/context: contextAgents and contextGroups are 2.0 only");
    }
    return problems;
  }

  private static void walk(JsonNode node, String at, List<String> problems) {
    if (node.isNull()) {
      problems.add(at + ": null");
    } else if (node.isObject()) {
      if (node.isEmpty()) {
        problems.add(at + ": empty object");
      }
      boolean agent = node.has("account") || "Agent".equals(node.path("objectType").asString(""));
      if (agent && (node.has("mbox") || node.has("mbox_sha1sum") || node.has("openid") || node.has("name"))) {
        problems.add(at + ": an agent carries a name, e-mail or openid; only opaque accounts are allowed");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = at + "/" + e.getKey();
        if (at.endsWith("/extensions")) {
          absoluteIri(e.getKey(), child, problems);
          continue; // extension values are the profile's own JSON
        }
        boolean iri = e.getKey().equals("type") || e.getKey().equals("homePage")
            || (e.getKey().equals("id") && !isUuidPlace(at));
        if (iri && e.getValue().isString()) {
          absoluteIri(e.getValue().asString(), child, problems);
        }
        walk(e.getValue(), child, problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, problems);
      }
    }
  }

  private static boolean isUuidPlace(String at) {
    return at.isEmpty() || at.endsWith("/statement");
  }

  private static void absoluteIri(String value, String at, List<String> problems) {
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute()) {
        problems.add(at + ": not an absolute IRI");
      }
    } catch (Exception e) {
      problems.add(at + ": not an IRI");
    }
  }

  private static void uuid(JsonNode node, String at, List<String> problems) {
    if (node.isMissingNode()) {
      return;
    }
    try {
      UUID u = UUID.fromString(node.asString());
      if (u.variant() != 2 || !u.toString().equals(node.asString())) {
        problems.add(at + ": not a lower-case RFC 4122 UUID");
      }
    } catch (IllegalArgumentException e) {
      problems.add(at + ": not a UUID");
    }
  }
}
