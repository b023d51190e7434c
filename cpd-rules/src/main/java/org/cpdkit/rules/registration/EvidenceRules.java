package org.cpdkit.rules.registration;

import java.util.Map;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.rules.JsonPointer;
import org.cpdkit.rules.Rule;
import org.cpdkit.rules.RuleDescription;
import org.cpdkit.rules.Severity;

/**
 * Rules on what a regulator's CPD log asks of each piece besides its reflection: the evidence
 * that it took place, and the part of the Code it relates to.
 */
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

  static Rule<Portfolio> codeTheme(RegistrationRequirements r) {
    String id = "entry.code-theme";
    return new PortfolioRule(RuleDescription.of(id, Severity.ERROR,
            "Each piece of CPD counted identifies the part of the Code most relevant to it.",
            "The regulator's record of CPD identifies, for every activity, the part of the Code most relevant to it;"
                + " the record holds it as one or more of the Code's four themes.", r.sourceFor(id)), r,
        (facts, context) -> {
          if (facts.isExempt()) {
            return;
          }
          for (int i : facts.assessedIndexes()) {
            CpdEntry e = facts.portfolio().entries().get(i);
            if (e.codeThemes().isEmpty()) {
              context.report(JsonPointer.append("/entries", i) + "/codeThemes",
                  "No part of the Code identified; link the piece to the theme of the Code it relates to most "
                      + "(prioritise people, practise effectively, preserve safety, promote professionalism and trust).",
                  Map.of());
            }
          }
        });
  }
}
