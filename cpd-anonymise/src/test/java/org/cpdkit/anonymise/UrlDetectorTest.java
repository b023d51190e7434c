package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpdkit.anonymise.Scans.reports;
import static org.cpdkit.anonymise.Scans.silent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Web addresses: the cases that must be reported and those that must stay silent, through the UrlDetector alone and the whole scanner. */
class UrlDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Her post at https://www.facebook.com/jess.m.1998/posts/1 upset"
            + " him.|https://www.facebook.com/jess.m.1998/posts/1",
        "Blog: www.example.com/mum-diary.|www.example.com/mum-diary"
      })
  void urlReports(String text, String expected) {
    reports(IdentifierKind.URL, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Guidance at https://www.socialworkengland.org.uk/standards/ helped.",
        "See https://www.gov.uk/government/publications/working-together."
      })
  void publicGuidanceUrlSilentAtDefaultConfidence(String text) {
    silent(IdentifierKind.URL, text);
  }

  private static final IdentifierKind KIND = IdentifierKind.URL;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "See [https://example.org/jess] for more.|https://example.org/jess",
        "See {https://example.org/jess} for more.|https://example.org/jess",
        "Link: <https://example.org/jess>.|https://example.org/jess",
        "(see https://www.example.org/a_(b)_c).|https://www.example.org/a_(b)_c",
        "Visit https://example.org/jess… now|https://example.org/jess",
        "«https://example.org/jess»|https://example.org/jess",
        "*https://example.org/jess*|https://example.org/jess",
        "Her page https://192.168.0.12/jess went up.|https://192.168.0.12/jess",
        "Posted on http://example.org:8080/a?b=c#d.|http://example.org:8080/a?b=c#d",
        "Her page www.example.org/jess, and more.|www.example.org/jess",
        "WWW.EXAMPLE.ORG/JESS|WWW.EXAMPLE.ORG/JESS",
        "The fundraiser https://jess.example.xyz/help|https://jess.example.xyz/help",
        "In Markdown `https://example.org/jess` is code.|https://example.org/jess"
      })
  void bracketedPunctuatedAndUncommonAddressesReportWithoutTheirFrame(
      String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "See tiktok.com/@jess.m for it.|tiktok.com/@jess.m",
        "(medium.com/@jess)|medium.com/@jess"
      })
  void aProfileAddressWithoutSchemeReportsFromItsHandle(String text, String expected) {
    exactly(text, expected);
    assertThat(Scans.found(IdentifierKind.SOCIAL_HANDLE, text)).isEmpty();
  }

  @Test
  void aPublicBodysProfileAddressIsBelowTheDefaultConfidence() {
    silent(KIND, "See example.gov.uk/@dept today");
  }

  @Test
  void anAddressInATableCellEndsAtTheBar() {
    exactly("| https://example.org/jess| her page |", "https://example.org/jess");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The www. prefix is optional.", "We used http and https.", "`http(s)://` or `www.`"
      })
  void schemesAloneAreSilent(String text) {
    silent(KIND, text);
  }

  /** The kind's findings in the text are exactly these spans, alone and in the whole scanner. */
  private static void exactly(String text, String... spans) {
    assertThat(Scans.found(KIND, text)).as("%s in: %s", KIND, text).containsExactly(spans);
    assertThat(Scans.foundAlone(KIND, text))
        .as("%s alone in: %s", KIND, text)
        .containsExactly(spans);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Her blog is at example.org/jess now.|example.org/jess",
        "Profile: linkedin.com/in/jess-m.|linkedin.com/in/jess-m",
        "See jessblogs.co.uk/2024/05/visit, then ring.|jessblogs.co.uk/2024/05/visit",
        "(mumdiary.blog/posts/12)|mumdiary.blog/posts/12"
      })
  void addressesWithNoSchemeReportFromTheirPath(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Guidance is on gov.uk and on example.org.",
        "Tick and/or cross; e.g. blog/vlog posts.",
        "Write to j.smith@example.org/ today.",
        "Version 1.2.3/4 and report.pdf/docx were sent.",
        "Contact via gov.uk/ only."
      })
  void hostsAloneAndOtherDottedWordsStaySilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "She writes at jessblogs.co.uk about her week.|jessblogs.co.uk",
        "Her blog: jessblogs.co.uk.|jessblogs.co.uk",
        "(see jess-m.blog)|jess-m.blog",
        "Her shop JessMakes.com, then more.|JessMakes.com",
        "See opendoors-sheffield.example.org today.|opendoors-sheffield.example.org",
        "Fundraiser at helpkai2024.co.uk!|helpkai2024.co.uk",
        "Her page jess.helpkai.org went up.|jess.helpkai.org",
        "Her site jessblogs.co.uk/ has photos.|jessblogs.co.uk"
      })
  void aHostWrittenAloneReports(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "She shops on amazon.co.uk and reads bbc.co.uk.",
        "Search google.com or youtube.com for it.",
        "I signposted her to mind.org.uk, samaritans.org and nspcc.org.uk.",
        "Resources from twinkl.co.uk and researchinpractice.org.uk helped.",
        "Open report.docx and notes.app, then data.csv.",
        "It ended.It was late.",
        "We finished at the end.No one spoke.",
        "It was the end.Next we met.",
        "Version 1.2.3 at 10.30, e.g. 3.5 hours.",
        "Under s.47 and s20 of the Children Act 1989, see p.12.",
        "It cost £1,234.50 in 2023.",
        "Guidance is on co.uk sites and at gov.uk.",
        "Email jess@jessblogs.co.uk today."
      })
  void hostLookAlikesAndPublicSitesAloneStaySilent(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The camera at 192.168.0.12 was reset.|192.168.0.12",
        "Logged from 10.0.0.1, twice.|10.0.0.1",
        "(IP 172.16.254.1)|172.16.254.1"
      })
  void aBareIpAddressReports(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Paragraph 1.2.3.4 applies.",
        "Version 10.2.3.4 was installed.",
        "Values 192.168.0.300 and 10.1.1.1.5 and 10.01.2.3 are not addresses.",
        "Standard 4.5.1 and 12.10.2023 and 10.30 am"
      })
  void numberedParagraphsVersionsAndDatesAreNotIpAddresses(String text) {
    silent(KIND, text);
  }

  @Test
  void aMailtoLinkIsAnEmailAddressNotAWebAddress() {
    String text = "Email mailto:jess@example.org today.";
    silent(KIND, text);
    assertThat(Scans.found(IdentifierKind.EMAIL, text)).containsExactly("jess@example.org");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Files at ftp://files.example.org/x today.|ftp://files.example.org/x",
        "All her links: linktr.ee/jadeprice|linktr.ee/jadeprice"
      })
  void ftpAndShortLinkHostsReport(String text, String expected) {
    org.assertj.core.api.Assertions.assertThat(Scans.found(IdentifierKind.URL, text))
        .containsExactly(expected);
  }
}
