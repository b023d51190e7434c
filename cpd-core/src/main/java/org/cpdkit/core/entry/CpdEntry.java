package org.cpdkit.core.entry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.portfolio.CodeTheme;
import org.cpdkit.core.standard.StandardCode;
import org.immutables.value.Value;

/**
 * One piece of CPD as a practitioner records it: what was done and when, what was learned, the
 * impact on practice, the standards it evidences, and optionally a peer reflection and a
 * structured reflection.
 *
 * <p>An entry may be incomplete (blank reflections, no standards): those are regulators'
 * requirements, checked by rules, so that a record can be held and fixed. Only what can never be
 * true fails at construction.
 */
@Value.Immutable
@DomainStyle
public abstract class CpdEntry implements WithCpdEntry, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  CpdEntry() {}

  /** An opaque identifier, unique within a portfolio. */
  public abstract String id();

  /** A short title, such as {@code Trauma-informed practice course}. */
  public abstract String title();

  /**
   * What kind of activity this was; empty while an entry is being written (a submitted entry
   * without one is a rule finding, never a construction error, so the record can be read and fixed).
   */
  public abstract Optional<ActivityType> activityType();

  /** The activity in a few words when the type is {@link ActivityType#OTHER}. */
  public abstract Optional<String> activityDescription();

  /** When the activity took place (its first day). */
  public abstract LocalDate date();

  /** The last day, for an activity spread over several days. */
  public abstract Optional<LocalDate> endDate();

  /** Time spent, where recorded; some regulators count hours. */
  public abstract Optional<Duration> timeSpent();

  /**
   * Whether the activity involved interaction with other people (as NMC revalidation counts
   * participatory hours). Defaults to true for peer reflections.
   */
  @Value.Default
  public boolean participatory() {
    return peerReflection().isPresent();
  }

  /** What was done and why it is relevant. */
  @Value.Redacted
  @Value.Default
  public String whatIDid() {
    return "";
  }

  /** What was learned. */
  @Value.Redacted
  @Value.Default
  public String whatILearned() {
    return "";
  }

  /** The impact on practice and on the people worked with: the reflection. */
  @Value.Redacted
  @Value.Default
  public String impactOnPractice() {
    return "";
  }

  /** The professional standards the entry evidences, by code. */
  public abstract List<StandardCode> standards();

  /**
   * The parts of the NMC Code most relevant to the activity, by theme, as the NMC's CPD log asks
   * each activity to identify; empty when the record does not link the Code (other regulators).
   */
  public abstract List<CodeTheme> codeThemes();

  /** The peer reflection, when the learning was discussed with peers. */
  public abstract Optional<PeerReflection> peerReflection();

  /** A reflection following a named model, if the practitioner wrote one. */
  public abstract Optional<StructuredReflection> structuredReflection();

  /** Evidence for the activity. */
  public abstract List<EvidenceReference> evidence();

  /** The toolkit run that yielded the piece, when one did. */
  public abstract Optional<EntryOrigin> origin();

  /** Free labels chosen by the practitioner or their organisation. */
  public abstract List<String> tags();

  /**
   * The last day of the registration period whose renewal this piece was already used for, as
   * the recording system knows it; such a piece never counts for a later period, whatever its date.
   */
  public abstract Optional<LocalDate> usedForRenewal();

  /** Whether the entry is a draft or submitted. */
  @Value.Default
  public EntryStatus status() {
    return EntryStatus.SUBMITTED;
  }

  @Override
  public abstract Map<String, String> extensions();

  /** Whether the entry includes a peer reflection. */
  public boolean isPeerReflection() {
    return peerReflection().isPresent();
  }

  /** The day the activity was completed: the end date if there is one, otherwise the date. */
  public LocalDate completedOn() {
    return endDate().orElse(date());
  }

  /** Whether the entry has been submitted (not a draft). */
  public boolean isSubmitted() {
    return status() == EntryStatus.SUBMITTED;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "CpdEntry";
    Validation.id(type, "id", id());
    Validation.label(type, "title", title());
    activityDescription().ifPresent(d -> Validation.label(type, "activityDescription", d));
    endDate().ifPresent(end -> Validation.notBefore(type, "endDate", end, "date", date()));
    timeSpent().ifPresent(d -> Validation.duration(type, "timeSpent", d));
    Validation.text(type, "whatIDid", whatIDid());
    Validation.text(type, "whatILearned", whatILearned());
    Validation.text(type, "impactOnPractice", impactOnPractice());
    Validation.unique(type, "standards", standards());
    Validation.unique(type, "codeThemes", codeThemes());
    Validation.labels(type, "tags", tags());
    Validation.unique(type, "tags", tags());
    Validation.extensions(type, extensions());
    if (date().getYear() < 1900 || date().getYear() > 9999) {
      throw new InvalidValueException(type, "date", "must be a year between 1900 and 9999");
    }
    usedForRenewal().ifPresent(d -> Validation.year(type, "usedForRenewal", d));
  }

  /** Builds {@link CpdEntry} values. */
  public static final class Builder extends ImmutableCpdEntry.Builder {}
}
