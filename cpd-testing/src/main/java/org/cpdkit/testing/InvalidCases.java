package org.cpdkit.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.cpdkit.core.Limits;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryOrigin;
import org.cpdkit.core.entry.Attachment;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.ToolkitStage;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.CpdReview;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.session.LearningCircleSuccess;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.SurveyResult;
import org.cpdkit.core.session.PeerFeedback;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;

/**
 * Every construction invariant of the cpdkit domain types, each as an {@link InvalidCase} that
 * breaks exactly that invariant of an otherwise valid value.
 */
public final class InvalidCases {
  private InvalidCases() {}

  private static final List<InvalidCase> ALL = List.copyOf(catalogue());

  /** Every case, grouped by type. */
  public static List<InvalidCase> all() {
    return ALL;
  }

  /** The cases of one type, given by its simple name such as {@code CpdEntry}. */
  public static List<InvalidCase> of(String type) {
    return ALL.stream().filter(c -> c.type().equals(type)).collect(Collectors.toUnmodifiableList());
  }

  /** Identifiers that break {@link Limits#ID_REGEX}. */
  public static Gen<String> badIds() {
    return Gen.elements("", "-starts-with-dash", ".starts-with-dot", "has space", "slash/inside",
        "accent-\u00e9", "tab\tinside", "a" + "b".repeat(Limits.MAX_ID_LENGTH));
  }

  /** Labels that are blank. */
  public static Gen<String> blankLabels() {
    return Gen.elements("", " ", "   ", "\t", "\n \n");
  }

  /** Labels one or more characters longer than {@link Limits#MAX_LABEL_LENGTH}. */
  public static Gen<String> tooLongLabels() {
    return random -> longText(random, Limits.MAX_LABEL_LENGTH + 1 + random.nextInt(50));
  }

  /** Free text one or more characters longer than {@link Limits#MAX_TEXT_LENGTH}. */
  public static Gen<String> tooLongTexts() {
    return random -> longText(random, Limits.MAX_TEXT_LENGTH + 1 + random.nextInt(50));
  }

  /** Extension keys that do not match {@link Limits#EXTENSION_KEY_REGEX}. */
  public static Gen<String> badExtensionKeys() {
    return Gen.elements("source", "X-source", "x-", "y-team", "x-has space", "xsource", "x-\u00e9");
  }

  private static String longText(RandomGenerator random, int length) {
    StringBuilder sb = new StringBuilder(length + 1_000);
    while (sb.length() < length) {
      sb.append(Texts.any(random)).append(' ');
    }
    sb.setLength(length);
    return sb.toString().replace(' ', sb.charAt(0) == ' ' ? 'a' : ' ');
  }

  private static Gen<Duration> negativeDurations() {
    return Gen.durations(Duration.ofMinutes(1), Duration.ofDays(400), Duration.ofMinutes(1)).map(Duration::negated);
  }

  private static Gen<Duration> overlongDurations() {
    return Gen.durations(Limits.MAX_ACTIVITY_DURATION.plusSeconds(1), Duration.ofDays(5_000), Duration.ofMinutes(7));
  }

  private static <T, B> Gen<Supplier<?>> mutate(
      Gen<T> valid, Function<T, B> from, BiConsumer<B, RandomGenerator> mutation, Function<B, ?> build) {
    return random -> {
      B builder = from.apply(valid.next(random));
      mutation.accept(builder, random);
      return () -> build.apply(builder);
    };
  }

  /** Collects cases; one small helper per type keeps each case to one line. */
  private static final class Catalogue {
    final List<InvalidCase> cases = new ArrayList<>();

    void add(String type, String field, String description, Gen<? extends Supplier<?>> gen) {
      cases.add(new InvalidCase(type, field, description, gen));
    }

    void standard(String field, String d, BiConsumer<Standard.Builder, RandomGenerator> m) {
      add("Standard", field, d, mutate(StandardGens.standards(), v -> Standard.builder().from(v), m, Standard.Builder::build));
    }

    void group(String field, String d, BiConsumer<StandardGroup.Builder, RandomGenerator> m) {
      add("StandardGroup", field, d, mutate(StandardGens.groups(), v -> StandardGroup.builder().from(v), m, StandardGroup.Builder::build));
    }

    void framework(String field, String d, BiConsumer<StandardsFramework.Builder, RandomGenerator> m) {
      add("StandardsFramework", field, d,
          mutate(StandardGens.frameworks(), v -> StandardsFramework.builder().from(v), m, StandardsFramework.Builder::build));
    }

    void entry(String field, String d, BiConsumer<CpdEntry.Builder, RandomGenerator> m) {
      add("CpdEntry", field, d, mutate(EntryGens.entries(), v -> CpdEntry.builder().from(v), m, CpdEntry.Builder::build));
    }

