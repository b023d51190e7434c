package org.cpdkit.json;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.Attachment;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.CpdReview;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.ReviewSample;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.session.FeedbackKind;
import org.cpdkit.core.session.LearningCircleSuccess;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerFeedback;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.PromptLibrary;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.session.SurveyResult;
import org.cpdkit.rules.team.LearningCulture;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RequirementState;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.RuleOutcome;
import org.cpdkit.rules.Severity;
import org.cpdkit.rules.TextSpan;
import org.cpdkit.rules.team.PractitionerStatus;
import org.cpdkit.rules.team.Standing;
import org.cpdkit.rules.team.TeamReport;

/** Hand-built values of every document type, the richest and the smallest. */
final class Examples {
  private Examples() {}

  static CpdEntry fullEntry() {
    return CpdEntry.builder()
        .id("2026-03-team-reflection")
        .title("Team reflection on working with fathers")
        .activityType(ActivityType.PEER_REFLECTION)
        .date(LocalDate.of(2026, 3, 12))
        .endDate(LocalDate.of(2026, 3, 13))
        .timeSpent(Duration.ofMinutes(90))
        .participatory(true)
        .whatIDid("Discussed a case study with colleagues in group supervision.")
        .whatILearned("How often fathers are left out of assessments — «sic» ✓.")
        .impactOnPractice("I now invite both parents to every first visit.\nAnd I record why.")
        .addStandards(StandardCode.of("4.2"), StandardCode.of("4.5"))
        .peerReflection(
            PeerReflection.builder()
                .date(LocalDate.of(2026, 3, 12))
                .mode(ReflectionMode.VIDEO)
                .addPeerRoles("team manager", "senior social worker")
                .whatILearnedFromPeers("To ask who else is important to the child.")
                .sessionId("session-2026-03")
                .putExtension("x-app.note-id", "\"n-17\"")
                .build())
        .structuredReflection(
            StructuredReflection.builder()
                .model(ReflectionModel.DRISCOLL)
                .putSection("what", "A case discussion.")
                .putSection("so-what", "Fathers matter.")
                .build())
        .addEvidence(EvidenceReference.of("Supervision notes"))
        .addEvidence(
            EvidenceReference.builder()
                .description("Certificate")
                .uri(URI.create("https://example.org/certificates/17"))
                .attachment(
                    Attachment.builder()
                        .mediaType("application/pdf")
                        .size(48213)
                        .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                        .date(LocalDate.of(2026, 3, 13))
                        .build())
                .build())
        .addTags("fathers", "assessment")
        .status(EntryStatus.SUBMITTED)
        .putExtension("x-la.case-system-id", "{\"system\":\"LCS\",\"ref\":[1,2.50,-3e2],\"ok\":true,\"n\":null}")
        .build();
  }

  static CpdEntry minimalEntry() {
    return CpdEntry.builder()
        .id("e1")
        .title("Reading on neglect")
        .activityType(ActivityType.READING)
        .date(LocalDate.of(2026, 1, 5))
        .build();
  }

  static Portfolio portfolio() {
    return Portfolio.builder()
        .practitioner(
            Practitioner.builder()
                .registrationNumber("SW123456")
                .regulator(Regulator.SOCIAL_WORK_ENGLAND)
                .registeredOn(LocalDate.of(2019, 12, 2))
                .build())
        .addEntries(fullEntry(), minimalEntry())
        .addReview(
            CpdReview.builder()
                .periodEnd(LocalDate.of(2025, 11, 30))
                .sample(ReviewSample.RANDOM)
                .date(LocalDate.of(2026, 2, 20))
                .feedbackGiven(true)
                .reference("review-2025-0042")
                .build())
        .putExtension("x-la.team", "\"Children's services east\"")
        .build();
  }

  /** An HCPC registrant's record with an entry signed off, an absence and the audit profile assembled from it. */
  static Portfolio hcpcAuditPortfolio() {
    CpdEntry course = fullEntry().withId("course").withDate(LocalDate.of(2025, 1, 14)).withEndDate(LocalDate.of(2025, 1, 15));
    CpdEntry reading = minimalEntry().withId("reading").withDate(LocalDate.of(2026, 3, 2));
    Portfolio p = Portfolio.builder()
        .practitioner(Practitioner.builder().registrationNumber("OT123456").regulator(Regulator.HCPC)
            .registeredOn(LocalDate.of(2016, 8, 1))
            .hcpcProfession(org.cpdkit.core.portfolio.HcpcProfession.OCCUPATIONAL_THERAPISTS).build())
        .addEntries(course, reading)
        .addSignOff(org.cpdkit.core.portfolio.SignOff.builder().kind(org.cpdkit.core.portfolio.SignOffKind.ENDORSEMENT)
            .date(LocalDate.of(2025, 2, 3)).role("clinical supervisor").reference("supervision-2025-02").entry("course")
            .build())
        .addAbsence(org.cpdkit.core.portfolio.Absence.builder().start(LocalDate.of(2025, 3, 1))
            .end(LocalDate.of(2026, 2, 20)).reason(org.cpdkit.core.portfolio.AbsenceReason.PARENTAL_LEAVE).build())
        .build();
    return p.withAuditProfile(org.cpdkit.core.portfolio.AuditProfile.assemble(p, LocalDate.of(2026, 8, 1))
        .summaryOfPractice("I work as an occupational therapist in a community team for older adults.")
        .statement("Two activities show how my CPD met the standards; each is described with its evidence.")
        .addStatementActivities("course", "reading")
        .build());
  }

