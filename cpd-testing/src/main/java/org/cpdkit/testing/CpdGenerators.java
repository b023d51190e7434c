package org.cpdkit.testing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.Attachment;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.CpdReview;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.session.LearningCircleSuccess;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.SurveyResult;
import org.cpdkit.rules.team.LearningCulture;
import org.cpdkit.core.session.PeerFeedback;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitRun;

/**
 * Seeded generators of valid cpdkit domain values, for property checks of code that uses them.
 * Generated texts are realistic but fictional and anonymised: people appear by role, never by
 * name, and no text carries an address, contact detail or reference number.
 *
 * <pre>{@code
 * Portfolio p = CpdGenerators.compliantForSwe(period).sample(42L);
 * }</pre>
 */
public final class CpdGenerators {
  private CpdGenerators() {}

  // standards

  /** Codes of standards in the built-in Social Work England framework (2019). */
  public static Gen<StandardCode> standardCodes() {
    return StandardGens.sweCodes();
  }

  /** Standard codes in the shapes other frameworks use too, such as {@code PCF-3} or {@code K2.a}. */
  public static Gen<StandardCode> anyStandardCodes() {
    return StandardGens.anyCodes();
  }

  /** Zero to four distinct built-in codes, mostly from the CPD group (4), as an entry lists them. */
  public static Gen<List<StandardCode>> standardCodeLists() {
    return StandardGens.sweCodeLists();
  }

  /** Standards of user-built frameworks. */
  public static Gen<Standard> standards() {
    return StandardGens.standards();
  }

  /** Groups of user-built frameworks, each with one to eight standards whose codes match. */
  public static Gen<StandardGroup> standardGroups() {
    return StandardGens.groups();
  }

  /** User-built frameworks with one to six groups, and now and then the built-in one. */
  public static Gen<StandardsFramework> standardsFrameworks() {
    return StandardGens.frameworks();
  }

  // entries

  /**
   * CPD entries of every activity type, dated inside a Social Work England registration period
   * (1 December to 30 November, 2019 to 2030); about a third carry a peer reflection.
   */
  public static Gen<CpdEntry> cpdEntries() {
    return EntryGens.entries().withShrinker(Shrink::entry);
  }

  /** CPD entries whose first and last days fall inside {@code period}, drafts included. */
  public static Gen<CpdEntry> cpdEntries(RegistrationPeriod period) {
    return EntryGens.entries(Objects.requireNonNull(period, "period"), EntryGens.Peer.MAYBE, 0.85)
        .withShrinker(e -> Shrink.entry(e).filter(s -> period.contains(s.date()) && period.contains(s.completedOn())));
  }

  /** Submitted CPD entries inside {@code period} that always include a peer reflection. */
  public static Gen<CpdEntry> peerReflectionEntries(RegistrationPeriod period) {
    return EntryGens.entries(Objects.requireNonNull(period, "period"), EntryGens.Peer.ALWAYS, 1.0)
        .withShrinker(e -> Shrink.entry(e).filter(s -> period.contains(s.date()) && period.contains(s.completedOn())));
  }

  /** Peer reflections: one to four peers by role, any mode, sometimes linked to a session. */
  public static Gen<PeerReflection> peerReflections() {
    return EntryGens.swePeriods().flatMap(p -> EntryGens.peerReflections(Gen.dates(p.start(), p.end())));
  }

  /** Structured reflections of every model, with all or some of the model's sections. */
  public static Gen<StructuredReflection> structuredReflections() {
    return EntryGens.structuredReflections();
  }

  /** Evidence references, some with a {@code urn:} address. */
  public static Gen<EvidenceReference> evidenceReferences() {
    return EntryGens.evidence();
  }

  /** Evidence files described by media type, size, SHA-256 digest and date. */
  public static Gen<Attachment> attachments() {
    return EntryGens.attachments();
  }

  /** Time spent on an activity: mostly 30 minutes to a day, sometimes up to two days. */
  public static Gen<Duration> timeSpent() {
    return EntryGens.timeSpent();
  }

  /** Reflective free text about social work practice, fictional and anonymised. */
  public static Gen<String> reflections() {
    return Texts::impact;
  }

  /** Peers' and participants' roles, such as {@code team manager} or {@code health visitor}. */
  public static Gen<String> roles() {
    return Gen.elements(Texts.PEER_ROLES);
  }

