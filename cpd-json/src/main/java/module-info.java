/**
 * The cpdkit JSON format: documents read and written with {@link org.cpdkit.json.CpdJson}, their
 * JSON Schema files, and format errors that say what and where.
 */
module org.cpdkit.json {
  requires transitive org.cpdkit.core;
  requires transitive org.cpdkit.rules;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports org.cpdkit.json;
}
