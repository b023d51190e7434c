package org.cpdkit.cli;

/** A failure the user can act on: its message is printed as one line and the exit status is 2. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
