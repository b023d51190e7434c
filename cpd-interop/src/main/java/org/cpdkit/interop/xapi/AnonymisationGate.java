package org.cpdkit.interop.xapi;

import java.util.List;
import org.cpdkit.rules.Checker;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.IdentifierRule;
import org.cpdkit.rules.RuleSet;
import org.cpdkit.rules.TextField;
import org.cpdkit.rules.TextInspector;

/**
 * The one place the export meets the anonymisation check: the text a statement would carry is
 * given to the {@code anonymisation.identifier} rule, and any finding refuses the record.
 */
final class AnonymisationGate {
  private final Checker<List<TextField>> checker;

  AnonymisationGate(TextInspector inspector) {
    this.checker = Checker.of(RuleSet.of(IdentifierRule.<List<TextField>>of(inspector, fields -> fields)));
  }

  /** The findings for these fields; empty when the text may leave. */
  List<Finding> check(List<TextField> fields) {
    if (fields.isEmpty()) {
      return List.of();
    }
    return checker.check(fields).findings();
  }
}
