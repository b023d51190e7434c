package org.cpdkit.rules;

import java.util.List;

/**
 * Finds spans of interest in a free text, such as identifiers that must not be in an anonymised
 * record. The identifier scanner is one; a local authority can supply its own. Implementations
 * must be thread-safe and must not keep or log the text.
 */
@FunctionalInterface
public interface TextInspector {

  /**
   * The spans found in the text, in any order.
   *
   * @param text a free-text field of a record
   * @return the spans, each inside the text
   */
  List<TextSpan> inspect(String text);
}
