package org.cpdkit.core.entry;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * A pointer to evidence for a CPD entry: a certificate, notes, a reading, a file in a store, with
 * the file described (media type, size, digest, date) when it is one.
 */
@Value.Immutable
@DomainStyle
public abstract class EvidenceReference implements WithEvidenceReference, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  EvidenceReference() {}

  /** What the evidence is, such as {@code Certificate of attendance}. */
  public abstract String description();

  /** Where it is, if it has an address. */
  public abstract Optional<URI> uri();

  /** The file itself, described by media type, size, SHA-256 digest and date, when the evidence is a file. */
  public abstract Optional<Attachment> attachment();

  @Override
  public abstract Map<String, String> extensions();

  /** Evidence with a description only. */
  public static EvidenceReference of(String description) {
    return builder().description(description).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    Validation.label("EvidenceReference", "description", description());
    Validation.extensions("EvidenceReference", extensions());
  }

  /** Builds {@link EvidenceReference} values. */
  public static final class Builder extends ImmutableEvidenceReference.Builder {}
}
