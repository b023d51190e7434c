package org.cpdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleSetTest {

  private static Rule<String> rule(String id) {
    RuleDescription d = RuleDescription.of(id, Severity.INFO, "Rule " + id + ".", "For tests.");
    return new Rule<>() {
      @Override
      public RuleDescription description() {
        return d;
      }

      @Override
      public void check(String subject, RuleContext context) {}
    };
  }

  @Test
  void duplicateIdsAreRejected() {
    assertThatThrownBy(() -> RuleSet.of(rule("test.a"), rule("test.a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.a");
    assertThatThrownBy(() -> RuleSet.of(rule("test.a")).with(rule("test.a"))).hasMessageContaining("test.a");
  }

  @Test
  void rulesKeepTheirOrderAndCanBeRemoved() {
    RuleSet<String> set = RuleSet.of(rule("test.b"), rule("test.a"));
    assertThat(set.rules()).extracting(Rule::id).containsExactly("test.b", "test.a");
    assertThat(set.without("test.b").rules()).extracting(Rule::id).containsExactly("test.a");
    assertThat(set.contains("test.a")).isTrue();
  }

  @Test
  void ruleIdsAreDottedLowerKebab() {
    assertThat(RuleDescription.isValidId("registration.minimum-entries")).isTrue();
    assertThat(RuleDescription.isValidId("registration.component.trauma-awareness")).isTrue();
    assertThat(RuleDescription.isValidId("Registration.Minimum")).isFalse();
    assertThat(RuleDescription.isValidId("nodot")).isFalse();
    assertThatThrownBy(() -> rule("Bad Id").description()).hasMessageContaining("dotted lower-kebab");
  }
}
