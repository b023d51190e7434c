package org.cpdkit.anonymise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local format registered through {@code META-INF/services} on the test class path: household
 * numbers such as {@code HH 4471}.
 */
public final class HouseholdNumberDetector implements Detector {
  private static final Pattern HOUSEHOLD = Pattern.compile("\\bHH \\d{4}\\b");

  @Override
  public Collection<IdentifierFinding> detect(CharSequence text) {
    List<IdentifierFinding> out = new ArrayList<>();
    Matcher m = HOUSEHOLD.matcher(text);
    while (m.find()) {
      out.add(
          new IdentifierFinding(
              IdentifierKind.CASE_REFERENCE,
              m.start(),
              m.end(),
              m.group(),
              0.9,
              "household-number"));
    }
    return out;
  }
}
