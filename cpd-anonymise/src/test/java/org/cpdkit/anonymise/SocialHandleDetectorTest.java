package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Social handles: the cases that must be reported and those that must stay silent, through the SocialHandleDetector alone and the whole scanner. */
class SocialHandleDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"She posts as @jess_m_1998 online.|@jess_m_1998", "(@tyler.k)|@tyler.k"})
  void socialHandleReports(String text, String expected) {
    reports(IdentifierKind.SOCIAL_HANDLE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Follow @SocialWorkEng for updates.", "Mail j.smith@example.org", "We met @ 3pm."})
  void socialHandleSilent(String text) {
    silent(IdentifierKind.SOCIAL_HANDLE, text);
  }
}