    void origin(String field, String d, BiConsumer<EntryOrigin.Builder, RandomGenerator> m) {
      add("EntryOrigin", field, d, mutate(EntryGens.origins(), v -> EntryOrigin.builder().from(v), m, EntryOrigin.Builder::build));
    }

    void evidence(String field, String d, BiConsumer<EvidenceReference.Builder, RandomGenerator> m) {
      add("EvidenceReference", field, d,
          mutate(EntryGens.evidence(), v -> EvidenceReference.builder().from(v), m, EvidenceReference.Builder::build));
    }

    void attachment(String field, String d, BiConsumer<Attachment.Builder, RandomGenerator> m) {
      add("Attachment", field, d,
          mutate(EntryGens.attachments(), v -> Attachment.builder().from(v), m, Attachment.Builder::build));
    }

    void peer(String field, String d, BiConsumer<PeerReflection.Builder, RandomGenerator> m) {
      add("PeerReflection", field, d,
          mutate(CpdGenerators.peerReflections(), v -> PeerReflection.builder().from(v), m, PeerReflection.Builder::build));
    }

    void structured(String field, String d, BiConsumer<StructuredReflection.Builder, RandomGenerator> m) {
      add("StructuredReflection", field, d,
          mutate(EntryGens.structuredReflections(), v -> StructuredReflection.builder().from(v), m, StructuredReflection.Builder::build));
    }

    void practitioner(String field, String d, BiConsumer<Practitioner.Builder, RandomGenerator> m) {
      add("Practitioner", field, d,
          mutate(PortfolioGens.practitioners(), v -> Practitioner.builder().from(v), m, Practitioner.Builder::build));
    }

    void portfolio(String field, String d, BiConsumer<Portfolio.Builder, RandomGenerator> m) {
      add("Portfolio", field, d,
          mutate(CpdGenerators.portfolios(1, 6), v -> Portfolio.builder().from(v), m, Portfolio.Builder::build));
    }

    void review(String field, String d, BiConsumer<CpdReview.Builder, RandomGenerator> m) {
      add("CpdReview", field, d, mutate(PortfolioGens.reviews(), v -> CpdReview.builder().from(v), m, CpdReview.Builder::build));
    }

    void prompt(String field, String d, BiConsumer<Prompt.Builder, RandomGenerator> m) {
      add("Prompt", field, d, mutate(SessionGens.prompts(), v -> Prompt.builder().from(v), m, Prompt.Builder::build));
    }

    void session(String field, String d, BiConsumer<PeerReflectionSession.Builder, RandomGenerator> m) {
      add("PeerReflectionSession", field, d,
          mutate(SessionGens.sessions(), v -> PeerReflectionSession.builder().from(v), m, PeerReflectionSession.Builder::build));
    }

    void peerFeedback(String field, String d, BiConsumer<PeerFeedback.Builder, RandomGenerator> m) {
      add("PeerFeedback", field, d,
          mutate(SessionGens.peerFeedback(), v -> PeerFeedback.builder().from(v), m, PeerFeedback.Builder::build));
    }

    void success(String field, String d, BiConsumer<LearningCircleSuccess.Builder, RandomGenerator> m) {
      add("LearningCircleSuccess", field, d,
          mutate(SessionGens.successes(), v -> LearningCircleSuccess.builder().from(v), m, LearningCircleSuccess.Builder::build));
    }

    void survey(String field, String d, BiConsumer<SurveyResult.Builder, RandomGenerator> m) {
      add("SurveyResult", field, d,
          mutate(SessionGens.surveyResults(), v -> SurveyResult.builder().from(v), m, SurveyResult.Builder::build));
    }

    void toolkit(String field, String d, BiConsumer<Toolkit.Builder, RandomGenerator> m) {
      add("Toolkit", field, d, mutate(ToolkitGens.toolkits(), v -> Toolkit.builder().from(v), m, Toolkit.Builder::build));
    }

    void toolkitParticipant(String field, String d, BiConsumer<ToolkitParticipant.Builder, RandomGenerator> m) {
      Gen<ToolkitParticipant> valid = ToolkitGens.runs().filter(r -> !r.participants().isEmpty())
          .map(r -> r.participants().get(0));
      add("ToolkitParticipant", field, d,
          mutate(valid, v -> ToolkitParticipant.builder().from(v), m, ToolkitParticipant.Builder::build));
    }

    void run(String field, String d, BiConsumer<ToolkitRun.Builder, RandomGenerator> m) {
      add("ToolkitRun", field, d, mutate(ToolkitGens.runs(), v -> ToolkitRun.builder().from(v), m, ToolkitRun.Builder::build));
    }

