/**
 * Seeded generators of cpdkit domain values and of texts with planted identifiers, and a JUnit
 * Jupiter helper that checks a property over many of them. JUnit is the user's own: it is needed
 * only by {@code org.cpdkit.testing.junit}.
 */
module org.cpdkit.testing {
  requires transitive org.cpdkit.core;
  requires transitive org.cpdkit.rules;
  requires static org.junit.jupiter.api;

  exports org.cpdkit.testing;
  exports org.cpdkit.testing.junit;
  exports org.cpdkit.testing.text;
}
