package org.cpdkit.rules.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RuleSet;
import org.cpdkit.rules.TextInspector;
import org.cpdkit.rules.internal.TeamFacts;

/**
 * A rule pack made of a regulator's {@link RegistrationRequirements} and the generic registration
 * rules. A local authority makes its own with {@link #of} and offers it through a {@link
 * org.cpdkit.rules.RulePackProvider}.
 */
public final class RegistrationPack implements RulePack {

  static {
    TeamFacts.install((portfolio, pack, asOf) -> RegistrationFacts.cached(portfolio, pack.requirements(), asOf));
  }

  private final RegistrationRequirements requirements;
  private final RuleSet<Portfolio> rules;

  private RegistrationPack(RegistrationRequirements requirements) {
    this.requirements = Objects.requireNonNull(requirements, "requirements");
    this.rules = RegistrationRules.of(requirements, Optional.empty());
  }

  /** The pack for these requirements. */
  public static RegistrationPack of(RegistrationRequirements requirements) {
    return new RegistrationPack(requirements);
  }

  /** The requirements the pack encodes. */
  public RegistrationRequirements requirements() {
    return requirements;
  }

  @Override
  public String id() {
    return requirements.packId();
  }

  @Override
  public String title() {
    return requirements.title();
  }

  @Override
  public Optional<Regulator> regulator() {
    return Optional.of(requirements.regulator());
  }

  @Override
  public String period() {
    return requirements.fixedPeriod()
        .map(p -> RequirementStatus.day(p.start()) + " to " + RequirementStatus.day(p.end()) + ", deadline "
            + RequirementStatus.day(p.deadline()))
        .orElseGet(() -> "each registrant's " + requirements.periodYears() + "-year cycle from their registration date"
            + (requirements.deadlineDaysBeforeEnd() > 0
                ? ", deadline " + requirements.deadlineDaysBeforeEnd() + " days before its end" : ""));
  }

  @Override
  public boolean appliesOn(LocalDate day) {
    return requirements.fixedPeriod().map(p -> p.contains(day)).orElse(true);
  }

  @Override
  public List<String> unconfirmed() {
    return requirements.unconfirmed();
  }

  @Override
  public RuleSet<Portfolio> rules(TextInspector inspector) {
    return RegistrationRules.of(requirements, Optional.of(inspector));
  }

  @Override
  public RuleSet<Portfolio> rulesWithoutIdentifiers() {
    return rules;
  }

  @Override
  public String toString() {
    return "RegistrationPack{" + id() + "}";
  }
}
