/**
 * The cpdkit JSON format: documents read and written with {@link org.cpdkit.json.CpdJson}, their
 * JSON Schema files, and format errors that say what and where.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module org.cpdkit.json {
  requires transitive org.cpdkit.core;
  requires transitive org.cpdkit.rules;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports org.cpdkit.json;
  // Not API: text made safe to print, for cpdkit's own command line.
  exports org.cpdkit.json.internal to org.cpdkit.cli;
}
