/**
 * Exchange formats other systems speak: standards frameworks as 1EdTech CASE 1.1 packages, and
 * CPD records as xAPI statements.
 */
module org.cpdkit.interop {
  requires transitive org.cpdkit.core;
  requires transitive org.cpdkit.rules;
  requires tools.jackson.core;

  exports org.cpdkit.interop.framework;
  exports org.cpdkit.interop.xapi;
}
