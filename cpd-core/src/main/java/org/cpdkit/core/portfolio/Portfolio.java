package org.cpdkit.core.portfolio;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.entry.CpdEntry;
import org.immutables.value.Value;

/**
 * A practitioner's CPD record: who they are with which regulator, their entries, and what else
 * their regulator asks the record to hold: practice hours, feedback, reflective accounts,
 * sign-offs, declarations, a learning plan and absences.
 */
@Value.Immutable
@DomainStyle
public abstract class Portfolio implements WithPortfolio, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Portfolio() {}

  /** Whose portfolio this is. */
  public abstract Practitioner practitioner();

  /** The entries, in the order they were recorded. */
  public abstract List<CpdEntry> entries();

  /** Hours of practice, for regulators that count them (NMC revalidation). */
  public abstract List<PracticeHours> practiceHours();

  /** Pieces of practice-related feedback, items of their own (NMC revalidation). */
  public abstract List<FeedbackItem> feedback();

  /** Written reflective accounts, each linked to the themes of the NMC Code. */
  public abstract List<ReflectiveAccount> reflectiveAccounts();

  /**
   * Other people's sign-offs of the record: a reflective discussion, a confirmation, a manager's
   * discussion, an employer's verification, an endorsement; people by role and opaque reference.
   * Each endorses the record as a whole or, when it names one, a single entry.
   */
  public abstract List<SignOff> signOffs();

  /** Declarations made to the regulator, by id and day. */
  public abstract List<Declaration> declarations();

  /** The written learning and development plan, when there is one (NISCC). */
  public abstract Optional<LearningPlan> learningPlan();

  /** Stretches of time away from practice, such as extended leave; they explain gaps. */
  public abstract List<Absence> absences();

  @Override
  public abstract Map<String, String> extensions();

  /**
   * The CPD profile the practitioner sends when the regulator samples them for audit (HCPC), when
   * they have one.
   */
  public abstract Optional<AuditProfile> auditProfile();

  /** The outcomes of the regulator's reviews of this practitioner's CPD, one per year reviewed. */
  public abstract List<CpdReview> reviews();

  /**
   * The review of the year before {@code period} that said this period will be reviewed too, if
   * there is one.
   */
  public Optional<CpdReview> reviewAnnouncedFor(RegistrationPeriod period) {
    LocalDate yearBefore = period.start().minusDays(1);
    return reviews().stream()
        .filter(r -> r.reviewAgainNextYear() && r.periodEnd().equals(yearBefore))
        .findFirst();
  }

  /** The entry with this identifier, if any. */
  public Optional<CpdEntry> entry(String id) {
    return entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The registration period containing {@code date} for this practitioner. */
  public RegistrationPeriod periodContaining(LocalDate date) {
    return practitioner().periodContaining(date);
  }

  /** Entries completed inside the period, drafts included, in recorded order. */
  public List<CpdEntry> entriesIn(RegistrationPeriod period) {
    return entries().stream()
        .filter(e -> period.contains(e.completedOn()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** Submitted (not draft) entries completed inside the period. */
  public List<CpdEntry> submittedEntriesIn(RegistrationPeriod period) {
    return entriesIn(period).stream()
        .filter(CpdEntry::isSubmitted)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Submitted entries inside the period that include a peer reflection. */
  public List<CpdEntry> peerReflectionsIn(RegistrationPeriod period) {
    return submittedEntriesIn(period).stream()
        .filter(CpdEntry::isPeerReflection)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Total recorded time of submitted entries inside the period. */
  public Duration totalTimeIn(RegistrationPeriod period) {
    return submittedEntriesIn(period).stream()
        .map(e -> e.timeSpent().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** Total recorded time of submitted participatory entries inside the period. */
  public Duration participatoryTimeIn(RegistrationPeriod period) {
    return submittedEntriesIn(period).stream()
        .filter(CpdEntry::participatory)
        .map(e -> e.timeSpent().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.unique("Portfolio", "entries", entries(), CpdEntry::id, "id");
    Validation.unique("Portfolio", "reviews", reviews(), CpdReview::periodEnd, "periodEnd");
    Validation.unique("Portfolio", "feedback", feedback(), FeedbackItem::id, "id");
    Validation.unique("Portfolio", "reflectiveAccounts", reflectiveAccounts(), ReflectiveAccount::id, "id");
    Validation.extensions("Portfolio", extensions());
    java.util.Set<String> ids = new java.util.HashSet<>();
    entries().forEach(e -> ids.add(e.id()));
    for (int i = 0; i < signOffs().size(); i++) {
      java.util.Optional<String> about = signOffs().get(i).entry();
      if (about.isPresent() && !ids.contains(about.get())) {
        throw new org.cpdkit.core.InvalidValueException("Portfolio", "signOffs/" + i + "/entry",
            "must name an entry of the portfolio");
      }
    }
    auditProfile().ifPresent(a -> a.checkAgainst(ids));
  }

  /** The sign-offs that endorse the entry with this id. */
  public List<SignOff> signOffsOf(String entryId) {
    return signOffs().stream()
        .filter(s -> s.entry().filter(entryId::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /** Builds {@link Portfolio} values. */
  public static final class Builder extends ImmutablePortfolio.Builder {}
}
