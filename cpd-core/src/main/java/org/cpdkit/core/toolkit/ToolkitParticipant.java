package org.cpdkit.core.toolkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.session.Participant;
import org.immutables.value.Value;

/**
 * One participant's progress through a toolkit run: when they completed the individual module,
 * whether they attended the case study, and the CPD entries holding their two reflections.
 */
@Value.Immutable
@DomainStyle
public abstract class ToolkitParticipant implements WithToolkitParticipant, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  ToolkitParticipant() {}

  /** Who. */
  public abstract Participant participant();

  /** When the individual module (L1) was completed, if it was. */
  public abstract Optional<LocalDate> moduleCompletedOn();

  /** How long the individual module took them, when they recorded it. */
  public abstract Optional<Duration> moduleTimeSpent();

  /** Whether they attended the case-study discussion (L2). */
  @Value.Default
  public boolean attendedCaseStudy() {
    return false;
  }

  /** The CPD entry holding their reflection on L1, once recorded. */
  public abstract Optional<String> moduleReflectionEntryId();

  /** The CPD entry holding their reflection on L2 (a peer reflection), once recorded. */
  public abstract Optional<String> caseStudyReflectionEntryId();

  @Override
  public abstract Map<String, String> extensions();

  /** Whether both reflections the toolkit yields have been recorded. */
  public boolean hasBothReflections() {
    return moduleReflectionEntryId().isPresent() && caseStudyReflectionEntryId().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "ToolkitParticipant";
    moduleTimeSpent().ifPresent(d -> Validation.positiveDuration(type, "moduleTimeSpent", d));
    moduleReflectionEntryId().ifPresent(id -> Validation.id(type, "moduleReflectionEntryId", id));
    caseStudyReflectionEntryId().ifPresent(id -> Validation.id(type, "caseStudyReflectionEntryId", id));
    if (moduleReflectionEntryId().isPresent()
        && moduleReflectionEntryId().equals(caseStudyReflectionEntryId())) {
      throw new org.cpdkit.core.InvalidValueException(
          type, "caseStudyReflectionEntryId", "must differ from moduleReflectionEntryId: the toolkit yields two reflections");
    }
    Validation.extensions(type, extensions());
  }

  /** Builds {@link ToolkitParticipant} values. */
  public static final class Builder extends ImmutableToolkitParticipant.Builder {}
}
