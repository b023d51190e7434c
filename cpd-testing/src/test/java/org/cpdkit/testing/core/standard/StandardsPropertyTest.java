package org.cpdkit.testing.core.standard;

import org.cpdkit.core.standard.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.Gen;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class StandardsPropertyTest {

  @Test
  void copiesOfStandardsAndGroupsEqualTheOriginal() {
    PropertyCheck.forAll("standard copies", CpdGenerators.standards(), s -> {
      Standard copy = Standard.builder().from(s).build();
      assertThat(copy).isEqualTo(s).hasSameHashCodeAs(s);
      assertThat(s.withSummary("Another summary.").code()).isEqualTo(s.code());
    });
    PropertyCheck.forAll("group copies", CpdGenerators.standardGroups(), g -> {
      assertThat(StandardGroup.builder().from(g).build()).isEqualTo(g).hasSameHashCodeAs(g);
      assertThat(g.withTitle("Another title").standards()).isEqualTo(g.standards());
    });
  }

  @Test
  void groupsHoldOnlyStandardsOfTheirCode() {
    PropertyCheck.forAll("group codes", CpdGenerators.standardGroups(), g -> {
      for (Standard s : g.standards()) {
        assertThat(s.code().group()).isEqualTo(g.code());
        assertThat(g.standard(s.code())).contains(s);
      }
    });
  }

  @Test
  void frameworksFindEveryStandardOfEveryGroup() {
    PropertyCheck.forAll("framework lookup", CpdGenerators.standardsFrameworks(), f -> {
      int total = f.groups().stream().mapToInt(g -> g.standards().size()).sum();
      assertThat(f.standards()).hasSize(total);
      for (StandardGroup g : f.groups()) {
        assertThat(f.group(g.code())).contains(g);
        g.standards().forEach(s -> assertThat(f.standard(s.code())).contains(s));
      }
      assertThat(StandardsFramework.builder().from(f).build()).isEqualTo(f).hasSameHashCodeAs(f);
    });
  }

  @Test
  void builtInCodesExistInTheBuiltInFramework() {
    StandardsFramework swe = StandardsFrameworks.socialWorkEngland2019();
    assertThat(swe.standards()).hasSize(50);
    PropertyCheck.forAll("built-in codes", CpdGenerators.standardCodes(), c -> assertThat(swe.contains(c)).isTrue());
  }

  @Test
  void codesCompareConsistently() {
    Gen<StandardCode> codes = CpdGenerators.anyStandardCodes();
    PropertyCheck.forAll("code order", codes.zip(codes, java.util.List::of).zip(codes, (ab, c) -> java.util.List.of(ab.get(0), ab.get(1), c)), l -> {
      StandardCode a = l.get(0);
      StandardCode b = l.get(1);
      StandardCode c = l.get(2);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
      assertThat(StandardCode.of(a.value())).isEqualTo(a).hasSameHashCodeAs(a);
    });
  }

  /** Codes of every shape the format allows, mixing digits, letters, case and leading zeros. */
  private static final Gen<StandardCode> MIXED_CODES =
      random -> {
        String alphabet = "0015910aAeEzZ";
        StringBuilder b = new StringBuilder();
        int parts = random.nextInt(1, 4);
        for (int p = 0; p < parts; p++) {
          if (p > 0) {
            b.append(random.nextBoolean() ? '.' : '-');
          }
          int n = random.nextInt(1, 4);
          for (int k = 0; k < n; k++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
        return StandardCode.of(b.toString());
      };

  @Test
  void theOrderOfCodesIsTotalAndConsistentWithEquals() {
    Gen<java.util.List<StandardCode>> triples =
        MIXED_CODES.zip(MIXED_CODES, java.util.List::of).zip(MIXED_CODES, (ab, c) -> java.util.List.of(ab.get(0), ab.get(1), c));
    PropertyCheck.forAll("mixed code order", triples, l -> {
      StandardCode a = l.get(0);
      StandardCode b = l.get(1);
      StandardCode c = l.get(2);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(a.compareTo(a)).isZero();
      for (java.util.List<StandardCode> t : java.util.List.of(l, java.util.List.of(b, c, a), java.util.List.of(c, a, b),
          java.util.List.of(a, c, b), java.util.List.of(b, a, c), java.util.List.of(c, b, a))) {
        if (t.get(0).compareTo(t.get(1)) <= 0 && t.get(1).compareTo(t.get(2)) <= 0) {
          assertThat(t.get(0).compareTo(t.get(2))).as(t.toString()).isLessThanOrEqualTo(0);
        }
      }
    });
  }

  @Test
  void sortingCodesGivesOneOrderWhateverTheOrderGiven() {
    Gen<java.util.List<StandardCode>> lists = random -> {
      java.util.List<StandardCode> l = new java.util.ArrayList<>();
      int n = random.nextInt(2, 12);
      for (int k = 0; k < n; k++) {
        l.add(MIXED_CODES.next(random));
      }
      return l;
    };
    PropertyCheck.forAll("one sorted order", lists, l -> {
      java.util.List<StandardCode> sorted = new java.util.ArrayList<>(new java.util.TreeSet<>(l));
      java.util.List<StandardCode> reversed = new java.util.ArrayList<>(l);
      java.util.Collections.reverse(reversed);
      assertThat(new java.util.ArrayList<>(new java.util.TreeSet<>(reversed))).isEqualTo(sorted);
      assertThat(sorted).hasSize((int) l.stream().distinct().count());
    });
  }

  @Test
  void numbersAndLettersInOnePartKeepOneOrder() {
    StandardCode five = StandardCode.of("5");
    StandardCode ten = StandardCode.of("10");
    StandardCode oneE = StandardCode.of("1e");
    java.util.List<StandardCode> sorted = new java.util.ArrayList<>(java.util.List.of(ten, oneE, five));
    java.util.Collections.sort(sorted);
    assertThat(sorted).containsExactly(oneE, five, ten);
    assertThat(java.util.stream.Stream.of("4.10", "PCF-1", "4a", "4", "4.9", "4.1", "10")
            .map(StandardCode::of).sorted().map(StandardCode::value))
        .containsExactly("4", "4.1", "4.9", "4.10", "4a", "10", "PCF-1");
  }
}
