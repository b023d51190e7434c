package org.cpdkit.interop.framework;

/**
 * A CASE package that cannot be read as a standards framework: not JSON, or a record missing what
 * the mapping needs. The message is one line naming where (a JSON Pointer into the package) and
 * what is wrong; it never echoes the package's text.
 */
public final class CaseFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  CaseFormatException(String pointer, String problem) {
    super((pointer.isEmpty() ? "the package" : pointer) + ": " + problem);
    this.pointer = pointer;
  }

  /** Where the problem is: a JSON Pointer into the package; empty for the whole package. */
  public String pointer() {
    return pointer;
  }
}