  static Portfolio emptyPortfolio() {
    return Portfolio.builder()
        .practitioner(Practitioner.of("SW000001", Regulator.HCPC))
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
            Prompt.builder()
                .id("local.fathers")
                .text("Who else is important to this child?")
                .addStandards(StandardCode.of("3.1"))
                .build())
        .notes("We talked about involving fathers.")
        .addFeedback("Clear case summary.")
        .addFeedforward("Bring the genogram next time.")
        .addPeerFeedback(
            PeerFeedback.builder()
                .kind(FeedbackKind.FEEDBACK)
                .giverId("staff-003")
                .receiverId("staff-002")
                .text("You kept the father in view the whole way through.")
                .build(),
            PeerFeedback.builder()
                .kind(FeedbackKind.FEEDFORWARD)
                .giverId("staff-001")
                .receiverId("staff-002")
                .text("Next time, ask him who he turns to for support.")
                .build())
        .putExtension("x-room", "\"B2\"")
        .build();
  }

  static PeerReflectionSession learningCircle() {
    return PeerReflectionSession.builder()
        .id("circle-2026-05")
        .title("Practice learning circle: sparkling moments")
        .format(SessionFormat.PRACTICE_LEARNING_CIRCLE)
        .date(LocalDate.of(2026, 5, 14))
        .duration(Duration.ofMinutes(90))
        .mode(ReflectionMode.VIDEO)
        .facilitator(Participant.of("staff-010", "advanced practitioner"))
        .addParticipants(Participant.of("staff-011", "social worker"), Participant.of("staff-012", "senior social worker"))
        .addAllPrompts(PromptLibrary.appreciative())
        .notes("Two successes brought; both about time spent listening.")
        .addSuccess(
            LearningCircleSuccess.builder()
                .presenterId("staff-011")
                .success("A teenager who had refused every meeting agreed to plan her own review.")
                .whatMadeItWork("Weeks of short visits at times she chose, and keeping every promise.")
                .howToRepeatIt("Plan visits around the young person's week, not the office's.")
                .build())
        .addPeerFeedback(
            PeerFeedback.builder()
                .kind(FeedbackKind.FEEDBACK)
                .giverId("staff-012")
                .receiverId("staff-011")
                .text("Your patience is what changed it; I will try the same.")
                .build())
        .build();
  }

  static Toolkit toolkit() {
    return Toolkit.builder()
        .id("toolkit-neglect")
        .title("Working with neglect")
        .theme("Neglect")
        .moduleTitle("Recognising neglect")
        .moduleMinimumTime(Duration.ofMinutes(60))
        .moduleMaximumTime(Duration.ofMinutes(90))
        .caseStudyTitle("The Smith family (fictional)")
        .caseStudyTime(Duration.ofMinutes(90))
        .addStandards(StandardCode.of("3.1"), StandardCode.of("4.5"))
        .build();
  }

  static ToolkitRun toolkitRun() {
    return ToolkitRun.builder()
        .id("run-2026-spring")
        .toolkit(toolkit())
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
                .moduleReflectionEntryId("run-2026-spring.staff-002.module")
                .build())
        .addParticipant(
            ToolkitParticipant.builder()
                .participant(Participant.of("staff-003", "family support worker"))
                .putExtension("x-reminder-sent", "true")
                .build())
        .build();
  }

  static StandardsFramework framework() {
    return StandardsFrameworks.socialWorkEngland2019();
  }

  static Report report() {
    return Report.builder()
        .packId("swe-2026")
        .asOf(LocalDate.of(2026, 11, 7))
        .addFindings(
            Finding.builder()
                .ruleId("registration.minimum-entries")
                .severity(Severity.ERROR)
                .location("")
                .message("Record at least 2 pieces of CPD dated 1 December 2025 to 30 November 2026; 1 is recorded.")
                .putArgument("required", "2")
                .putArgument("recorded", "1")
                .build(),
            Finding.builder()
                .ruleId("anonymisation.identifier")
                .severity(Severity.WARNING)
                .location("/entries/0/impactOnPractice")
                .message("This looks like an email address; records must not identify people.")
                .span(TextSpan.of("EMAIL", 12, 31))
                .build())
        .addRequirements(
            RequirementStatus.builder()
                .ruleId("registration.minimum-entries")
                .order(10)
                .state(RequirementState.NOT_MET)
                .required("At least 2 pieces of CPD dated 1 December 2025 to 30 November 2026")
                .recorded("1 piece recorded")
                .missing("1 more piece of CPD")
                .target(2)
                .achieved(1)
                .deadline(LocalDate.of(2026, 11, 30))
                .daysLeft(23)
                .build(),
            RequirementStatus.builder()
                .ruleId("registration.declaration.health-and-character")
                .order(90)
                .state(RequirementState.NOT_CHECKED)
                .required("A declaration at renewal")
                .recorded("Confirmed by the practitioner when renewing")
                .build())
        .addRules(
            RuleOutcome.of("anonymisation.identifier", Severity.WARNING, true, 1, false),
            RuleOutcome.of("registration.minimum-entries", Severity.ERROR, true, 1, false),
            RuleOutcome.of("entry.too-short", Severity.WARNING, false, 0, false))
        .deadline(LocalDate.of(2026, 11, 30))
        .addEntries(
            org.cpdkit.rules.EntryResult.builder().index(0).entryId("2026-03-course").counts(true)
                .peerReflection(false).timeAdded(java.time.Duration.ofHours(3)).build(),
            org.cpdkit.rules.EntryResult.builder().index(1).entryId("2026-04-draft").counts(false)
                .reason("draft").peerReflection(false).timeAdded(java.time.Duration.ZERO).build())
        .build();
  }

  static Report emptyReport() {
    return Report.builder().asOf(LocalDate.of(2026, 1, 5)).build();
  }

  static TeamReport teamReport() {
    return TeamReport.builder()
        .packId("swe-2026")
        .asOf(LocalDate.of(2026, 11, 7))
        .atRiskDays(30)
        .addPractitioners(
            PractitionerStatus.builder()
                .registrationNumber("SW000001")
                .standing(Standing.COMPLIANT)
                .daysLeft(23)
                .peerReflected(true)
                .build(),
            PractitionerStatus.builder()
                .registrationNumber("SW123456")
                .standing(Standing.AT_RISK)
                .addMissing("At least 2 pieces of CPD dated 1 December 2025 to 30 November 2026: 1 piece recorded; missing: 1 more piece of CPD")
                .addErrorRules("registration.minimum-entries")
                .daysLeft(23)
                .peerReflected(false)
                .addEntriesAwaitingSignOff("e1")
                .addSignOffsAwaiting("discuss-with-manager")
                .build())
        .putStandardsCoverage(StandardCode.of("1.1"), 2)
        .putStandardsCoverage(StandardCode.of("4.5"), 1)
        .putStandardsCoverage(StandardCode.of("10.1"), 0)
        .peerReflectionParticipants(1)
        .peerReflectionEntries(2)
        .build()
        .withLearningCulture(LearningCulture.of(
            List.of(session().withTeam("Children's services east"), learningCircle()),
            List.of(toolkitRun()),
            List.of(
                SurveyResult.builder()
                    .statement("The training here helps me meet my CPD needs")
                    .team("Children's services east")
                    .date(LocalDate.of(2026, 6, 30))
                    .respondents(14)
                    .agreeing(9)
                    .build())));
  }

  /** Every example with its document type. */
  static List<Object[]> all() {
    return List.of(
        new Object[] {DocumentType.PORTFOLIO, portfolio(), "portfolio"},
        new Object[] {DocumentType.PORTFOLIO, emptyPortfolio(), "portfolio-empty"},
        new Object[] {DocumentType.PORTFOLIO, hcpcAuditPortfolio(), "portfolio-hcpc-audit"},
        new Object[] {DocumentType.ENTRY, fullEntry(), "entry"},
        new Object[] {DocumentType.ENTRY, minimalEntry(), "entry-minimal"},
        new Object[] {DocumentType.SESSION, session(), "session"},
        new Object[] {DocumentType.SESSION, learningCircle(), "session-learning-circle"},
        new Object[] {DocumentType.TOOLKIT, toolkit(), "toolkit"},
        new Object[] {DocumentType.TOOLKIT_RUN, toolkitRun(), "toolkit-run"},
        new Object[] {DocumentType.STANDARDS_FRAMEWORK, framework(), "standards-framework"},
        new Object[] {DocumentType.REPORT, report(), "report"},
        new Object[] {DocumentType.REPORT, emptyReport(), "report-empty"},
        new Object[] {DocumentType.TEAM_REPORT, teamReport(), "team-report"});
  }
}
