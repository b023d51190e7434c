package org.cpdkit.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;

/** Chooses the rule pack for a portfolio: the one named with --pack, or cpdkit's own pack for the regulator whose period contains the day. */
final class Packs {
  private Packs() {}

  static Optional<RulePack> named(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(
        RulePacks.find(id)
            .orElseThrow(
                () -> new CliException("no rule pack '" + id + "'; known packs: " + String.join(", ", RulePacks.ids()))));
  }

  static RulePack forRegulator(Regulator regulator, LocalDate day) {
    return RulePacks.defaultFor(regulator, day)
        .orElseThrow(() -> new CliException(
            "no rule pack for " + regulator.title() + " applies on " + day + " (choose one with --pack; see 'cpd packs')"));
  }
}
