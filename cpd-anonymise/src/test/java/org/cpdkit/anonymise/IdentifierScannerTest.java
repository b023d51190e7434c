package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifierScannerTest {
  private static final String TEXT =
      "Tyler said his mum's number is 07700 900123 and the Mosaic number 884213.";

  @Test
  void withoutNamesTheDatesOfBirthAfterNamesAreStillFound() {
    java.util.EnumSet<IdentifierKind> noNames = java.util.EnumSet.allOf(IdentifierKind.class);
    noNames.remove(IdentifierKind.PERSON_NAME);
    IdentifierScanner scanner = IdentifierScanner.builder().kinds(noNames).build();
    assertThat(scanner.scan("Amira Hassan, 14/02/2015, moved in April."))
        .extracting(IdentifierFinding::kind)
        .containsExactly(IdentifierKind.DATE_OF_BIRTH);
    assertThat(scanner.scan("The review of 14/02/2015 was moved.")).isEmpty();
  }

  @Test
  void aTextScannedWithoutNamesGivesWhatTheFullNamePassGives() throws Exception {
    // a scan without names skips the name pass when no date waits for a name before it; a part of
    // a longer text (as the redactor scans) never does: both must give the same findings
    java.util.EnumSet<IdentifierKind> noNames = java.util.EnumSet.allOf(IdentifierKind.class);
    noNames.remove(IdentifierKind.PERSON_NAME);
    IdentifierScanner scanner = IdentifierScanner.builder().kinds(noNames).build();
    int texts = 0;
    int dates = 0;
    for (String corpus :
        List.of(
            "/anonymisation-corpus",
            "/anonymisation-corpus-2",
            "/anonymisation-corpus-3",
            "/anonymisation-corpus-4",
            "/anonymisation-corpus-5")) {
      for (LabelledCorpus.Doc d : LabelledCorpus.load(corpus, p -> true)) {
        List<IdentifierFinding> fast = scanner.scan(d.text());
        List<IdentifierFinding> full = scanner.scan(d.text(), new DocumentEvidence());
        assertThat(fast).as(d.name()).isEqualTo(full);
        texts++;
        dates += (int) fast.stream().filter(f -> f.kind() == IdentifierKind.DATE_OF_BIRTH).count();
      }
    }
    assertThat(texts).isGreaterThan(400);
    assertThat(dates).isGreaterThan(100);
  }

  @Test
  void aLongTextIsScannedLikeItsParagraphs() {
    String paragraph =
        "I met Mrs Kowalski at the door; her mobile is 07700 900123 and her email is"
            + " kasia.nowak@example.org. Tyler (7) said the flat at 12 Elm Road, M1 1AE was cold."
            + " The meeting lasted 1.5 hours.\n\n";
    List<IdentifierFinding> one = IdentifierScanner.standard().scan(paragraph);
    int copies = 4000; // about 660,000 characters: scanned in several windows
    String text = paragraph.repeat(copies);
    List<IdentifierFinding> all = IdentifierScanner.standard().scan(text);
    assertThat(one).hasSize(6);
    assertThat(all).hasSize(one.size() * copies);
    for (int i = 0; i < all.size(); i++) {
      IdentifierFinding f = all.get(i);
      IdentifierFinding g = one.get(i % one.size());
      int shift = (i / one.size()) * paragraph.length();
      assertThat(f.kind()).isEqualTo(g.kind());
      assertThat(f.start()).isEqualTo(g.start() + shift);
      assertThat(f.end()).isEqualTo(g.end() + shift);
    }
  }

  @Test
  void kindNamesAreTheContract() {
    assertThat(IdentifierKind.values())
        .extracting(Enum::name)
        .containsExactly(
            "PERSON_NAME",
            "EMAIL",
            "PHONE",
            "POSTCODE",
            "STREET_ADDRESS",
            "DATE_OF_BIRTH",
            "NHS_NUMBER",
            "NI_NUMBER",
            "CASE_REFERENCE",
            "URL",
            "SOCIAL_HANDLE");
  }

  @Test
  void findingsCarrySpansTextConfidenceAndReason() {
    List<IdentifierFinding> found = IdentifierScanner.standard().scan(TEXT);
    assertThat(found)
        .extracting(IdentifierFinding::kind)
        .containsExactly(
            IdentifierKind.PERSON_NAME, IdentifierKind.PHONE, IdentifierKind.CASE_REFERENCE);
    for (IdentifierFinding f : found) {
      assertThat(TEXT.substring(f.start(), f.end())).isEqualTo(f.text());
      assertThat(f.confidence()).isBetween(0.5, 1.0);
      assertThat(f.reason()).isNotBlank();
    }
  }

  @Test
  void toStringMasksTheText() {
    IdentifierFinding f = IdentifierScanner.standard().scan(TEXT).get(0);
    assertThat(f.toString()).doesNotContain("Tyler").contains("PERSON_NAME");
  }

  @Test
  void enabledKindsAndMinimumConfidenceFilter() {
    IdentifierScanner phones =
        IdentifierScanner.builder().kinds(Set.of(IdentifierKind.PHONE)).build();
    assertThat(phones.scan(TEXT))
        .extracting(IdentifierFinding::kind)
        .containsExactly(IdentifierKind.PHONE);
    IdentifierScanner low = IdentifierScanner.builder().minimumConfidence(0.0).build();
    assertThat(low.scan("See https://www.gov.uk/guidance today."))
        .filteredOn(f -> f.kind() == IdentifierKind.URL)
        .extracting(IdentifierFinding::reason)
        .containsExactly("url+public-body");
    assertThat(IdentifierScanner.standard().scan("See https://www.gov.uk/guidance today."))
        .isEmpty();
  }

  @Test
  void userDetectorIsMerged() {
    Pattern local = Pattern.compile("\\bKC-\\d{6}\\b");
    Detector kent =
        text -> {
          List<IdentifierFinding> out = new ArrayList<>();
          Matcher m = local.matcher(text);
          while (m.find()) {
            out.add(
                new IdentifierFinding(
                    IdentifierKind.CASE_REFERENCE,
                    m.start(),
                    m.end(),
                    m.group(),
                    0.9,
                    "local-format"));
          }
          return out;
        };
    IdentifierScanner scanner = IdentifierScanner.builder().detector(kent).build();
    assertThat(scanner.scan("The file KC-123456 was closed."))
        .extracting(IdentifierFinding::reason)
        .containsExactly("local-format");
    assertThat(Redactor.of(scanner).redact("The file KC-123456 was closed."))
        .isEqualTo("The file [CASE REFERENCE 1] was closed.");
  }

  @Test
  void badArgumentsAreRejectedWithClearMessages() {
    assertThatThrownBy(() -> IdentifierScanner.standard().scan(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> IdentifierScanner.builder().minimumConfidence(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumConfidence");
    assertThatThrownBy(() -> IdentifierScanner.builder().kinds(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kinds");
    assertThatThrownBy(() -> IdentifierScanner.builder().detector(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new IdentifierFinding(IdentifierKind.EMAIL, 3, 2, "", 0.5, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start");
    assertThatThrownBy(() -> new IdentifierFinding(IdentifierKind.EMAIL, 0, 2, "ab", 2, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
    assertThatThrownBy(() -> IdentifierScanner.builder().detector(t -> null).build().scan("x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("returned null");
  }

  @Test
  void emptyAndOddInputs() {
    IdentifierScanner s = IdentifierScanner.standard();
    assertThat(s.scan("")).isEmpty();
    assertThat(s.scan("@@@...@.@")).isEmpty();
    assertThat(s.scan("'s '' -- ' -")).isEmpty();
    assertThat(s.scan(new StringBuilder("Tyler said hello"))).hasSize(1);
  }

  @Test
  void isThreadSafe() throws Exception {
    IdentifierScanner scanner = IdentifierScanner.standard();
    List<IdentifierFinding> expected = scanner.scan(TEXT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < 50; r++) {
                    if (!scanner.scan(TEXT).equals(expected)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTextIsReadOnItsOwnWhateverTheThreadScannedBefore() {
    IdentifierScanner scanner = IdentifierScanner.standard();
    String later = "Jade was embarrassed. Hackney said no. Marsh agreed.";
    List<IdentifierFinding> alone = scanner.scan(later);
    // texts that make Jade a name, Hackney a place and Marsh a person's name in their own reading
    scanner.scan("Jade's mum rang. We met in Hackney. Mrs Irene Marsh said she would call.");
    scanner.scan("Jade Smith, Hackney Council and Dr Marsh.".repeat(3_000));
    assertThat(scanner.scan(later)).isEqualTo(alone);
  }
}
