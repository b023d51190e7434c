package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A stretch of time away from practice, such as extended leave: it explains a gap in the record
 * (HCPC asks for gaps to be explained). It does not lift a requirement where the regulator says
 * it does not (Social Work England asks those on leave to record CPD too).
 */
@Value.Immutable
@DomainStyle
public abstract class Absence implements WithAbsence {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Absence() {}

  /** The first day away. */
  public abstract LocalDate start();

  /** The last day away. */
  public abstract LocalDate end();

  /** Why. */
  public abstract AbsenceReason reason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.notBefore("Absence", "end", end(), "start", start());
    Validation.year("Absence", "start", start());
    Validation.year("Absence", "end", end());
  }

  /** Builds {@link Absence} values. */
  public static final class Builder extends ImmutableAbsence.Builder {}
}
