package org.cpdkit.json;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The readers under Jazzer, coverage-guided. In the build this replays the committed inputs in
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
