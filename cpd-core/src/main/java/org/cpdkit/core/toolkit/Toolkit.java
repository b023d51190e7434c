package org.cpdkit.core.toolkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.standard.StandardCode;
import org.immutables.value.Value;

/**
 * A themed team learning toolkit: an individual online module (L1, expected to take 60 to 90
 * minutes) followed by a complex case study discussed in group supervision (L2, at least 60
 * minutes).
 */
@Value.Immutable
@DomainStyle
public abstract class Toolkit implements WithToolkit, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Toolkit() {}

  /** The shortest L2 discussion a toolkit can be designed for. */
  public static final Duration MINIMUM_CASE_STUDY_TIME = Duration.ofMinutes(60);

  /** A stable identifier. */
  public abstract String id();

  /** The toolkit's title. */
  public abstract String title();

  /** Its theme, such as {@code Working with neglect}. */
  public abstract String theme();

  /** The title of the individual online module (L1). */
  public abstract String moduleTitle();

  /** The least time L1 is expected to take. */
  @Value.Default
  public Duration moduleMinimumTime() {
    return Duration.ofMinutes(60);
  }

  /** The most time L1 is expected to take. */
  @Value.Default
  public Duration moduleMaximumTime() {
    return Duration.ofMinutes(90);
  }

  /** The title of the case study discussed in group supervision (L2). */
  public abstract String caseStudyTitle();

  /** How long the L2 discussion is designed to take: at least 60 minutes. */
  @Value.Default
  public Duration caseStudyTime() {
    return MINIMUM_CASE_STUDY_TIME;
  }

  /** The standards the toolkit serves. */
  public abstract List<StandardCode> standards();

  @Override
  public abstract Map<String, String> extensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "Toolkit";
    Validation.id(type, "id", id());
    Validation.label(type, "title", title());
    Validation.label(type, "theme", theme());
    Validation.label(type, "moduleTitle", moduleTitle());
    Validation.label(type, "caseStudyTitle", caseStudyTitle());
    Validation.positiveDuration(type, "moduleMinimumTime", moduleMinimumTime());
    Validation.positiveDuration(type, "moduleMaximumTime", moduleMaximumTime());
    if (moduleMaximumTime().compareTo(moduleMinimumTime()) < 0) {
      throw new InvalidValueException(type, "moduleMaximumTime", "must not be less than moduleMinimumTime");
    }
    Validation.duration(type, "caseStudyTime", caseStudyTime());
    if (caseStudyTime().compareTo(MINIMUM_CASE_STUDY_TIME) < 0) {
      throw new InvalidValueException(type, "caseStudyTime", "must be at least 60 minutes");
    }
    Validation.unique(type, "standards", standards());
    Validation.extensions(type, extensions());
  }

  /** Builds {@link Toolkit} values. */
  public static final class Builder extends ImmutableToolkit.Builder {}
}
