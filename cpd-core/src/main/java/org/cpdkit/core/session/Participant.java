package org.cpdkit.core.session;

import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * Someone taking part in a session or toolkit run, known by an opaque identifier and their role
 * (job title), never by name.
 */
@Value.Immutable
@org.cpdkit.core.internal.SmallValueStyle
@DomainStyle
public abstract class Participant {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  Participant() {}

  /** An opaque identifier, such as a staff number or a pseudonymous key. */
  @Value.Parameter
  public abstract String id();

  /** The participant's role, such as {@code advanced practitioner}. */
  @Value.Parameter
  public abstract String role();

  /** A participant from an identifier and a role. */
  public static Participant of(String id, String role) {
    return ImmutableParticipant.of(id, role);
  }

  @Value.Check
  protected void check() {
    Validation.id("Participant", "id", id());
    Validation.label("Participant", "role", role());
  }
}
