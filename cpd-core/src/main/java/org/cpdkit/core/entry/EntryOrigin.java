package org.cpdkit.core.entry;

import java.util.Map;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * The team toolkit run a piece of CPD came from, and the stage of the toolkit it reflects on. The
 * session in which a case study was discussed is the peer reflection's {@code sessionId}.
 */
@Value.Immutable
@DomainStyle
public abstract class EntryOrigin implements WithEntryOrigin, Extensible {

  /** The toolkit run that yielded the piece. */
  public abstract String toolkitRunId();

  /** The part of the toolkit the piece reflects on. */
  public abstract ToolkitStage toolkitStage();

  @Override
  public abstract Map<String, String> extensions();

  /** The origin of a piece yielded by this stage of this run. */
  public static EntryOrigin of(String toolkitRunId, ToolkitStage stage) {
    return builder().toolkitRunId(toolkitRunId).toolkitStage(stage).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.id("EntryOrigin", "toolkitRunId", toolkitRunId());
    Validation.extensions("EntryOrigin", extensions());
  }

  /** Builds {@link EntryOrigin} values. */
  public static final class Builder extends ImmutableEntryOrigin.Builder {}
}
