package org.cpdkit.rules.registration;

import java.util.function.BiConsumer;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleContext;
import org.cpdkit.rules.RuleDescription;

/** A portfolio rule that works on the {@link RegistrationFacts} of its requirements. */
final class PortfolioRule implements Rule<Portfolio> {

  private final RuleDescription description;
  private final RegistrationRequirements requirements;
  private final BiConsumer<RegistrationFacts, RuleContext> body;

  PortfolioRule(
      RuleDescription description,
      RegistrationRequirements requirements,
      BiConsumer<RegistrationFacts, RuleContext> body) {
    this.description = description;
    this.requirements = requirements;
    this.body = body;
  }

  @Override
  public RuleDescription description() {
    return description;
  }

  @Override
  public void check(Portfolio subject, RuleContext context) {
    body.accept(RegistrationFacts.cached(subject, requirements, context.asOf()), context);
  }

  @Override
  public String toString() {
    return "Rule " + description.id();
  }
}