    /** The two extension invariants every extensible type shares. */
    <B> void extensions(String type, BiConsumer<String, BiConsumer<B, RandomGenerator>> adder,
        BiConsumer<B, Map.Entry<String, String>> put) {
      adder.accept("extension key not starting with x-",
          (b, r) -> put.accept(b, Map.entry(badExtensionKeys().next(r), "true")));
      adder.accept("blank extension value",
          (b, r) -> put.accept(b, Map.entry("x-blank", blankLabels().next(r))));
    }
  }

  private static <T, B> void record(Catalogue c, String type, String field, String d, Gen<T> valid, Function<T, B> from,
      BiConsumer<B, RandomGenerator> m, Function<B, ?> build) {
    c.add(type, field, d, mutate(valid, from, m, build));
  }

  private static void recordCases(Catalogue c) {
    record(c, "PracticeHours", "end", "end before start", RecordGens.practiceHours(),
        v -> org.cpdkit.core.portfolio.PracticeHours.builder().from(v),
        (b, r) -> b.end(b.build().start().minusDays(r.nextInt(1, 100))), org.cpdkit.core.portfolio.PracticeHours.Builder::build);
    record(c, "PracticeHours", "hours", "zero hours", RecordGens.practiceHours(),
        v -> org.cpdkit.core.portfolio.PracticeHours.builder().from(v), (b, r) -> b.hours(Duration.ZERO),
        org.cpdkit.core.portfolio.PracticeHours.Builder::build);
    record(c, "PracticeHours", "setting", "blank setting", RecordGens.practiceHours(),
        v -> org.cpdkit.core.portfolio.PracticeHours.builder().from(v), (b, r) -> b.setting(blankLabels().next(r)),
        org.cpdkit.core.portfolio.PracticeHours.Builder::build);
    record(c, "FeedbackItem", "id", "bad id", RecordGens.feedbackItems(),
        v -> org.cpdkit.core.portfolio.FeedbackItem.builder().from(v), (b, r) -> b.id(badIds().next(r)),
        org.cpdkit.core.portfolio.FeedbackItem.Builder::build);
    record(c, "FeedbackItem", "source", "blank source", RecordGens.feedbackItems(),
        v -> org.cpdkit.core.portfolio.FeedbackItem.builder().from(v), (b, r) -> b.source(blankLabels().next(r)),
        org.cpdkit.core.portfolio.FeedbackItem.Builder::build);
    record(c, "FeedbackItem", "note", "text too long", RecordGens.feedbackItems(),
        v -> org.cpdkit.core.portfolio.FeedbackItem.builder().from(v), (b, r) -> b.note(tooLongTexts().next(r)),
        org.cpdkit.core.portfolio.FeedbackItem.Builder::build);
    record(c, "ReflectiveAccount", "codeThemes", "the same theme twice", RecordGens.reflectiveAccounts(),
        v -> org.cpdkit.core.portfolio.ReflectiveAccount.builder().from(v),
        (b, r) -> b.addCodeTheme(org.cpdkit.core.portfolio.CodeTheme.PRESERVE_SAFETY)
            .addCodeTheme(org.cpdkit.core.portfolio.CodeTheme.PRESERVE_SAFETY),
        org.cpdkit.core.portfolio.ReflectiveAccount.Builder::build);
    record(c, "ReflectiveAccount", "whatILearned", "text too long", RecordGens.reflectiveAccounts(),
        v -> org.cpdkit.core.portfolio.ReflectiveAccount.builder().from(v), (b, r) -> b.whatILearned(tooLongTexts().next(r)),
        org.cpdkit.core.portfolio.ReflectiveAccount.Builder::build);
    record(c, "SignOff", "role", "blank role", RecordGens.signOffs(),
        v -> org.cpdkit.core.portfolio.SignOff.builder().from(v), (b, r) -> b.role(blankLabels().next(r)),
        org.cpdkit.core.portfolio.SignOff.Builder::build);
    record(c, "SignOff", "reference", "a reference that is not an opaque id", RecordGens.signOffs(),
        v -> org.cpdkit.core.portfolio.SignOff.builder().from(v), (b, r) -> b.reference(badIds().next(r)),
        org.cpdkit.core.portfolio.SignOff.Builder::build);
    c.add("Declaration", "id", "not a lower-kebab code",
        Gen.elements("Health", "health_and_character", "", "-x", "x--y").map(id -> () ->
            org.cpdkit.core.portfolio.Declaration.of(id, java.time.LocalDate.of(2026, 1, 1))));
    record(c, "LearningPlan", "lastReviewed", "reviewed before it was agreed", RecordGens.learningPlans(),
        v -> org.cpdkit.core.portfolio.LearningPlan.builder().from(v),
        (b, r) -> b.agreedOn(java.time.LocalDate.of(2025, 6, 1)).lastReviewed(java.time.LocalDate.of(2025, 5, 31)),
        org.cpdkit.core.portfolio.LearningPlan.Builder::build);
    record(c, "Absence", "end", "end before start", RecordGens.absences(),
        v -> org.cpdkit.core.portfolio.Absence.builder().from(v),
        (b, r) -> b.end(b.build().start().minusDays(r.nextInt(1, 100))), org.cpdkit.core.portfolio.Absence.Builder::build);
    record(c, "SignOff", "entry", "an entry id that is not an opaque id", RecordGens.signOffs(),
        v -> org.cpdkit.core.portfolio.SignOff.builder().from(v), (b, r) -> b.entry(badIds().next(r)),
        org.cpdkit.core.portfolio.SignOff.Builder::build);
    record(c, "ProfileGap", "end", "end not after start", RecordGens.profileGaps(),
        v -> org.cpdkit.core.portfolio.ProfileGap.builder().from(v),
        (b, r) -> b.end(b.build().start().minusDays(r.nextInt(0, 100))), org.cpdkit.core.portfolio.ProfileGap.Builder::build);
    Gen<org.cpdkit.core.portfolio.AuditProfile> profiles = RecordGens.auditProfiles(List.of("e1", "e2", "e3"));
    record(c, "AuditProfile", "requestedOn", "requested on or before the first day covered", profiles,
        v -> org.cpdkit.core.portfolio.AuditProfile.builder().from(v),
        (b, r) -> b.coversFrom(b.build().requestedOn().plusDays(r.nextInt(0, 100))),
        org.cpdkit.core.portfolio.AuditProfile.Builder::build);
    record(c, "AuditProfile", "statement", "text too long", profiles,
        v -> org.cpdkit.core.portfolio.AuditProfile.builder().from(v), (b, r) -> b.statement(tooLongTexts().next(r)),
        org.cpdkit.core.portfolio.AuditProfile.Builder::build);
    record(c, "AuditProfile", "activities", "the same entry listed twice", profiles,
        v -> org.cpdkit.core.portfolio.AuditProfile.builder().from(v),
        (b, r) -> b.activities(List.of("e1", "e1")), org.cpdkit.core.portfolio.AuditProfile.Builder::build);
    record(c, "AuditProfile", "statementActivities", "an entry id that is not an opaque id", profiles,
        v -> org.cpdkit.core.portfolio.AuditProfile.builder().from(v),
        (b, r) -> b.statementActivities(List.of(badIds().next(r))), org.cpdkit.core.portfolio.AuditProfile.Builder::build);
    c.portfolio("signOffs/0/entry", "a sign-off of an entry the portfolio does not hold", (b, r) -> b.signOffs(List.of(
        RecordGens.signOffs().next(r).withEntry("not-an-entry-" + r.nextInt(1000)))));
    c.portfolio("auditProfile/activities/0", "an audit profile listing an entry the portfolio does not hold",
        (b, r) -> b.auditProfile(org.cpdkit.core.portfolio.AuditProfile.builder()
            .requestedOn(LocalDate.of(2026, 9, 1)).addActivity("not-an-entry-" + r.nextInt(1000)).build()));
    c.portfolio("feedback", "two feedback items with one id", (b, r) -> {
      org.cpdkit.core.portfolio.FeedbackItem f = RecordGens.feedbackItems().next(r);
      b.addFeedback(f).addFeedback(f.withNote("another note"));
    });
  }

