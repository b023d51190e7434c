package org.cpdkit.interop.xapi;

import java.util.List;
import java.util.Objects;
import org.cpdkit.rules.Finding;

/**
 * A record that was not exported because text it would have carried holds what looks like an
 * identifier. The findings say where (JSON Pointers relative to the record) and what kind, never
 * the text.
 *
 * @param kind {@code entry}, {@code session} or {@code toolkit-run}
 * @param id the record's identifier
 * @param findings the anonymisation findings, at least one
 */
public record Refusal(String kind, String id, List<Finding> findings) {
  /** A refusal; the list is copied. */
  public Refusal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    findings = List.copyOf(findings);
  }
}
