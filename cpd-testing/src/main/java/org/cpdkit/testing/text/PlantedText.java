package org.cpdkit.testing.text;

import java.util.List;
import java.util.Objects;

/**
 * A generated reflective text together with every identifier planted in it. Nothing else in the
 * text identifies anyone: the rest is anonymised practice writing full of look-alikes
 * (organisations, laws, citations, months, anonymised forms such as {@code Child A}).
 *
 * @param text the text
 * @param spans the planted identifiers in order of their start, without overlaps
 */
public record PlantedText(String text, List<PlantedSpan> spans) {

  /** Checks that every span lies inside the text. */
  public PlantedText {
    Objects.requireNonNull(text, "PlantedText.text must not be null");
    spans = List.copyOf(spans);
    for (PlantedSpan s : spans) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "PlantedText: span "
                + s.start()
                + ".."
                + s.end()
                + " ends beyond the text length "
                + text.length());
      }
    }
  }

  /**
   * The characters of a planted span.
   *
   * @param span one of {@link #spans()}
   * @return the identifier as it appears in the text
   */
  public String covered(PlantedSpan span) {
    return text.substring(span.start(), span.end());
  }

  /** Shows the number of planted spans and the text length only, never the text. */
  @Override
  public String toString() {
    return "PlantedText{length=" + text.length() + ", spans=" + spans.size() + "}";
  }
}