  private static List<InvalidCase> catalogue() {
    Catalogue c = new Catalogue();
    recordCases(c);
    Gen<String> badCodes = Gen.elements("", "4..5", "4.5.", ".4", "4 5", "4_5", "4.5.6.7.8.9",
        "ABCDEFGHIJK.1", "\u00e9.1", "4/5");

    c.add("StandardCode", "value", "not a standard code", badCodes.map(v -> () -> StandardCode.of(v)));

    c.standard("summary", "blank summary", (b, r) -> b.summary(blankLabels().next(r)));
    c.standard("summary", "summary too long", (b, r) -> b.summary(tooLongLabels().next(r)));
    c.standard("label", "blank label", (b, r) -> b.label(blankLabels().next(r)));
    c.standard("label", "label too long", (b, r) -> b.label(tooLongLabels().next(r)));

    c.group("code", "group code not a standard code", (b, r) -> b.code(badCodes.next(r)));
    c.group("title", "blank title", (b, r) -> b.title(blankLabels().next(r)));
    c.group("title", "title too long", (b, r) -> b.title(tooLongLabels().next(r)));
    c.group("standards", "two standards with one code", (b, r) -> {
      StandardGroup g = b.build();
      b.addStandard(g.standards().get(0).withSummary("Another summary."));
    });
    c.group("standards", "standard code not starting with the group code", (b, r) -> {
      StandardGroup g = b.build();
      b.addStandard(Standard.of("Z" + g.code() + ".1", "A standard from elsewhere."));
    });

    c.framework("id", "bad id", (b, r) -> b.id(badIds().next(r)));
    c.framework("title", "blank title", (b, r) -> b.title(blankLabels().next(r)));
    c.framework("publisher", "blank publisher", (b, r) -> b.publisher(blankLabels().next(r)));
    c.framework("version", "blank version", (b, r) -> b.version(blankLabels().next(r)));
    c.framework("version", "version too long", (b, r) -> b.version(tooLongLabels().next(r)));
    c.framework("groups", "two groups with one code", (b, r) -> b.addGroup(b.build().groups().get(0)));
    c.<StandardsFramework.Builder>extensions("StandardsFramework",
        (d, m) -> c.framework("extensions", d, m), (b, e) -> b.putExtension(e));

    c.entry("id", "bad id", (b, r) -> b.id(badIds().next(r)));
    c.entry("title", "blank title", (b, r) -> b.title(blankLabels().next(r)));
    c.entry("title", "title too long", (b, r) -> b.title(tooLongLabels().next(r)));
    c.entry("activityDescription", "blank activity description", (b, r) -> b.activityDescription(blankLabels().next(r)));
    c.entry("endDate", "endDate before date", (b, r) -> {
      CpdEntry e = b.build();
      b.endDate(e.date().minusDays(r.nextInt(1, 400)));
    });
    c.entry("timeSpent", "negative time spent", (b, r) -> b.timeSpent(negativeDurations().next(r)));
    c.entry("timeSpent", "time spent over 366 days", (b, r) -> b.timeSpent(overlongDurations().next(r)));
    c.entry("whatIDid", "text too long", (b, r) -> b.whatIDid(tooLongTexts().next(r)));
    c.entry("whatILearned", "text too long", (b, r) -> b.whatILearned(tooLongTexts().next(r)));
    c.entry("impactOnPractice", "text too long", (b, r) -> b.impactOnPractice(tooLongTexts().next(r)));
    c.entry("standards", "the same standard twice", (b, r) -> {
      StandardCode code = StandardGens.sweCodes().next(r);
      b.addStandard(code).addStandard(code);
    });
    c.entry("codeThemes", "the same theme twice", (b, r) -> b.codeThemes(List.of())
        .addCodeTheme(org.cpdkit.core.portfolio.CodeTheme.PRIORITISE_PEOPLE)
        .addCodeTheme(org.cpdkit.core.portfolio.CodeTheme.PRIORITISE_PEOPLE));
    c.entry("tags", "blank tag", (b, r) -> b.addTag(blankLabels().next(r)));
    c.entry("tags", "tag too long", (b, r) -> b.addTag(tooLongLabels().next(r)));
    c.entry("tags", "the same tag twice", (b, r) -> b.addTag("repeated").addTag("repeated"));
    c.entry("date", "year before 1900", (b, r) -> b.date(LocalDate.of(r.nextInt(1, 1900), 6, 1)).endDate(java.util.Optional.empty()));
    c.entry("date", "year after 9999", (b, r) -> b.date(LocalDate.of(r.nextInt(10_000, 100_000), 6, 1)).endDate(java.util.Optional.empty()));
    c.<CpdEntry.Builder>extensions("CpdEntry", (d, m) -> c.entry("extensions", d, m), (b, e) -> b.putExtension(e));

    c.origin("toolkitRunId", "bad run id", (b, r) -> b.toolkitRunId(badIds().next(r)));
    c.<EntryOrigin.Builder>extensions("EntryOrigin", (d, m) -> c.origin("extensions", d, m), (b, e) -> b.putExtension(e));

    c.evidence("description", "blank description", (b, r) -> b.description(blankLabels().next(r)));
    c.evidence("description", "description too long", (b, r) -> b.description(tooLongLabels().next(r)));
    c.<EvidenceReference.Builder>extensions("EvidenceReference", (d, m) -> c.evidence("extensions", d, m), (b, e) -> b.putExtension(e));
    c.attachment("mediaType", "not a media type", (b, r) -> b.mediaType(
        Gen.elements("", "pdf", "application/", "/pdf", "Application/PDF", "text/plain; charset=utf-8", "a b/c").next(r)));
    c.attachment("size", "negative size", (b, r) -> b.size(-1 - r.nextInt(1000)));
    c.attachment("size", "size beyond what JSON holds exactly", (b, r) -> b.size(Limits.MAX_ATTACHMENT_SIZE + 1 + r.nextInt(1000)));
    c.attachment("sha256", "not a SHA-256 digest", (b, r) -> b.sha256(
        Gen.elements("", "abc", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0", "z".repeat(64)).next(r)));
    c.attachment("date", "a year before 1900", (b, r) -> b.date(LocalDate.of(1000 + r.nextInt(899), 1, 1)));
    c.<Attachment.Builder>extensions("Attachment", (d, m) -> c.attachment("extensions", d, m), (b, e) -> b.putExtension(e));

    c.peer("peerRoles", "blank role", (b, r) -> b.addPeerRole(blankLabels().next(r)));
    c.peer("peerRoles", "role too long", (b, r) -> b.addPeerRole(tooLongLabels().next(r)));
    c.peer("whatILearnedFromPeers", "text too long", (b, r) -> b.whatILearnedFromPeers(tooLongTexts().next(r)));
    c.peer("sessionId", "bad session id", (b, r) -> b.sessionId(badIds().next(r)));
    c.<PeerReflection.Builder>extensions("PeerReflection", (d, m) -> c.peer("extensions", d, m), (b, e) -> b.putExtension(e));

    c.structured("sections", "a section the model does not have", (b, r) -> {
      ReflectionModel model = b.build().model();
      b.putSection(r.nextBoolean() ? "summary" : otherModelSection(model, r), "Some text.");
    });
    c.structured("sections", "section text too long", (b, r) -> {
      ReflectionModel model = b.build().model();
      b.putSection(model.sections().get(r.nextInt(model.sections().size())), tooLongTexts().next(r));
    });
    c.<StructuredReflection.Builder>extensions("StructuredReflection", (d, m) -> c.structured("extensions", d, m), (b, e) -> b.putExtension(e));

    c.practitioner("registrationNumber", "bad registration number", (b, r) -> b.registrationNumber(
        Gen.elements("", " SW123456", "-SW1", "SW#123", "SW" + "1".repeat(31), "SW\u00e9").next(r)));
    c.<Practitioner.Builder>extensions("Practitioner", (d, m) -> c.practitioner("extensions", d, m), (b, e) -> b.putExtension(e));

    c.portfolio("entries", "two entries with one id", (b, r) -> {
      CpdEntry first = b.build().entries().get(0);
      b.addEntry(EntryGens.entries().next(r).withId(first.id()));
    });
    c.portfolio("reviews", "two reviews of one year", (b, r) -> {
      CpdReview review = PortfolioGens.reviews().next(r);
      b.addReviews(review, review.withFeedbackGiven(!review.feedbackGiven()));
    });
    c.review("date", "outcome dated on or before the end of the year reviewed",
        (b, r) -> b.date(b.build().periodEnd().minusDays(r.nextInt(30))));
    c.review("periodEnd", "a year before 1900", (b, r) -> b.periodEnd(LocalDate.of(1800 + r.nextInt(99), 11, 30))
        .date(LocalDate.of(1900, 1, 1)));
    c.review("reference", "bad reference", (b, r) -> b.reference(badIds().next(r)));
    c.<CpdReview.Builder>extensions("CpdReview", (d, m) -> c.review("extensions", d, m), (b, e) -> b.putExtension(e));
    c.<Portfolio.Builder>extensions("Portfolio", (d, m) -> c.portfolio("extensions", d, m), (b, e) -> b.putExtension(e));

    Gen<RegistrationPeriod> periods = PortfolioGens.periods();
    c.add("RegistrationPeriod", "end", "end before start",
        periods.map(p -> () -> RegistrationPeriod.of(p.start(), p.start().minusDays(1), p.deadline())));
    c.add("RegistrationPeriod", "deadline", "deadline before start",
        periods.map(p -> () -> RegistrationPeriod.of(p.start(), p.end(), p.start().minusDays(1))));

    Gen<String> roles = Gen.elements(Texts.PEER_ROLES);
    c.add("Participant", "id", "bad id", badIds().zip(roles, (id, role) -> () -> Participant.of(id, role)));
    c.add("Participant", "role", "blank role",
        Ids.ids("p").zip(blankLabels(), (id, role) -> () -> Participant.of(id, role)));
    c.add("Participant", "role", "role too long",
        Ids.ids("p").zip(tooLongLabels(), (id, role) -> () -> Participant.of(id, role)));

    c.prompt("id", "bad id", (b, r) -> b.id(badIds().next(r)));
    c.prompt("text", "blank text", (b, r) -> b.text(blankLabels().next(r)));
    c.prompt("text", "text over 2000 characters", (b, r) -> b.text(longText(r, 2_001 + r.nextInt(100))));
    c.prompt("standards", "the same standard twice", (b, r) -> {
      StandardCode code = StandardGens.sweCodes().next(r);
      b.addStandard(code).addStandard(code);
    });

    SessionCases.add(c);
    return c.cases;
  }

  private static String otherModelSection(ReflectionModel model, RandomGenerator random) {
    List<String> others = new ArrayList<>();
    for (ReflectionModel m : ReflectionModel.values()) {
      m.sections().stream().filter(s -> !model.sections().contains(s)).forEach(others::add);
    }
    return others.get(random.nextInt(others.size()));
  }

  /** Sessions and toolkits, kept apart so that each method fits on a screen. */
  private static final class SessionCases {
    static void add(Catalogue c) {
      c.session("id", "bad id", (b, r) -> b.id(badIds().next(r)));
      c.session("title", "blank title", (b, r) -> b.title(blankLabels().next(r)));
      c.session("title", "title too long", (b, r) -> b.title(tooLongLabels().next(r)));
      c.session("duration", "zero duration", (b, r) -> b.duration(Duration.ZERO));
      c.session("duration", "negative duration", (b, r) -> b.duration(negativeDurations().next(r)));
      c.session("duration", "duration over 366 days", (b, r) -> b.duration(overlongDurations().next(r)));
      c.session("participants", "two participants with one id", (b, r) -> {
        Participant p = b.build().participants().get(0);
        b.addParticipant(Participant.of(p.id(), Texts.pick(r, Texts.PEER_ROLES)));
      });
      c.session("prompts", "the same prompt twice", (b, r) -> {
        Prompt p = SessionGens.builtInPrompts().next(r);
        b.prompts(List.of(p, p));
      });
      c.session("notes", "notes too long", (b, r) -> b.notes(tooLongTexts().next(r)));
      c.session("feedback", "feedback too long", (b, r) -> b.addFeedback(tooLongTexts().next(r)));
      c.session("feedforward", "feedforward too long", (b, r) -> b.addFeedforward(tooLongTexts().next(r)));
      c.session("peerFeedback", "feedback from someone who did not attend", (b, r) -> {
        List<String> ids = new ArrayList<>(b.build().attendeeIds());
        ids.add("absent-" + Ids.letters(r, 6));
        PeerFeedback f = SessionGens.peerFeedback(ids).filter(x -> x.giverId().startsWith("absent-")).next(r);
        b.addPeerFeedback(f);
      });
      c.session("successes", "a success in a session that is not a learning circle", (b, r) -> {
        PeerReflectionSession s = b.build();
        b.format(SessionFormat.GROUP_SUPERVISION)
            .addSuccess(SessionGens.successes(List.copyOf(s.attendeeIds())).next(r));
      });
      c.session("successes", "a success brought by someone who did not attend", (b, r) -> b
          .format(SessionFormat.PRACTICE_LEARNING_CIRCLE)
          .addSuccess(SessionGens.successes(List.of("absent-" + Ids.letters(r, 6))).next(r)));
      c.session("team", "blank team", (b, r) -> b.team(blankLabels().next(r)));
      c.survey("statement", "blank statement", (b, r) -> b.statement(blankLabels().next(r)));
      c.survey("statement", "statement too long", (b, r) -> b.statement(tooLongLabels().next(r)));
      c.survey("team", "blank team", (b, r) -> b.team(blankLabels().next(r)));
      c.survey("respondents", "no respondents", (b, r) -> b.respondents(-r.nextInt(3)).agreeing(0));
      c.survey("agreeing", "more agreeing than answered", (b, r) -> {
        int n = b.build().respondents();
        b.agreeing(n + 1 + r.nextInt(10));
      });
      c.survey("agreeing", "negative agreeing", (b, r) -> b.agreeing(-1 - r.nextInt(10)));
      c.survey("date", "a year before 1900", (b, r) -> b.date(LocalDate.of(1000 + r.nextInt(899), 6, 30)));
      c.<SurveyResult.Builder>extensions("SurveyResult", (d, m) -> c.survey("extensions", d, m), (b, e) -> b.putExtension(e));
      c.success("presenterId", "bad presenter id", (b, r) -> b.presenterId(badIds().next(r)));
      c.success("success", "blank success", (b, r) -> b.success(blankLabels().next(r)));
      c.success("success", "success too long", (b, r) -> b.success(tooLongTexts().next(r)));
      c.success("whatMadeItWork", "whatMadeItWork too long", (b, r) -> b.whatMadeItWork(tooLongTexts().next(r)));
      c.success("howToRepeatIt", "howToRepeatIt too long", (b, r) -> b.howToRepeatIt(tooLongTexts().next(r)));
      c.<LearningCircleSuccess.Builder>extensions("LearningCircleSuccess", (d, m) -> c.success("extensions", d, m), (b, e) -> b.putExtension(e));
      c.peerFeedback("giverId", "bad giver id", (b, r) -> b.giverId(badIds().next(r)));
      c.peerFeedback("receiverId", "bad receiver id", (b, r) -> b.receiverId(badIds().next(r)));
      c.peerFeedback("receiverId", "given to the giver", (b, r) -> b.receiverId(b.build().giverId()));
      c.peerFeedback("text", "blank text", (b, r) -> b.text(blankLabels().next(r)));
      c.peerFeedback("text", "text too long", (b, r) -> b.text(tooLongTexts().next(r)));
      c.<PeerFeedback.Builder>extensions("PeerFeedback", (d, m) -> c.peerFeedback("extensions", d, m), (b, e) -> b.putExtension(e));
      c.<PeerReflectionSession.Builder>extensions("PeerReflectionSession",
          (d, m) -> c.session("extensions", d, m), (b, e) -> b.putExtension(e));

      c.toolkit("id", "bad id", (b, r) -> b.id(badIds().next(r)));
      c.toolkit("title", "blank title", (b, r) -> b.title(blankLabels().next(r)));
      c.toolkit("theme", "blank theme", (b, r) -> b.theme(blankLabels().next(r)));
      c.toolkit("moduleTitle", "blank module title", (b, r) -> b.moduleTitle(blankLabels().next(r)));
      c.toolkit("caseStudyTitle", "caseStudyTitle too long", (b, r) -> b.caseStudyTitle(tooLongLabels().next(r)));
      c.toolkit("moduleMinimumTime", "zero module minimum", (b, r) -> b.moduleMinimumTime(Duration.ZERO));
      c.toolkit("moduleMinimumTime", "negative module minimum", (b, r) -> b.moduleMinimumTime(negativeDurations().next(r)));
      c.toolkit("moduleMaximumTime", "module maximum below minimum", (b, r) -> {
        Toolkit t = b.build();
        b.moduleMaximumTime(t.moduleMinimumTime().minusMinutes(r.nextInt(1, (int) t.moduleMinimumTime().toMinutes())));
      });
      c.toolkit("caseStudyTime", "case study under 60 minutes", (b, r) -> b.caseStudyTime(Duration.ofMinutes(r.nextInt(0, 60))));
      c.toolkit("caseStudyTime", "negative case study time", (b, r) -> b.caseStudyTime(negativeDurations().next(r)));
      c.toolkit("caseStudyTime", "case study over 366 days", (b, r) -> b.caseStudyTime(overlongDurations().next(r)));
      c.toolkit("standards", "the same standard twice", (b, r) -> {
        StandardCode code = StandardGens.sweCodes().next(r);
        b.addStandard(code).addStandard(code);
      });
      c.<Toolkit.Builder>extensions("Toolkit", (d, m) -> c.toolkit("extensions", d, m), (b, e) -> b.putExtension(e));

      c.toolkitParticipant("moduleTimeSpent", "zero module time", (b, r) -> b.moduleTimeSpent(Duration.ZERO));
      c.toolkitParticipant("moduleTimeSpent", "negative module time", (b, r) -> b.moduleTimeSpent(negativeDurations().next(r)));
      c.toolkitParticipant("moduleReflectionEntryId", "bad entry id", (b, r) -> b.moduleReflectionEntryId(badIds().next(r)));
      c.toolkitParticipant("caseStudyReflectionEntryId", "bad entry id", (b, r) -> b.caseStudyReflectionEntryId(badIds().next(r)));
      c.toolkitParticipant("caseStudyReflectionEntryId", "same entry as the module reflection",
          (b, r) -> b.moduleReflectionEntryId("entry-1").caseStudyReflectionEntryId("entry-1"));
      c.<ToolkitParticipant.Builder>extensions("ToolkitParticipant",
          (d, m) -> c.toolkitParticipant("extensions", d, m), (b, e) -> b.putExtension(e));

      c.run("id", "bad id", (b, r) -> b.id(badIds().next(r)));
      c.run("caseStudyDate", "case study (L2) before the module (L1) deadline", (b, r) -> {
        ToolkitRun run = b.build();
        b.caseStudyDate(run.moduleDeadline().minusDays(r.nextInt(1, 60)));
      });
      c.run("caseStudySessionId", "bad session id", (b, r) -> b.caseStudySessionId(badIds().next(r)));
      c.run("caseStudyDuration", "zero case study duration", (b, r) -> b.caseStudyDuration(Duration.ZERO));
      c.run("caseStudyDuration", "negative case study duration", (b, r) -> b.caseStudyDuration(negativeDurations().next(r)));
      c.run("participants", "two participants with one id", (b, r) -> {
        ToolkitParticipant p = b.build().participants().get(0);
        b.addParticipant(ToolkitParticipant.builder()
            .participant(Participant.of(p.participant().id(), Texts.pick(r, Texts.PEER_ROLES))).build());
      });
      c.<ToolkitRun.Builder>extensions("ToolkitRun", (d, m) -> c.run("extensions", d, m), (b, e) -> b.putExtension(e));
    }
  }
}