  // portfolios

  /** Practitioners of every regulator; those whose periods follow their own cycle always have registeredOn. */
  public static Gen<Practitioner> practitioners() {
    return PortfolioGens.practitioners();
  }

  /** Practitioners registered with {@code regulator}. */
  public static Gen<Practitioner> practitioners(Regulator regulator) {
    return PortfolioGens.practitioners(Objects.requireNonNull(regulator, "regulator"));
  }

  /** Social Work England registration periods, 1 December to 30 November, starting 2019 to 2029. */
  public static Gen<RegistrationPeriod> sweRegistrationPeriods() {
    return EntryGens.swePeriods();
  }

  /** Registration periods of every regulator, as computed for a registrant's own cycle. */
  public static Gen<RegistrationPeriod> registrationPeriods() {
    return PortfolioGens.periods();
  }

  /** Outcomes of the regulator's review of a Social Work England registration year. */
  public static Gen<CpdReview> cpdReviews() {
    return PortfolioGens.reviews();
  }

  /** Portfolios of any regulator's practitioner with 0 to 12 entries in their latest one or two periods. */
  public static Gen<Portfolio> portfolios() {
    return portfolios(0, 12);
  }

  /** Portfolios of any regulator's practitioner with {@code min} to {@code max} entries. */
  public static Gen<Portfolio> portfolios(int min, int max) {
    return PortfolioGens.portfolios(PortfolioGens.practitioners(), min, max)
        .withShrinker(p -> Shrink.portfolio(p, s -> s.entries().size() >= min));
  }

  /**
   * Portfolios of any regulator's practitioner that, most of the time, also hold practice hours,
   * feedback, reflective accounts, sign-offs, declarations, a learning plan and absences, with
   * some entries already used for a renewal and some drafts without an activity type.
   */
  public static Gen<Portfolio> portfoliosWithRecords() {
    return RecordGens.withRecord(portfolios(0, 8));
  }

  /** Practice hours with a setting and scope. */
  public static Gen<org.cpdkit.core.portfolio.PracticeHours> practiceHours() {
    return RecordGens.practiceHours();
  }

  /** Pieces of practice-related feedback. */
  public static Gen<org.cpdkit.core.portfolio.FeedbackItem> feedbackItems() {
    return RecordGens.feedbackItems();
  }

  /** Written reflective accounts, linked to 0 to 4 themes of the NMC Code. */
  public static Gen<org.cpdkit.core.portfolio.ReflectiveAccount> reflectiveAccounts() {
    return RecordGens.reflectiveAccounts();
  }

  /** Sign-offs of every kind, by role and sometimes an opaque reference. */
  public static Gen<org.cpdkit.core.portfolio.SignOff> signOffs() {
    return RecordGens.signOffs();
  }

  /** Declarations of the ids the built-in packs ask for. */
  public static Gen<org.cpdkit.core.portfolio.Declaration> declarations() {
    return RecordGens.declarations();
  }

  /** Learning and development plans. */
  public static Gen<org.cpdkit.core.portfolio.LearningPlan> learningPlans() {
    return RecordGens.learningPlans();
  }

  /** Gaps in an audit profile's dated list, explained or not. */
  public static Gen<org.cpdkit.core.portfolio.ProfileGap> profileGaps() {
    return RecordGens.profileGaps();
  }

  /** Audit profiles whose lists name only these entry ids (put them in a portfolio holding those entries). */
  public static Gen<org.cpdkit.core.portfolio.AuditProfile> auditProfiles(List<String> entryIds) {
    return RecordGens.auditProfiles(entryIds);
  }

  /** Absences from practice. */
  public static Gen<org.cpdkit.core.portfolio.Absence> absences() {
    return RecordGens.absences();
  }

  /** Portfolios of {@code regulator}'s practitioners with {@code min} to {@code max} entries. */
  public static Gen<Portfolio> portfolios(Regulator regulator, int min, int max) {
    return PortfolioGens.portfolios(PortfolioGens.practitioners(regulator), min, max)
        .withShrinker(p -> Shrink.portfolio(p, s -> s.entries().size() >= min));
  }

