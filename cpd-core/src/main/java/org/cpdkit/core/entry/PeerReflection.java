package org.cpdkit.core.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * The peer-reflection part of a CPD entry: a discussion of the learning with one or more peers,
 * who are named by role (job title), never by name.
 */
@Value.Immutable
@DomainStyle
public abstract class PeerReflection implements WithPeerReflection, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  PeerReflection() {}

  /** When the discussion took place, if recorded. */
  public abstract Optional<LocalDate> date();

  /** How the discussion took place. */
  @Value.Default
  public ReflectionMode mode() {
    return ReflectionMode.IN_PERSON;
  }

  /** The peers' roles, such as {@code team manager} or {@code health visitor}; never names. */
  public abstract List<String> peerRoles();

  /** What the practitioner learned from the discussion with the peers. */
  @Value.Redacted
  @Value.Default
  public String whatILearnedFromPeers() {
    return "";
  }

  /** The peer-reflection session this discussion was part of, if any. */
  public abstract Optional<String> sessionId();

  @Override
  public abstract Map<String, String> extensions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "PeerReflection";
    Validation.labels(type, "peerRoles", peerRoles());
    Validation.text(type, "whatILearnedFromPeers", whatILearnedFromPeers());
    sessionId().ifPresent(id -> Validation.id(type, "sessionId", id));
    Validation.extensions(type, extensions());
  }

  /** Builds {@link PeerReflection} values. */
  public static final class Builder extends ImmutablePeerReflection.Builder {}
}
