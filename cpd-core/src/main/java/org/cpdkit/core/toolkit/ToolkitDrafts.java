package org.cpdkit.core.toolkit;

import java.util.List;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.entry.CpdEntry;
import org.immutables.value.Value;

/**
 * The draft CPD entries a toolkit run yields for one participant, made only from what happened,
 * and the gaps in the record that kept a draft from being made or from being complete.
 */
@Value.Immutable
@DomainStyle
public abstract class ToolkitDrafts {

  /** The participant the drafts are for. */
  public abstract String participantId();

  /** The drafts: at most one for the module and one for the case study, in that order. */
  public abstract List<CpdEntry> entries();

  /** What the record lacks, in the order the stages come. */
  public abstract List<DraftGap> gaps();

  /** Whether both drafts could be made in full. */
  public boolean isComplete() {
    return gaps().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.id("ToolkitDrafts", "participantId", participantId());
    Validation.unique("ToolkitDrafts", "gaps", gaps());
  }

  /** Builds {@link ToolkitDrafts} values. */
  public static final class Builder extends ImmutableToolkitDrafts.Builder {}
}
