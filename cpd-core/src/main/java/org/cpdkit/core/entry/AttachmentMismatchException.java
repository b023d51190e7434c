package org.cpdkit.core.entry;

import java.io.IOException;

/** A file is not the one an evidence attachment describes: its size or SHA-256 digest differs. */
public final class AttachmentMismatchException extends IOException {
  private static final long serialVersionUID = 1L;

  AttachmentMismatchException(String message) {
    super(message);
  }
}
