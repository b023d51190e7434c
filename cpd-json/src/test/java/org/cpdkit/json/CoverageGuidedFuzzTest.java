package org.cpdkit.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The readers under Jazzer, coverage-guided, run by name only (its agent would slow the other
 * tests of the JVM; {@link MutationFuzzTest} replays the same seed corpus in the build). It replays
 * the committed inputs in
 * {@code CoverageGuidedFuzzTestInputs/readers/} (and any finding saved there); to fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl cpd-json -am test -Dtest=CoverageGuidedFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}, optionally with {@code -Djazzer.max_duration=10m}.
 */
class CoverageGuidedFuzzTest {

  @FuzzTest
  void readers(byte[] input) {
    FuzzTarget.run(input);
  }
}
