package org.cpdkit.interop.xapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;

/** Hand-built records for the xAPI tests, and a helper that exports to a string. */
final class Records {
  static final String HOME = "https://cpd.example.org";

  private Records() {}

  static CpdEntry entry() {
    return CpdEntry.builder()
        .id("2026-03-team-reflection")
        .title("Team reflection on working with fathers")
        .activityType(ActivityType.PEER_REFLECTION)
        .activityDescription("Group supervision on a case study")
        .date(LocalDate.of(2026, 3, 12))
        .timeSpent(Duration.ofMinutes(90))
        .participatory(true)
        .whatIDid("Discussed a case study with colleagues in group supervision.")
        .whatILearned("How often fathers are left out of assessments.")
        .impactOnPractice("I now invite both parents to every first visit.")
        .addStandards(StandardCode.of("4.2"), StandardCode.of("4.6"))
        .peerReflection(
            PeerReflection.builder()
                .date(LocalDate.of(2026, 3, 12))
                .mode(ReflectionMode.VIDEO)
                .addPeerRoles("team manager", "senior social worker")
                .whatILearnedFromPeers("To ask who else is important to the child.")
                .sessionId("session-2026-03")
                .build())
        .structuredReflection(
            StructuredReflection.builder()
                .model(ReflectionModel.DRISCOLL)
                .putSection("what", "A case discussion.")
                .putSection("so-what", "Fathers matter.")
                .build())
        .status(EntryStatus.SUBMITTED)
        .build();
  }

  static PeerReflectionSession session() {
    return PeerReflectionSession.builder()
        .id("session-2026-03")
        .title("Team reflection: working with fathers")
        .format(SessionFormat.GROUP_SUPERVISION)
        .date(LocalDate.of(2026, 3, 12))
        .duration(Duration.ofMinutes(75))
        .mode(ReflectionMode.IN_PERSON)
        .facilitator(Participant.of("staff-001", "team manager"))
        .addParticipants(Participant.of("staff-002", "social worker"), Participant.of("staff-003", "family support worker"))
        .addPrompt(
            Prompt.builder().id("local.fathers").text("Who else is important to this child?")
                .addStandards(StandardCode.of("3.1")).build())
        .notes("We talked about involving fathers.")
        .addFeedback("Clear case summary.")
        .build();
  }

  static ToolkitRun toolkitRun() {
    Toolkit toolkit = Toolkit.builder()
        .id("toolkit-neglect")
        .title("Working with neglect")
        .theme("Neglect")
        .moduleTitle("Recognising neglect")
        .caseStudyTitle("A family under pressure (fictional)")
        .addStandards(StandardCode.of("3.1"), StandardCode.of("4.5"))
        .build();
    return ToolkitRun.builder()
        .id("run-2026-spring")
        .toolkit(toolkit)
        .facilitator(Participant.of("staff-001", "team manager"))
        .moduleDeadline(LocalDate.of(2026, 4, 1))
        .caseStudyDate(LocalDate.of(2026, 4, 8))
        .caseStudyDuration(Duration.ofMinutes(80))
        .caseStudyMode(ReflectionMode.VIDEO)
        .addParticipant(
            ToolkitParticipant.builder()
                .participant(Participant.of("staff-002", "social worker"))
                .moduleCompletedOn(LocalDate.of(2026, 3, 30))
                .attendedCaseStudy(true)
                .build())
        .addParticipant(
            ToolkitParticipant.builder().participant(Participant.of("staff-003", "family support worker")).build())
        .build();
  }

  /** What the writer gives for the records the consumer hands it, and its summary. */
  record Export(String json, XapiSummary summary) {}

  static Export export(XapiOptions options, Consumer<XapiWriter> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XapiSummary summary;
    try (XapiWriter w = XapiWriter.open(out, options)) {
      records.accept(w);
      summary = w.summary();
    }
    return new Export(out.toString(StandardCharsets.UTF_8), summary);
  }
}
