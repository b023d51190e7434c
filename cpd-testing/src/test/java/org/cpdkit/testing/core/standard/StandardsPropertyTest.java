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
}
