package org.cpdkit.rules.registration;

import java.util.Map;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.JsonPointer;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;

/** The rule that each piece counted is signed off on its own where the pack asks for it. */
final class SignOffRules {
  private SignOffRules() {}

  static Rule<Portfolio> entrySignOff(RegistrationRequirements r) {
    String id = "entry.sign-off";
    EntrySignOff need = r.entrySignOff().get();
    String kinds = need.kinds().isEmpty() ? "" : " (" + String.join(", ",
        need.kinds().stream().map(k -> k.code()).sorted().collect(java.util.stream.Collectors.toList())) + ")";
    return new PortfolioRule(RuleDescription.of(id, Severity.ERROR,
            "Each piece of CPD counted is signed off by " + need.who() + kinds + ".",
            "Signing off a piece is " + need.askedBy() + "'s requirement: the person endorses the learning "
                + "on or after the day it began, by role and an opaque reference, never by name.",
            r.sourceFor(id)), r,
        (facts, context) -> {
          for (int i : facts.entriesAwaitingSignOffIndexes()) {
            context.report(JsonPointer.append("/entries", i),
                "Awaiting sign-off by " + need.who() + kinds + "; record it as a sign-off naming this entry.",
                Map.of("entry", facts.portfolio().entries().get(i).id()));
          }
        });
  }
}
