package org.cpdkit.interop.framework;

import java.util.Objects;

/**
 * Something in a CASE package that a standards framework has no place for, such as an {@code
 * exactMatchOf} association, a rubric or an item below a standard. An import lists every one, so
 * nothing is dropped without saying so.
 *
 * @param pointer where it is, a JSON Pointer into the package
 * @param message what it is and what happened to it, for a person; never the package's text
 */
public record CaseNotice(String pointer, String message) {
  /** A notice; both parts are required. */
  public CaseNotice {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (pointer.isEmpty() ? "the package" : pointer) + ": " + message;
  }
}
