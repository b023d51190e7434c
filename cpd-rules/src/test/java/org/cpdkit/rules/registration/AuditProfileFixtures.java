package org.cpdkit.rules.registration;

import static org.cpdkit.rules.Fixtures.entry;

import java.time.LocalDate;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.portfolio.AuditProfile;
import org.cpdkit.core.portfolio.HcpcProfession;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;

/** An HCPC registrant's record with an activity every two months and a profile assembled from it. */
final class AuditProfileFixtures {
  static final RulePack HCPC = RulePacks.get("hcpc");
  static final LocalDate REQUESTED = LocalDate.of(2026, 9, 1);
  static final LocalDate AS_OF = LocalDate.of(2026, 9, 20);

  private AuditProfileFixtures() {}

  static String words(int n) {
    return "word ".repeat(n).strip();
  }

  /** Twelve activities, one every two months from October 2024, each with evidence. */
  static Portfolio record() {
    Portfolio.Builder b = Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("SW1")
        .regulator(Regulator.HCPC).hcpcProfession(HcpcProfession.OCCUPATIONAL_THERAPISTS)
        .registeredOn(LocalDate.of(2018, 12, 1)).build());
    for (int i = 0; i < 12; i++) {
      CpdEntry e = entry("a" + i, LocalDate.of(2024, 10, 1).plusMonths(2L * i))
          .addEvidence(EvidenceReference.of("Certificate " + i)).build();
      b.addEntry(e);
    }
    return b.build();
  }

  /** The profile of {@link #record()}: a short summary and statement, four activities. */
  static AuditProfile.Builder profile(Portfolio p) {
    return AuditProfile.assemble(p, REQUESTED)
        .summaryOfPractice(words(120))
        .statement(words(900))
        .addStatementActivities("a1", "a4", "a7", "a10");
  }

  static Portfolio with(Portfolio p, AuditProfile a) {
    return p.withAuditProfile(a);
  }
}
