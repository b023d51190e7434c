package org.cpdkit.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
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
      value = {
        "She posts as @jess_m_1998 online.|@jess_m_1998",
        "(@tyler.k)|@tyler.k",
        "Her Snapchat is kayleigh.b2009 and she adds strangers.|kayleigh.b2009",
        "His Snapchat name is kayleigh_b.|kayleigh_b",
        "Discord: gamerboy#1234|gamerboy#1234",
        "Reply from Kasia.W on 15 Oct, 09:58|Kasia.W",
        "Comment by Tariq.M at 10:02|Tariq.M"
      })
  void socialHandleReports(String text, String expected) {
    reports(IdentifierKind.SOCIAL_HANDLE, text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Follow @SocialWorkEng for updates.", "Mail j.smith@example.org", "We met @ 3pm."})
  void socialHandleSilent(String text) {
    silent(IdentifierKind.SOCIAL_HANDLE, text);
  }

  private static final IdentifierKind KIND = IdentifierKind.SOCIAL_HANDLE;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Follow @jess@mastodon.social for updates.|@jess@mastodon.social",
        "Find her on @jess-m.bsky.social today.|@jess-m.bsky.social",
        "Her channel is @jess-cooks now.|@jess-cooks",
        "Her handle is @zoë_k now.|@zoë_k",
        "Dana Whitlock (@danawhit) posted.|@danawhit"
      })
  void serversHyphensAndAnyScriptReportInFull(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Meet @10am tomorrow.", "Back @7.30pm.", "An @NSPCC-backed campaign.", "jess@"})
  void timesAndPublicBodiesAreSilent(String text) {
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
        "@jess_m posted it.|@jess_m",
        "Twitter/X: jessm|jessm",
        "Instagram: jess_m, and more|jess_m",
        "TikTok: jess.m|jess.m",
        "IG: jess_m|jess_m",
        "Snapchat: jessm99 (private)|jessm99",
        "TikTok @jess.m posted.|@jess.m"
      })
  void aHandleAfterItsPlatformsLabelReports(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Instagram: none",
        "Twitter: she posted it again.",
        "Twitter: Jess Smith",
        "YouTube: channel deleted",
        "Instagram: unknown.",
        "TikTok: 10.30 most nights",
        "Instagram: jess posted a picture",
        "EG: see below",
        "PS: lovely_day"
      })
  void wordsFillersAndDisplayNamesAfterAPlatformAreNotHandles(String text) {
    silent(KIND, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Posted by SWmum77 on 3 May|SWmum77",
        "throwaway_sw2024 wrote: I agree with all of this.|throwaway_sw2024",
        "u/jaz_m replied within the hour.|u/jaz_m",
        "Reply from NQSW_Leeds, 10:42|NQSW_Leeds",
        "Username: kemi_a|kemi_a",
        "She said her handle is jaz_m on Snapchat.|jaz_m"
      })
  void userNamesWithoutTheAtSignReportAfterAForumsCue(String text, String expected) {
    exactly(text, expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See care_plan_v2.docx for the plan.",
        "COVID19 said nothing about it.",
        "PC1234 said he saw the car.",
        "Year7s said they liked it.",
        "The M62 was closed by police.",
        "#SWWeek2025 posted by the team",
        "The file is at shared/team_notes2024 now.",
        "Write to jess_99@example.org today."
      })
  void codesFilesAndAddressesAreNotUserNames(String text) {
    silent(KIND, text);
  }

  @org.junit.jupiter.api.Test
  void commentersAtTheStartOfACommentsHeaderAreHandles() {
    String text = "142 comments · Sort by: Most popular\n"
        + "Deeside_Dad · 3 hours ago Slow again.\n"
        + "MaggieFromHoole · 3 hours ago I foster.\n"
        + "    \u21b3 Tariq.Mahmood · 48 minutes ago   That was me.\n"
        + "Sandra Hughes · 1 hour ago Yes.\n"
        + "old_timer_AMHP on 4 February Thirty years in.\n";
    assertThat(Scans.found(KIND, text))
        .containsExactly("Deeside_Dad", "MaggieFromHoole", "Tariq.Mahmood", "old_timer_AMHP");
  }

  @org.junit.jupiter.api.Test
  void aCharityAfterByIsNoUserName() {
    silent(KIND, "The return home interview was done by Catch22.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Her Instagram is private.", "His TikTok is funny, he says.",
      "Her Snapchat is where it started."})
  void aPlatformInASentenceNeedsAHandleThatLooksLikeOne(String text) {
    silent(IdentifierKind.SOCIAL_HANDLE, text);
  }

  @org.junit.jupiter.api.Test
  void aQuotedAccountNameOfWordsAndNumbersJoinedByDots() {
    reports(KIND, "the profile, in the name \"Karwan.Ranya.88\", had been opened", "Karwan.Ranya.88");
    silent(KIND, "Install \"v2.1.3\" now, see \"Section.4.2\".");
  }

  @org.junit.jupiter.api.Test
  void aCommentersUserNameOnALineOfItsOwnAboveTheComment() {
    String comments = "COMMENTS (23)\n\nChaseLad_77\n20 months, out in 10. Proper shame.\n\n"
        + "truth_hurts_2024\nThere are two sides to every story.\n";
    assertThat(Scans.found(KIND, comments)).containsExactly("ChaseLad_77", "truth_hurts_2024");
    silent(KIND, "Attached:\n\ncare_plan_v2\n\nSee above.\n");
  }

  @org.junit.jupiter.api.Test
  void aForumsUserNameInBoldBeforeTheMiddleDot() {
    String thread = "---\n\n**TeaAndToast_22** \u00b7 Tue 14-Mar 21:55\n\nBreathe.\n\n"
        + "**u/temi.o.sw** \u00b7 3h\n\n**socialworkwithsade** \u00b7 Creator\n"
        + "\u2764\ufe0f 1,302  **not.a.karen.honest** \u00b7 3-12 And THIS\n";
    assertThat(Scans.found(KIND, thread))
        .containsExactly("TeaAndToast_22", "u/temi.o.sw", "socialworkwithsade", "not.a.karen.honest");
    silent(KIND, "**Reply** \u00b7 now\n**Sandra Hughes** \u00b7 2 hours ago\n");
  }

  @org.junit.jupiter.api.Test
  void aChatExportsSpeakerAfterATimeOrBeforeADash() {
    String chat = "[21:55] sw_jenny88: hi all\n14/03/2024, 21:56 - jay_k99: ok\n"
        + "sw_jenny88 \u2014 Today at 21:55\n";
    assertThat(Scans.found(KIND, chat)).containsExactly("sw_jenny88", "jay_k99", "sw_jenny88");
    silent(KIND, "At 10:30 the file care_plan_v2: opened\nsee care_plan_v2: attached\n");
  }

  @org.junit.jupiter.api.Test
  void aMentionOfAPersonByTheirNameIsAName() {
    String text = "@Linda Ashworth you might be entitled to support. Thanks @Linda for this.";
    assertThat(Scans.found(IdentifierKind.PERSON_NAME, text)).containsExactly("Linda Ashworth");
    assertThat(Scans.found(KIND, text)).containsExactly("@Linda");
  }

  @org.junit.jupiter.api.Test
  void aRedditUserAndAChatsSpeakerInLowerCase() {
    assertThat(Scans.found(KIND, "Posted by u/jennyb in the thread. See u/s and reddit.com/u/abc/"))
        .containsExactly("u/jennyb");
    assertThat(Scans.found(KIND, "[21:55] jennyb: hi all\n14/03/2024, 21:56 - kayleigh.w: ok\n"))
        .containsExactly("jennyb", "kayleigh.w");
    silent(KIND, "At 10:30 note: the meeting\n10:45 - update: done\nWe met at 14:00 and then: no\n");
  }

  @org.junit.jupiter.api.Test
  void aUserNameShownOnceIsAUserNameAtItsOtherMentions() {
    String thread = "Liked by kofi.makes.beats and 2 others\n"
        + "Thanks @kofi.makes.beats and @zara.b.2009! Zara said ThatGuyOisin was there.\n"
        + "@ThatGuyOisin agreed. zara.b.2009 left. Email kofi.makes.beats@example.org\n";
    assertThat(Scans.found(KIND, thread))
        .containsExactly("kofi.makes.beats", "@kofi.makes.beats", "@zara.b.2009", "ThatGuyOisin",
            "@ThatGuyOisin", "zara.b.2009");
    // a text that is no String is walked instead of searched, with the same findings
    assertThat(IdentifierScanner.standard().scan(new StringBuilder(thread)).stream()
            .filter(f -> f.kind() == KIND).map(f -> thread.substring(f.start(), f.end())))
        .containsExactly("kofi.makes.beats", "@kofi.makes.beats", "@zara.b.2009", "ThatGuyOisin",
            "@ThatGuyOisin", "zara.b.2009");
    // a handle a word spells says nothing of the word elsewhere
    assertThat(Scans.found(KIND, "Ask @mags about it. The mags were late."))
        .containsExactly("@mags");
  }

  @org.junit.jupiter.api.Test
  void aChatLogsSpeakerAfterABracketedTimeWithNoColon() {
    String log = "[20-Feb-25 06:02 PM] mod_ayesha evening all\n"
        + "[20-Feb-25 06:04 PM] kaiiiii.exe YESSS\n"
        + "[20-Feb-25 06:05 PM] ThatGuyOisin is here\n";
    assertThat(Scans.found(KIND, log))
        .containsExactly("mod_ayesha", "kaiiiii.exe", "ThatGuyOisin");
    silent(KIND, "[20-Feb-25 06:02 PM] Evening all\n[10:15] the meeting started\n"
        + "She said [at 10:15] that.was fine\n");
  }

  @org.junit.jupiter.api.Test
  void aCommentersUserNameAboveTheCommentsAgeAndCounts() {
    String page = "realtalk_withdeon you are not your file\n2d \u00b7 143 likes \u00b7 Reply\n"
        + "    \u21b3 mrs.k.whitfield Beautiful message.\n    1d \u00b7 17 likes \u00b7 Reply\n"
        + "anon_student_sw \u2022 1 day ago\n";
    assertThat(Scans.found(KIND, page))
        .containsExactly("realtalk_withdeon", "mrs.k.whitfield", "anon_student_sw");
    silent(KIND, "Happy birthday from all of us\n2d \u00b7 22 likes \u00b7 Reply\n"
        + "\u2022 first point\n");
  }
}
