package org.cpdkit.rules;

import java.util.ArrayList;
import java.util.List;
import org.cpdkit.anonymise.IdentifierFinding;
import org.cpdkit.anonymise.IdentifierScanner;

/** Ready-made {@link TextInspector}s. */
public final class TextInspectors {

  private TextInspectors() {}

  /** Built on first use: the scanner's lexicon is loaded once and shared by every check. */
  private static final class Standard {
    static final TextInspector INSPECTOR = identifiers(IdentifierScanner.standard());
  }

  /**
   * cpdkit's identifier scanner as an inspector: each identifier it finds becomes a span of its
   * kind ({@code PERSON_NAME}, {@code EMAIL}, …). Use it with {@link RulePack#checker(TextInspector)}.
   */
  public static TextInspector identifiers() {
    return Standard.INSPECTOR;
  }

  /** A configured identifier scanner as an inspector. */
  public static TextInspector identifiers(IdentifierScanner scanner) {
    return text -> {
      List<TextSpan> spans = new ArrayList<>();
      for (IdentifierFinding f : scanner.scan(text)) {
        spans.add(TextSpan.of(f.kind().name(), f.start(), f.end()));
      }
      return spans;
    };
  }
}
