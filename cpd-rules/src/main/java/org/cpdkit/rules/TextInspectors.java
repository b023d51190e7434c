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
    static final TextInspector INSPECTOR = new Pure(identifiers(IdentifierScanner.standard()));
  }

  /**
   * An inspector whose spans depend on the text alone, with no effect besides: inspecting the same
   * text twice gives the same spans, so a check may inspect each distinct text once. The standard
   * scanner is one (no detectors of its own, nothing kept from one text to the next).
   */
  static final class Pure implements TextInspector {
    private final TextInspector inspector;

    Pure(TextInspector inspector) {
      this.inspector = inspector;
    }

    @Override
    public List<TextSpan> inspect(String text) {
      return inspector.inspect(text);
    }
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
