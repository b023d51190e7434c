package org.cpdkit.rules.registration;

import java.util.Map;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.JsonPointer;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;

/** The rule that each piece counted holds the evidence the regulator asks for. */
final class EvidenceRules {
  private EvidenceRules() {}

  static Rule<Portfolio> evidence(RegistrationRequirements r) {
    String id = "entry.evidence";
    return new PortfolioRule(RuleDescription.of(id, Severity.ERROR,
            "Each piece of CPD counted holds evidence that it took place.",
            "The regulator's record of CPD includes, for every activity, evidence that it was undertaken, such as a"
                + " certificate, a training record or notes of supervision.", r.sourceFor(id)), r,
        (facts, context) -> {
          if (facts.isExempt()) {
            return;
          }
          for (int i : facts.assessedIndexes()) {
            CpdEntry e = facts.portfolio().entries().get(i);
            if (e.evidence().isEmpty()) {
              context.report(JsonPointer.append("/entries", i) + "/evidence",
                  "No evidence recorded; add the certificate, record or notes that show this piece took place.",
                  Map.of());
            }
          }
        });
  }
}
