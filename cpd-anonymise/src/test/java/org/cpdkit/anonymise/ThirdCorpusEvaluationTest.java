package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpdkit.anonymise.LabelledCorpus.Doc;
import org.cpdkit.anonymise.LabelledCorpus.Tally;
import org.junit.jupiter.api.Test;

/**
 * Measures the scanner on the third labelled corpus in {@code
 * src/test/resources/anonymisation-corpus-3}, written apart from the scanner by eight writers in
 * eight families of genres (case recording, official decisions, informal and online text,
 * academic and professional writing, health and multi-agency records, news, CPD and reflective
 * writing, legal and adult social care), with place, organisation, idiom, citation and other
 * look-alikes marked. Odd-numbered files are the development split, even-numbered files are held
 * out and are never looked at while the scanner is improved. Prints per-kind recall, names found
 * in full, name precision, documents with a miss and look-alikes flagged as a person for each
 * split and for folders {@code g/} and {@code h/}, which were first measured after the scanner's
 * last change of the round that added them; asserts floors below the figures measured. Run with
 * {@code -Dcorpus.details=true} to list the misses and false flags of the development split.
 */
class ThirdCorpusEvaluationTest {

  @Test
  void scannerMeetsItsFloorsOnTheThirdCorpus() throws Exception {
    List<Doc> docs = LabelledCorpus.load("/anonymisation-corpus-3", p -> true);
    assertThat(docs).as("corpus documents").hasSizeGreaterThan(20);
    IdentifierScanner scanner = IdentifierScanner.standard();
    Tally dev = LabelledCorpus.evaluate(
        docs.stream().filter(Doc::development).toList(), scanner, Boolean.getBoolean("corpus.details"));
    Tally held = LabelledCorpus.evaluate(docs.stream().filter(d -> !d.development()).toList(), scanner, false);
    Tally late = LabelledCorpus.evaluate(
        docs.stream().filter(d -> d.name().startsWith("g/") || d.name().startsWith("h/")).toList(),
        scanner,
        false);
    Tally earlyHeld = LabelledCorpus.evaluate(
        docs.stream()
            .filter(d -> !d.development() && !d.name().startsWith("g/") && !d.name().startsWith("h/"))
            .toList(),
        scanner,
        false);
    Tally all = LabelledCorpus.evaluate(docs, scanner, false);
    System.out.println(LabelledCorpus.table("Third corpus, development split (odd-numbered files)", dev));
    System.out.println(LabelledCorpus.table("Third corpus, held-out split (even-numbered files)", held));
    System.out.println(LabelledCorpus.table("Third corpus, folders a to f, held-out split", earlyHeld));
    System.out.println(LabelledCorpus.table("Third corpus, folders g and h (both splits)", late));
    System.out.println(LabelledCorpus.table("Third corpus, all files", all));

    // floors a little below the figures measured (see docs/anonymisation.md)
    LabelledCorpus.assertFloors(
        all, FLOOR_NAME_RECALL, FLOOR_NAME_PRECISION, FLOOR_STRUCTURED_RECALL, CEILING_LOOK_ALIKES);
  }

  static final double FLOOR_NAME_RECALL = 0.90;
  static final double FLOOR_NAME_PRECISION = 0.94;
  static final double FLOOR_STRUCTURED_RECALL = 0.97;
  static final int CEILING_LOOK_ALIKES = 75;
}