  /**
   * Social Work England portfolios that meet the requirement for {@code period}: at least two
   * submitted entries completed inside it, at least one with a peer reflection, each saying what
   * was done, learned and changed (and learned from the peers); drafts, and entries of the
   * neighbouring periods, are mixed in. Checked with Social Work England's pack for the period on
   * any day from the last counted entry to the end of the period, they raise no {@code ERROR}.
   */
  public static Gen<Portfolio> compliantForSwe(RegistrationPeriod period) {
    return Gen.ints(2, 5).flatMap(n -> Gen.ints(1, n).flatMap(peer -> PortfolioGens.swe(period, n, peer)))
        .withShrinker(p -> Shrink.portfolio(p, s -> s.submittedEntriesIn(period).size() >= 2
            && !s.peerReflectionsIn(period).isEmpty()));
  }

  /**
   * Social Work England portfolios exactly {@code submitted} submitted entries inside {@code
   * period}, {@code peerReflections} of them with a peer reflection, plus drafts and entries of
   * neighbouring periods that do not count. Use it to build portfolios that miss the requirement.
   */
  public static Gen<Portfolio> sweWith(RegistrationPeriod period, int submitted, int peerReflections) {
    if (submitted < 0 || peerReflections < 0 || peerReflections > submitted) {
      throw new IllegalArgumentException("CpdGenerators.sweWith: need 0 <= peerReflections <= submitted");
    }
    return PortfolioGens.swe(Objects.requireNonNull(period, "period"), submitted, peerReflections)
        .withShrinker(p -> Shrink.portfolio(p, s -> s.submittedEntriesIn(period).size() == submitted
            && s.peerReflectionsIn(period).size() == peerReflections));
  }

  // sessions

  /** Participants: an opaque identifier and a role. */
  public static Gen<Participant> participants() {
    return SessionGens.participants();
  }

  /** The built-in prompts and, one time in four, a team's own prompt. */
  public static Gen<Prompt> prompts() {
    return SessionGens.prompts();
  }

  /** The built-in prompts only, from {@code PromptLibrary.all()}. */
  public static Gen<Prompt> builtInPrompts() {
    return SessionGens.builtInPrompts();
  }

  /** Feedback or feedforward one participant gave another, between two different ids. */
  public static Gen<PeerFeedback> peerFeedback() {
    return SessionGens.peerFeedback();
  }

  /** Successes brought to a practice learning circle, some with what made them work and how to repeat them. */
  public static Gen<LearningCircleSuccess> learningCircleSuccesses() {
    return SessionGens.successes();
  }

  /** Staff-survey results: how many answered a statement and how many agreed, by team or for all. */
  public static Gen<SurveyResult> surveyResults() {
    return SessionGens.surveyResults();
  }

  /** Learning-culture summaries of up to eight sessions, four toolkit runs and six survey results. */
  public static Gen<LearningCulture> learningCultures() {
    return random -> LearningCulture.of(
        Gen.distinctListOf(SessionGens.sessions(), PeerReflectionSession::id, 0, 8).next(random),
        Gen.distinctListOf(ToolkitGens.runs(), ToolkitRun::id, 0, 4).next(random),
        Gen.listOf(SessionGens.surveyResults(), 0, 6).next(random));
  }

  /** Peer-reflection sessions of every format with one to ten participants. */
  public static Gen<PeerReflectionSession> peerReflectionSessions() {
    return SessionGens.sessions();
  }

  /** Peer-reflection sessions held inside {@code period}. */
  public static Gen<PeerReflectionSession> peerReflectionSessions(RegistrationPeriod period) {
    return SessionGens.sessions(Objects.requireNonNull(period, "period"));
  }

  // toolkits

  /** Team learning toolkits with L1 of 45 minutes to two hours and L2 of one to two hours. */
  public static Gen<Toolkit> toolkits() {
    return ToolkitGens.toolkits();
  }

  /** Toolkit runs with a facilitator, one to twelve participants and their progress. */
  public static Gen<ToolkitRun> toolkitRuns() {
    return ToolkitGens.runs();
  }

  /** Toolkit runs whose module deadline falls inside {@code period}. */
  public static Gen<ToolkitRun> toolkitRuns(RegistrationPeriod period) {
    return ToolkitGens.runs(Objects.requireNonNull(period, "period"));
  }
}
