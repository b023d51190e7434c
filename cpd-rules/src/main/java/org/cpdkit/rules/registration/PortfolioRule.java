package org.cpdkit.rules.registration;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleContext;
import org.cpdkit.rules.RuleDescription;

/** A portfolio rule that works on the {@link RegistrationFacts} of its requirements. */
final class PortfolioRule implements Rule<Portfolio> {

  /**
   * The facts last worked out on this thread. A checker runs a pack's rules one after another
   * on one thread and each asks for the facts of the same portfolio, so they are worked out once
   * per check rather than once per rule. Portfolios are immutable, so the same instance with the
   * same requirements and day always has the same facts; one entry per thread is kept.
   */
  private static final ThreadLocal<RegistrationFacts> LAST = new ThreadLocal<>();

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
    body.accept(facts(subject, context.asOf()), context);
  }

  private RegistrationFacts facts(Portfolio subject, LocalDate asOf) {
    RegistrationFacts last = LAST.get();
    if (last != null && last.portfolio() == subject && last.requirements() == requirements
        && last.asOf().equals(asOf)) {
      return last;
    }
    RegistrationFacts facts = RegistrationFacts.of(subject, requirements, asOf);
    LAST.set(facts);
    return facts;
  }

  @Override
  public String toString() {
    return "Rule " + description.id();
  }
}
