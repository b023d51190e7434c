package org.cpdkit.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Regulator;

/**
 * A named set of portfolio rules for one regulator and period, such as {@code swe-2026} (Social
 * Work England, the registration year ending 30 November 2026). Packs are found with {@link
 * RulePacks}; a local authority adds its own through a {@link RulePackProvider}.
 */
public interface RulePack {

  /** A stable identifier, lower-kebab, such as {@code swe-2026}. */
  String id();

  /** A title for people, such as {@code Social Work England, registration year ending 30 November 2026}. */
  String title();

  /** The regulator whose requirements the pack encodes, if any. */
  Optional<Regulator> regulator();

  /** The period the pack applies to, in plain words. */
  String period();

  /** Whether the pack applies to a check made on this day (a fixed year contains it). */
  boolean appliesOn(LocalDate day);

  /** Facts the pack encodes that could not be confirmed against the regulator; each is configurable. */
  List<String> unconfirmed();

  /**
   * The pack's rules, including {@value IdentifierRule#ID} looking for identifiers with this
   * inspector.
   */
  RuleSet<Portfolio> rules(TextInspector inspector);

  /**
   * The pack's rules without {@value IdentifierRule#ID}, for records known to be anonymised
   * already or checked for identifiers elsewhere.
   */
  RuleSet<Portfolio> rulesWithoutIdentifiers();

  /**
   * The pack's rules, including {@value IdentifierRule#ID} with cpdkit's identifier scanner:
   * regulators ask for anonymised records. {@link #rulesWithoutIdentifiers()} leaves it out.
   */
  default RuleSet<Portfolio> rules() {
    return rules(TextInspectors.identifiers());
  }

  /** A checker of the pack's rules (identifier scan included) whose reports name the pack. */
  default Checker<Portfolio> checker() {
    return Checker.of(rules()).withPackId(id());
  }

  /** A checker of the pack's rules that also looks for identifiers with this inspector. */
  default Checker<Portfolio> checker(TextInspector inspector) {
    return Checker.of(rules(inspector)).withPackId(id());
  }

  /** Checks a portfolio against the pack as of the given day. */
  default Report check(Portfolio portfolio, LocalDate asOf) {
    return checker().check(portfolio, asOf);
  }
}
