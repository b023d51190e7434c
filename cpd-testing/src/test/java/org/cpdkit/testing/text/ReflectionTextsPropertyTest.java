package org.cpdkit.testing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.cpdkit.anonymise.IdentifierKind;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class ReflectionTextsPropertyTest {

  @Test
  void spansAreOrderedAndDoNotOverlap() {
    PropertyCheck.forAll(
        "planted spans are ordered and do not overlap",
        ReflectionTexts.withIdentifiers(),
        planted -> {
          int last = 0;
          for (PlantedSpan s : planted.spans()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(planted.covered(s)).isNotBlank();
            last = s.end();
          }
        });
  }

  @Test
  void theSameSeedGivesTheSameText() {
    PropertyCheck.forAll(
        "the same seed gives the same text",
        random -> random.nextLong(),
        seed ->
            assertThat(ReflectionTexts.withIdentifiers().sample(seed))
                .isEqualTo(ReflectionTexts.withIdentifiers().sample(seed)));
  }

  @Test
  void everyKindIsPlantedSomewhere() {
    Set<IdentifierKind> seen = EnumSet.noneOf(IdentifierKind.class);
    for (long seed = 0; seed < 300; seed++) {
      ReflectionTexts.withIdentifiers().sample(seed).spans().forEach(s -> seen.add(s.kind()));
    }
    assertThat(seen).containsExactlyInAnyOrder(IdentifierKind.values());
  }
}
