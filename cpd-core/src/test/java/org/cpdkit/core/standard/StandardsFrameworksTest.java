package org.cpdkit.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.cpdkit.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class StandardsFrameworksTest {

  private final StandardsFramework swe = StandardsFrameworks.socialWorkEngland2019();

  @Test
  void socialWorkEnglandHasSixGroupsWithTheirStandards() {
    assertThat(swe.groups()).extracting(StandardGroup::code).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(swe.groups())
        .extracting(g -> g.standards().size())
        .containsExactly(7, 7, 15, 8, 6, 7);
    assertThat(swe.standards()).hasSize(50);
  }

  @Test
  void everyStandardIsNumberedInOrderWithinItsGroup() {
    for (StandardGroup g : swe.groups()) {
      List<String> codes = g.standards().stream().map(s -> s.code().value()).collect(Collectors.toList());
      for (int i = 0; i < codes.size(); i++) {
        assertThat(codes.get(i)).isEqualTo(g.code() + "." + (i + 1));
      }
    }
  }

  @Test
  void groupFourCarriesTheRegulatorsShortLabels() {
    assertThat(swe.standard(StandardCode.of("4.6")).flatMap(Standard::label)).contains("Reflection");
    assertThat(swe.standard(StandardCode.of("4.7")).flatMap(Standard::label)).contains("Recording your learning");
  }

  @Test
  void looksUpByCode() {
    assertThat(swe.contains(StandardCode.of("3.15"))).isTrue();
    assertThat(swe.contains(StandardCode.of("4.9"))).isFalse();
    assertThat(swe.contains(StandardCode.of("7.1"))).isFalse();
    assertThat(StandardsFrameworks.byId("swe-2019")).contains(swe);
    assertThat(StandardsFrameworks.byId("nope")).isEmpty();
  }

  @Test
  void codesCompareNumerically() {
    assertThat(StandardCode.of("4.10")).isGreaterThan(StandardCode.of("4.9"));
    assertThat(StandardCode.of("3.2")).isLessThan(StandardCode.of("4.1"));
    assertThat(StandardCode.of("4.5").group()).isEqualTo("4");
  }

  @Test
  void rejectsMalformedCodes() {
    assertThatThrownBy(() -> StandardCode.of("4..5"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("StandardCode.value:");
    assertThatThrownBy(() -> StandardCode.of(""))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void usersBuildTheirOwnFrameworks() {
    StandardsFramework pcf =
        StandardsFramework.builder()
            .id("basw-pcf")
            .title("Professional Capabilities Framework")
            .publisher("BASW")
            .version("2018")
            .addGroup(
                StandardGroup.builder()
                    .code("PCF")
                    .title("Capabilities")
                    .addStandard(Standard.of("PCF-1", "Professionalism"))
                    .build())
            .build();
    assertThat(pcf.contains(StandardCode.of("PCF-1"))).isTrue();
  }

  @Test
  void rejectsAStandardOutsideItsGroup() {
    assertThatThrownBy(
            () ->
                StandardGroup.builder()
                    .code("4")
                    .title("CPD")
                    .addStandard(Standard.of("5.1", "Elsewhere"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("standards"));
  }
}
