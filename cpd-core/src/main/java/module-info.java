/**
 * cpdkit's domain model: immutable CPD entries, portfolios, peer-reflection sessions, toolkits
 * and standards frameworks, with the built-in frameworks and prompt library. No runtime
 * dependencies; Immutables is needed only to compile it.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module org.cpdkit.core {
  requires static org.immutables.value;

  exports org.cpdkit.core;
  exports org.cpdkit.core.entry;
  exports org.cpdkit.core.portfolio;
  exports org.cpdkit.core.session;
  exports org.cpdkit.core.standard;
  exports org.cpdkit.core.toolkit;
  // Not API: the value types' shared style and checks, for cpdkit's own modules.
  exports org.cpdkit.core.internal to org.cpdkit.rules;
}
