package org.cpdkit.rules.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.rules.Fixtures.*;

import java.time.LocalDate;
import org.cpdkit.core.entry.Attachment;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.junit.jupiter.api.Test;

class EvidenceRuleTest {
  private static final RulePack NMC = RulePacks.get("nmc");
  private static final RulePack SWE = RulePacks.get("swe-2026");
  private static final String ID = "entry.evidence";
  private static final LocalDate FEB = LocalDate.of(2026, 2, 10);

  private static Portfolio nmc(CpdEntry... entries) {
    return Portfolio.builder().practitioner(Practitioner.builder().registrationNumber("N1")
        .regulator(Regulator.NMC).registeredOn(LocalDate.of(2024, 4, 1)).build()).addEntries(entries).build();
  }

  private static EvidenceReference certificate() {
    return EvidenceReference.builder().description("Certificate of attendance")
        .attachment(Attachment.builder().mediaType("application/pdf").size(1200)
            .sha256("0".repeat(64)).date(FEB).build())
        .build();
  }

  @Test
  void reportsAPieceWithoutEvidenceWhereTheRegulatorAsksForIt() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).build(), entry("b", FEB).addEvidence(certificate()).build()), AS_OF))
        .containsExactly(ID + "|ERROR|/entries/0/evidence");
  }

  @Test
  void staysSilentWithEvidenceAndForPacksThatDoNotAskForIt() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).addEvidence(EvidenceReference.of("Supervision notes")).build()), AS_OF))
        .isEmpty();
    assertThat(SWE.rules().contains(ID)).isFalse();
  }

  @Test
  void staysSilentForDrafts() {
    assertThat(run(NMC, ID, nmc(entry("a", FEB).status(org.cpdkit.core.entry.EntryStatus.DRAFT).build()), AS_OF))
        .isEmpty();
  }
}
