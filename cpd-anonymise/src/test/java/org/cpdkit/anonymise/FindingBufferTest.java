package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingBufferTest {

  /** The findings of a text as plain records, made from the list one by one. */
  private static List<IdentifierFinding> copy(List<IdentifierFinding> found) {
    return new ArrayList<>(found);
  }

  @Test
  void aTextDenseWithFindingsGivesTheSameFindingsAsItsPartsScannedAlone() {
    String unit = "a@b.co ";
    String text = unit.repeat(10_000);
    List<IdentifierFinding> found = IdentifierScanner.standard().scan(text);
    assertThat(found).hasSize(10_000);
    for (int i = 0; i < found.size(); i++) {
      IdentifierFinding f = found.get(i);
      assertThat(f.kind()).isEqualTo(IdentifierKind.EMAIL);
      assertThat(f.start()).isEqualTo(i * unit.length());
      assertThat(f.text()).isEqualTo("a@b.co");
      assertThat(f.reason()).isEqualTo("email-structure");
    }
    // the same findings whether the text is given as a string or as another character sequence
    assertThat(found).isEqualTo(IdentifierScanner.standard().scan(new StringBuilder(text)));
    assertThat(found.hashCode()).isEqualTo(copy(found).hashCode());
  }

  @Test
  void aLaterScanOnTheSameThreadLeavesAnEarlierResultAsItWas() {
    IdentifierScanner scanner = IdentifierScanner.standard();
    List<IdentifierFinding> dense = scanner.scan("a@b.co ".repeat(5_000));
    List<IdentifierFinding> few = scanner.scan("Call 07700 900123 or a@b.co.");
    List<IdentifierFinding> denseCopy = copy(dense);
    List<IdentifierFinding> fewCopy = copy(few);
    for (int i = 0; i < 3; i++) {
      scanner.scan("x@y.org ".repeat(6_000));
      scanner.scan("Call 07700 900456 or x@y.org, Tyler (7).");
      IdentifierScanner.builder().minimumConfidence(0.9).build().scan("q@r.io ".repeat(4_000));
    }
    assertThat(dense).isEqualTo(denseCopy);
    assertThat(few).isEqualTo(fewCopy);
    assertThat(few).extracting(IdentifierFinding::text).containsExactly("07700 900123", "a@b.co");
  }

  @Test
  void aScanInsideADetectorOnTheSameThreadIsAScanOfItsOwn() {
    IdentifierScanner inner = IdentifierScanner.standard();
    Detector nested =
        text -> {
          List<IdentifierFinding> found = inner.scan("x@y.org ".repeat(1_000));
          assertThat(found).hasSize(1_000);
          return List.of();
        };
    List<IdentifierFinding> outer =
        IdentifierScanner.builder().detector(nested).build().scan("a@b.co ".repeat(2_000));
    assertThat(outer).hasSize(2_000).allSatisfy(f -> assertThat(f.text()).isEqualTo("a@b.co"));
  }

  @Test
  void theListOfADenseTextIsUnmodifiableAndChecksItsIndex() {
    List<IdentifierFinding> found = IdentifierScanner.standard().scan("a@b.co ".repeat(1_000));
    assertThatThrownBy(() -> found.add(found.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> found.set(0, found.get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(found::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> found.get(1_000))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("1000");
    assertThatThrownBy(() -> found.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(found.contains(null)).isFalse();
  }

  @Test
  void aFewFindingsAreAPlainListWhatever() {
    List<IdentifierFinding> found = IdentifierScanner.standard().scan("Email a@b.co today.");
    assertThat(found).hasSize(1);
    assertThatThrownBy(() -> found.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(found.contains(null)).isFalse();
    assertThat(IdentifierScanner.standard().scan("nothing here").contains(null)).isFalse();
  }

  @Test
  void theUsersFindingsAreKeptAsGivenAmongDenseOnes() {
    // a detector whose finding's text is its own normalised form, not the span's characters
    Detector own =
        text ->
            List.of(
                new IdentifierFinding(
                    IdentifierKind.CASE_REFERENCE, 3, 5, "XY", 0.9, "household-number"));
    IdentifierScanner scanner = IdentifierScanner.builder().detector(own).build();
    List<IdentifierFinding> found = scanner.scan("a@b.co ".repeat(2_000));
    // the e-mail address at 0..6 is structured and longer: it wins over the user's finding
    assertThat(found.get(0).kind()).isEqualTo(IdentifierKind.EMAIL);
    assertThat(found).hasSize(2_000);

    String dense = "zz 12 " + "a@b.co ".repeat(2_000);
    List<IdentifierFinding> mixed = scanner.scan(dense);
    assertThat(mixed.get(0).text()).isEqualTo("XY");
    assertThat(mixed.get(0).reason()).isEqualTo("household-number");
    assertThat(mixed.get(1).text()).isEqualTo("a@b.co");
  }

  @Test
  void findingsAddedOutOfOrderAreSortedAndOverlapsSettledAsBefore() {
    // random findings in random order against a straightforward sort of records
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      FindingBuffer buffer =
          new FindingBuffer(0.3, FindingBuffer.mask(EnumSet.allOf(IdentifierKind.class)));
      List<IdentifierFinding> expected = new ArrayList<>();
      int n = 1 + random.nextInt(round < 100 ? 20 : 600);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 4_000; i++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      String reasonA = "a";
      for (int i = 0; i < n; i++) {
        int s = random.nextInt(3_900);
        int e = s + 1 + random.nextInt(random.nextBoolean() ? 4 : 60);
        IdentifierKind kind =
            IdentifierKind.values()[random.nextInt(IdentifierKind.values().length)];
        double confidence = random.nextInt(10) / 10.0;
        String reason = reasonA + i;
        buffer.add(kind, s, e, confidence, reason);
        if (confidence >= 0.3) {
          expected.add(
              new IdentifierFinding(kind, s, e, text.substring(s, e), confidence, reason));
        }
      }
      List<IdentifierFinding> want = settle(expected);
      assertThat(buffer.result(text.toString())).containsExactlyElementsOf(want);
      assertThat(buffer.result(text)).containsExactlyElementsOf(want);
    }
  }

  /** The rule as a plain stable sort of records and one pass over them. */
  private static List<IdentifierFinding> settle(List<IdentifierFinding> all) {
    List<IdentifierFinding> sorted = new ArrayList<>(all);
    sorted.sort(
        (a, b) -> {
          int c = Integer.compare(a.start(), b.start());
          if (c == 0) {
            c = Integer.compare(b.end(), a.end());
          }
          return c != 0 ? c : Integer.compare(a.kind().ordinal(), b.kind().ordinal());
        });
    List<IdentifierFinding> out = new ArrayList<>();
    for (IdentifierFinding f : sorted) {
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).end() > f.start()) {
        IdentifierFinding prev = out.get(last);
        boolean fName = f.kind() == IdentifierKind.PERSON_NAME;
        boolean pName = prev.kind() == IdentifierKind.PERSON_NAME;
        boolean better =
            fName != pName
                ? pName
                : f.length() != prev.length()
                    ? f.length() > prev.length()
                    : f.confidence() > prev.confidence();
        if (better) {
          out.set(last, f);
        }
        continue;
      }
      out.add(f);
    }
    return out;
  }

  @Test
  void kindsTheScannerDoesNotReportAreDroppedAsTheyAreAdded() {
    FindingBuffer buffer = new FindingBuffer(0.5, FindingBuffer.mask(EnumSet.of(IdentifierKind.EMAIL)));
    buffer.add(IdentifierKind.PHONE, 0, 3, 0.9, "p");
    buffer.add(IdentifierKind.EMAIL, 4, 6, 0.4, "low");
    buffer.add(IdentifierKind.EMAIL, 4, 6, 1.7, "clamped");
    assertThat(buffer.size()).isEqualTo(1);
    List<IdentifierFinding> found = buffer.result("abc defg");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).confidence()).isEqualTo(1.0);
    assertThatThrownBy(() -> buffer.add(IdentifierKind.EMAIL, 5, 5, 0.9, "empty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start=5, end=5");
  }
}
