/**
 * cpdkit's rules: the engine, findings and reports, the regulators' rule packs (found with
 * {@link java.util.ServiceLoader}), session and toolkit rules, team checks and the identifier
 * scanner.
 */
@SuppressWarnings("module") // the qualified export names a module built after this one
module org.cpdkit.rules {
  requires transitive org.cpdkit.core;
  requires org.slf4j;
  requires static org.immutables.value;

  exports org.cpdkit.rules;
  exports org.cpdkit.rules.anonymisation;
  exports org.cpdkit.rules.registration;
  exports org.cpdkit.rules.session;
  exports org.cpdkit.rules.team;
  exports org.cpdkit.rules.toolkit;
  // Not API: facts of a check that cpdkit's own report module shows.
  exports org.cpdkit.rules.internal to org.cpdkit.report;

  uses org.cpdkit.rules.RulePackProvider;
  uses org.cpdkit.rules.anonymisation.Detector;

  provides org.cpdkit.rules.RulePackProvider with org.cpdkit.rules.registration.BuiltInPacks;
}
