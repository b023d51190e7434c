package org.cpdkit.rules.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.IdentifierRule;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleSet;
import org.cpdkit.rules.TextInspector;

/**
 * Builds the rule set that checks a portfolio against a regulator's requirements: only the rules
 * whose figures the requirements set, so every pack is the same few generic rules and its data.
 */
final class RegistrationRules {

  private RegistrationRules() {}

  /**
   * The rules for these requirements.
   *
   * @param inspector when present, adds {@value IdentifierRule#ID} using it
   */
  static RuleSet<Portfolio> of(RegistrationRequirements requirements, Optional<TextInspector> inspector) {
    List<Rule<Portfolio>> rules = new ArrayList<>();
    rules.addAll(RecordRules.of(requirements));
    rules.addAll(RequirementRules.of(requirements));
    rules.addAll(EntryRules.of(requirements));
    if (requirements.auditProfile().isPresent()) {
      rules.addAll(AuditProfileRules.of(requirements));
    }
    inspector.ifPresent(i -> rules.add(
        IdentifierRule.forPortfolios(i, requirements.sourceFor(IdentifierRule.ID))));
    return RuleSet.of(rules);
  }
}
