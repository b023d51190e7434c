package org.cpdkit.anonymise;

import java.util.List;
import org.cpdkit.anonymise.LabelledCorpus.Tally;
import org.junit.jupiter.api.Test;

/**
 * Measures the scanner on the tenth labelled corpus in {@code
 * src/test/resources/anonymisation-corpus-10}, written apart from the scanner by four writers in
 * four families of genres (official reviews, inspections, minutes and reports; spoken text written
 * down: transcripts, programmes and captions; case-work records; writing from Ireland, Australia,
 * New Zealand, Canada and South Africa, newsletters, an academic article and notices), with place,
 * organisation, idiom, citation and other look-alikes marked. Odd-numbered files are the
 * development split, even-numbered files are held out and are never looked at while the scanner
 * is improved. Prints per-kind recall, names found in full, name precision, documents with a miss
 * and look-alikes flagged as a person for each split and for each folder; asserts floors below
 * the figures measured. Run with {@code -Dcorpus.details=true} to list the misses and false flags
 * of the development split.
 */
class TenthCorpusEvaluationTest {

  @Test
  void scannerMeetsItsFloorsOnTheTenthCorpus() throws Exception {
    Tally all = LabelledCorpus.measureByFolder(
        "Tenth corpus", "/anonymisation-corpus-10", 40, List.of("a", "b", "c", "d"));
    // floors a little below the figures measured (see docs/anonymisation.md)
    LabelledCorpus.assertFloors(
        all, FLOOR_NAME_RECALL, FLOOR_NAME_PRECISION, FLOOR_STRUCTURED_RECALL, CEILING_LOOK_ALIKES);
  }

  static final double FLOOR_NAME_RECALL = 0.91;
  static final double FLOOR_NAME_PRECISION = 0.91;
  static final double FLOOR_STRUCTURED_RECALL = 0.92;
  static final int CEILING_LOOK_ALIKES = 150;
}
