package org.cpdkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A document of any kind, as {@link CpdJson#readAny(java.io.InputStream)} read it: its type (from
 * its {@code $format}) and the value it holds.
 *
 * @param type the document's type
 * @param value the value, an instance of {@code type.javaType()}
 */
public record Document(DocumentType<?> type, Object value) {
  /** Checks that the value is of the type's Java type. */
  public Document {
    Objects.requireNonNull(type, "type");
    if (!type.javaType().isInstance(value)) {
      throw new IllegalArgumentException("Document: value is not a " + type.javaType().getSimpleName());
    }
  }

  /** The value, if the document is of the given type. */
  public <T> Optional<T> as(DocumentType<T> wanted) {
    return type == wanted ? Optional.of(wanted.javaType().cast(value)) : Optional.empty();
  }
}
