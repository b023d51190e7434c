package org.cpdkit.rules.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.portfolio.SignOffKind;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.rules.IdentifierRule;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePackProvider;
import org.cpdkit.rules.Source;

/**
 * cpdkit's own rule packs: Social Work England for the registration years ending 30 November
 * 2025, 2026 and 2027, and the other UK social work regulators, HCPC and NMC, as their published
 * requirements read in November 2026. Offered to {@link org.cpdkit.rules.RulePacks} through
 * {@link java.util.ServiceLoader}.
 */
public final class BuiltInPacks implements RulePackProvider {

  /** The month the regulators' pages were read. */
  public static final YearMonth READ_ON = YearMonth.of(2026, 11);

  /** The month the pages added for the per-year packs and the record facts were read. */
  public static final YearMonth READ_ON_DEC = YearMonth.of(2026, 12);

  private static final String SWE = "https://www.socialworkengland.org.uk/cpd/";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public BuiltInPacks() {}

  @Override
  public List<RulePack> packs() {
    return List.of(
        RegistrationPack.of(socialWorkEngland(2022)),
        RegistrationPack.of(socialWorkEngland(2023)),
        RegistrationPack.of(socialWorkEngland(2024)),
        RegistrationPack.of(socialWorkEngland(2025)),
        RegistrationPack.of(socialWorkEngland(2026)),
        RegistrationPack.of(socialWorkEngland(2027)),
        RegistrationPack.of(scotland()),
        RegistrationPack.of(wales()),
        RegistrationPack.of(northernIreland()),
        RegistrationPack.of(hcpc()),
        RegistrationPack.of(nmc()));
  }

  /**
   * Social Work England's requirements for the registration year ending 30 November of {@code
   * year}: at least 2 different submitted pieces of CPD dated in the year, at least 1 with a peer
   * reflection, each saying what was done, learned and changed; registrants who joined on or after 1
   * September are exempt for that year.
   */
  public static RegistrationRequirements socialWorkEngland(int year) {
    if (year < FIRST_SWE_YEAR || year > LAST_SWE_YEAR) {
      throw new IllegalArgumentException("BuiltInPacks.socialWorkEngland: packs cover the years ending 30 November "
          + FIRST_SWE_YEAR + " to " + LAST_SWE_YEAR + " (was " + year + ")");
    }
    Source needToKnow = Source.of(SWE + "what-you-need-to-know/", READ_ON);
    RegistrationRequirements.Builder b = RegistrationRequirements.builder();
    sweYear(b, year);
    return b
        .packId("swe-" + year)
        .title("Social Work England, registration year ending 30 November " + year)
        .regulator(Regulator.SOCIAL_WORK_ENGLAND)
        .fixedStart(LocalDate.of(year - 1, 12, 1))
        .periodYears(1)
        .minimumEntries(2)
        .minimumPeerReflections(1)
        .standardsFramework(StandardsFrameworks.socialWorkEngland2019())
        .expectsStandards(true)
        .addStandardsMetByAnyPiece(StandardCode.of("4.6"), StandardCode.of("4.7"))
        .newRegistrantCutoff(MonthDay.of(9, 1))
        .encouragesSpread(true)
        .reviewsAgainAfterFeedback(true)
        .putSource("registration.review-announced", Source.of(SWE + "cpd-review/", java.time.YearMonth.of(2026, 12),
            "anyone given feedback at a CPD review is reviewed again the next year"))
        .leaveKeepsRequirements(true)
        .renewalWindowOpens(MonthDay.of(9, 1))
        .source(needToKnow)
        .putSource("registration.period", Source.of(SWE + "registration-renewal-and-cpd/", READ_ON,
            "1 December to 30 November; deadline 11.59pm on 30 November, UK time"))
        .putSource("registration.renewal-application", Source.of(NO_GRACE, READ_ON_DEC,
            "renewal is the application, the fee and the CPD by 30 November; from the 2022 round there is no grace "
                + "period for CPD after the deadline (a news report of the round; the registration page does not say)"))
        .putSource("registration.leave", Source.of(SWE + "what-you-need-to-know/", READ_ON,
            "every registrant records CPD, including those on leave or not practising"))
        .putSource("entry.reused", Source.of(SWE + "no-valid-cpd/", READ_ON,
            "a piece used for last year's renewal is not valid"))
        .putSource("registration.peer-reflection", Source.of(SWE + "peer-reflection/", READ_ON,
            "at least 1 piece with a peer reflection, required since the year starting 1 December 2021"))
        .putSource("entry.peer-roles", Source.of(SWE + "what-you-need-to-know/", READ_ON,
            "name peers by job title, never by name"))
        .putSource("entry.outside-period", Source.of(SWE + "no-valid-cpd/", READ_ON,
            "valid pieces are dated in the current registration year and not used for last year's renewal"))
        .putSource("entry.draft", Source.of(SWE + "no-valid-cpd/", READ_ON, "drafts are not valid CPD"))
        .putSource("entry.duplicate", Source.of(SWE + "no-valid-cpd/", READ_ON,
            "a piece identical to another is not valid"))
        .putSource("entry.future-date", Source.of(SWE + "no-valid-cpd/", READ_ON,
            "an incorrect date makes a piece invalid"))
        .putSource("entry.what-i-did", contentSource())
        .putSource("entry.what-i-learned", contentSource())
        .putSource("entry.impact-on-practice", contentSource())
        .putSource("entry.too-short", contentSource())
        .putSource("entry.peer-learning", contentSource())
        .putSource("entry.standards", Source.of("https://www.socialworkengland.org.uk/standards/professional-standards/",
            READ_ON, "linking to standard 4 is good practice, not a confirmed requirement of the form"))
        .putSource("entry.standard-known", Source.of(
            "https://www.socialworkengland.org.uk/standards/professional-standards/", READ_ON))
        .putSource(IdentifierRule.ID, Source.of(SWE + "what-you-need-to-know/", READ_ON,
            "remove any detail that could identify people: names, addresses, contact details"))
        .putSource("registration.spread", Source.of(SWE + "what-you-need-to-know/", READ_ON,
            "spreading CPD across the year is encouraged, never required"))
        .putSource("registration.new-registrant", Source.of(JOINERS, READ_ON_DEC,
            "those registered before 1 September complete the application, the fee and the CPD; those who joined or "
                + "were restored since 1 September only pay the fee (the regulator's renewal report of 6 February 2024)"))
        .addUnconfirmed("The words below which a text counts as trivially short (5) are cpdkit's choice "
            + "(RegistrationRequirements.minimumWords).")
        .build();
  }

  /** The first Social Work England year with a pack: peer reflection has been required since it. */
  public static final int FIRST_SWE_YEAR = 2022;

  /** The last Social Work England year with a pack. */
  public static final int LAST_SWE_YEAR = 2027;

  private static final String JOINERS = "https://app-swe-ukw-prd-umbraco-01.azurewebsites.net/news/"
      + "registration-renewal-and-cpd-progress-report-6-february-2024";

  private static final String NO_GRACE =
      "https://www.communitycare.co.uk/2022/11/25/over-a-third-of-social-workers-still-to-renew-five-days-from-registration-deadline/";

  /** What differs from one Social Work England year to the next, each with its source. */
  private static void sweYear(RegistrationRequirements.Builder b, int year) {
    switch (year) {
      case 2022:
        b.putSource("registration.minimum-entries", Source.of(
            "https://app-swe-ukw-prd-umbraco-01.azurewebsites.net/news/social-workers-should-renew-registration-as-soon-as-possible",
            READ_ON_DEC, "from the 2022 round at least 2 pieces, one with a peer reflection (raised from 1 piece "
                + "without one); renewal open 1 September to 30 November 2022"));
        b.addUnconfirmed("2022: the first round with two pieces and a peer reflection, and the first without a CPD "
            + "grace period after the deadline (2020 and 2021 had one); figures as the regulator's news of 1 "
            + "September 2022 and Community Care of 25 November 2022 report them.");
        break;
      case 2023:
        b.putSource("registration.minimum-entries", Source.of(
            "https://www.communitycare.co.uk/2023/11/24/more-than-half-of-social-workers-yet-to-renew-two-weeks-out-from-registration-deadline/",
            READ_ON_DEC, "the 2023 round: the application, the fee and two pieces of CPD, one reflected on with a peer"));
        break;
      case 2024:
      case 2025:
        b.addUnconfirmed(year + ": the regulator's CPD review (sampling after the deadline) was suspended for this "
            + "round; the requirements themselves did not change.");
        break;
      default:
        b.addUnconfirmed(year + ": no change to the requirements has been published (a consultation on CPD is "
            + "planned for 2026-27); the pack repeats the figures of the year before.");
        break;
    }
  }

  private static Source contentSource() {
    return Source.of(SWE + "what-you-need-to-know/", READ_ON,
        "the online form asks what was done and why, what was learned, the impact on practice and, for the peer "
            + "piece, what was learned from the peer (as summarised by Research in Practice)");
  }

  /** Scottish Social Services Council: an annual declaration of learning, with mandatory components. */
  public static RegistrationRequirements scotland() {
    Source s = Source.of("https://learn.sssc.uk.com/cpl/introduction", READ_ON);
    return RegistrationRequirements.builder()
        .packId("sssc")
        .requiresEntryContent(false)
        .title("Scottish Social Services Council, annual declaration of continuous professional learning")
        .regulator(Regulator.SOCIAL_SERVICES_COUNCIL_SCOTLAND)
        .periodYears(1)
        .minimumEntries(1)
        .source(s)
        .addComponent(Component.builder().id("ethics-values-rights")
            .description("Learning on ethics, values and rights-based practice (a core learning element)")
            .tag("sssc:ethics-values-rights").build())
        .addComponent(Component.builder().id("communication-relationships")
            .description("Learning on communication, engagement and relationships (a core learning element)")
            .tag("sssc:communication-relationships").build())
        .addComponent(Component.builder().id("trauma-awareness")
            .description("Mandatory trauma-awareness learning").tag("sssc:trauma-awareness").build())
        .addComponent(Component.builder().id("protection")
            .description("Mandatory adult and child protection learning").tag("sssc:protection").build())
        .addDeclaration(Declaration.of("annual-declaration", "Make the annual declaration of learning to the SSSC"))
        .addDeclaration(Declaration.builder().id("employer-verification")
            .description("Have your learning verified by your employer").onlyWhen("if sampled")
            .signOff(SignOffKind.EMPLOYER_VERIFICATION).build())
        .putSource("registration.sign-off.employer-verification", Source.of(
            "https://news.sssc.uk.com/news/verifying-your-staffs-continuous-professional-learning-cpl", READ_ON_DEC,
            "from 3 May 2025 a sample due to make the annual declaration have their CPL verified by the employer"))
        .addUnconfirmed("Six of the eight core learning elements could not be confirmed; the pack checks only the "
            + "two confirmed ones. Add the others as Components with their tags.")
        .addUnconfirmed("No minimum number of entries is published; the pack asks for at least 1 "
            + "(RegistrationRequirements.minimumEntries).")
        .build();
  }

  /** Social Care Wales: registration of up to 3 years, no hours since 1 April 2025. */
  public static RegistrationRequirements wales() {
    return RegistrationRequirements.builder()
        .packId("scw")
        .requiresEntryContent(false)
        .title("Social Care Wales, registration period (no hours since 1 April 2025)")
        .regulator(Regulator.SOCIAL_CARE_WALES)
        .periodYears(3)
        .deadlineDaysBeforeEnd(21)
        .renewalWindowDaysBeforeEnd(86)
        .putSource("registration.period", Source.of(SCW_RENEWAL, READ_ON_DEC,
            "renew every three years from the date of the original registration; complete the application at least 21 "
                + "days before the renewal date; registration lapses one day after the renewal date"))
        .putSource("registration.renewal-application", Source.of(SCW_RENEWAL, READ_ON_DEC,
            "the renewal application is available on SCWonline 86 days before the renewal date and is completed at "
                + "least 21 days before it"))
        .minimumEntries(1)
        .source(Source.of("https://socialcare.wales/registration/continuing-professional-development-cpd", READ_ON))
        .addDeclaration(Declaration.signOff("discuss-with-manager", "Discuss your CPD record with your manager",
            SignOffKind.MANAGER_DISCUSSION, false))
        .addDeclaration(Declaration.onlyWhen("send-if-sampled", "Send your record to Social Care Wales",
            "if sampled"))
        .addUnconfirmed("Registration lasts up to 3 years; the pack uses 3-year cycles from the registration date.")
        .addUnconfirmed("Social Care Wales publishes no fixed renewal window: the application opens 86 days before each "
            + "registrant's renewal date. The pack takes the renewal date to be the period's last day (registration "
            + "lapses the day after it), so the window runs from 86 to 21 days before that day.")
        .addUnconfirmed("No minimum number of entries is published; the pack asks for at least 1 "
            + "(RegistrationRequirements.minimumEntries).")
        .build();
  }

  private static final String SCW_RENEWAL = "https://socialcare.wales/registration/renewal";

  /** Northern Ireland Social Care Council: 90 hours of post-registration training and learning in 3 years. */
  public static RegistrationRequirements northernIreland() {
    return RegistrationRequirements.builder()
        .packId("niscc")
        .requiresEntryContent(false)
        .title("Northern Ireland Social Care Council, 3-year registration (PRTL)")
        .regulator(Regulator.SOCIAL_CARE_COUNCIL_NORTHERN_IRELAND)
        .periodYears(3)
        .minimumHours(Duration.ofHours(90))
        .source(Source.of("https://niscc.info/prtl/social-worker-prtl", READ_ON))
        .addComponent(Component.builder().id("professional-in-practice")
            .description("Professional in Practice requirements (for social workers who finished their assessed "
                + "year on or after 1 April 2011)")
            .tag("niscc:professional-in-practice").minimum(2)
            .notApplicableIfAssessedYearBefore(LocalDate.of(2011, 4, 1)).build())
        .requiresLearningPlan(true)
        .addDeclaration(Declaration.onlyWhen("first-line-manager",
            "Learning on supervision and appraisal within 2 years of appointment", "for first-line managers"))
        .addUnconfirmed("Professional in Practice is not applicable when the record holds an assessed-year date before "
            + "1 April 2011; without the date the pack checks it (Practitioner.assessedYearCompletedOn).")
        .addUnconfirmed("Regular review of the learning plan has no published frequency; the requirement's status "
            + "says when a plan was neither agreed nor reviewed in the period, without a finding.")
        .build();
  }

  /** Health and Care Professions Council: the five CPD standards, on a 2-year renewal. */
  public static RegistrationRequirements hcpc() {
    return RegistrationRequirements.builder()
        .packId("hcpc")
        .requiresEntryContent(false)
        .title("Health and Care Professions Council, 2-year renewal (CPD standards)")
        .regulator(Regulator.HCPC)
        .periodYears(2)
        .usesProfessionWindows(true)
        .putSource("registration.period", Source.of("https://www.hcpc-uk.org/employers/registration/renewals/",
            READ_ON_DEC, "each profession renews every two years in a fixed window, staggered through the year"))
        .minimumEntries(1)
        .minimumActivityTypes(2)
        .maximumGap(Period.ofMonths(3))
        .source(Source.of("https://www.hcpc-uk.org/cpd/", READ_ON,
            "a continuous, accurate record; a mixture of activities; quality of practice; benefit to service users"))
        .auditProfile(ProfileLimits.hcpc())
        .putSource("audit-profile.summary", profileSource())
        .putSource("audit-profile.statement", profileSource())
        .putSource("audit-profile.activities", profileSource())
        .putSource("audit-profile.evidence", profileSource())
        .putSource("audit-profile.activity-list", profileSource())
        .putSource("audit-profile.gaps", Source.of(
            "https://prod.healthregulation.org/employers/cpd/supporting-employees-selected-for-cpd-audit", READ_ON_DEC,
            "a gap of three or more consecutive months in the learning activities needs an explanation"))
        .addDeclaration(Declaration.builder().id("profile-on-request")
            .description("Send a CPD profile: a practice summary of up to 500 words, a statement of up to 1,500 "
                + "words with 4 to 6 activities, a dated list of activities, and evidence")
            .onlyWhen("if sampled").metByAuditProfile(true).build())
        .addUnconfirmed("Gaps are explained by absences the record holds (Portfolio.absences); other explanations "
            + "are not modelled.")
        .addUnconfirmed("The CPD profile's 4 to 6 activities are the regulator's suggested way of writing the "
            + "statement, so audit-profile.activities is a WARNING; the dated list is read as covering the two "
            + "years before the request (AuditProfile.coversFrom) and as every submitted piece completed in them.")
        .addUnconfirmed("Without the practitioner's HCPC profession the pack falls back to 2-year cycles from the "
            + "registration date (Practitioner.hcpcProfession).")
        .addUnconfirmed("A mixture is read as at least 2 different kinds of activity "
            + "(RegistrationRequirements.minimumActivityTypes).")
        .addUnconfirmed("The HCPC source address is the CPD section of its site; the regulator's page was not "
            + "given with the figures.")
        .build();
  }

  private static Source profileSource() {
    return Source.of("https://www.hcpc-uk.co.uk/cy-gb/dpp/cpd-audits/completing-a-cpd-profile/how-to-complete-your-cpd-profile/",
        READ_ON_DEC, "a summary of practice history (up to 500 words), a statement of how the standards were met (up "
            + "to 1,500 words, one way being to choose 4 to 6 activities), a dated list of activities, and evidence");
  }

  /** Nursing and Midwifery Council revalidation every 3 years. */
  public static RegistrationRequirements nmc() {
    return RegistrationRequirements.builder()
        .packId("nmc")
        .requiresEntryContent(false)
        .title("Nursing and Midwifery Council revalidation, every 3 years")
        .regulator(Regulator.NMC)
        .periodYears(3)
        .deadlineOnFirstOfEndMonth(true)
        .putSource("registration.period", Source.of("https://www.nmc.org.uk/revalidation/overview/", READ_ON_DEC,
            "revalidate every 3 years; the application is due by the first day of the month the registration renews"))
        .minimumHours(Duration.ofHours(35))
        .minimumParticipatoryHours(Duration.ofHours(20))
        .requiresEvidence(true)
        .putSource("entry.evidence", Source.of("https://www.nmc.org.uk/revalidation/requirements/cpd/",
            YearMonth.of(2026, 12), "the CPD record includes evidence that each activity was undertaken"))
        .requiresCodeThemes(true)
        .putSource("entry.code-theme", Source.of("https://www.nmc.org.uk/revalidation/requirements/cpd/",
            YearMonth.of(2026, 12), "the CPD record identifies the part of the Code most relevant to each activity, "
                + "besides its method, topic, dates, hours, participatory hours and evidence"))
        .minimumReflectiveAccounts(5)
        .minimumFeedbackItems(5)
        .minimumPracticeHours(Duration.ofHours(450))
        .source(Source.of("https://www.nmc.org.uk/revalidation/requirements/", READ_ON,
            "35 hours of CPD, 20 participatory; 5 pieces of feedback; 5 reflective accounts; a reflective "
                + "discussion with another NMC registrant"))
        .putSource("registration.sign-off.reflective-discussion", Source.of(
            "https://www.nmc.org.uk/revalidation/requirements/reflective-discussion/", READ_ON_DEC,
            "a reflective discussion with another NMC registrant covering the five written reflective accounts"))
        .addDeclaration(Declaration.signOff("reflective-discussion",
            "A reflective discussion of your five reflective accounts with another NMC registrant",
            SignOffKind.REFLECTIVE_DISCUSSION, true))
        .addDeclaration(Declaration.of("health-and-character", "Health and character declaration"))
        .addDeclaration(Declaration.of("indemnity", "Professional indemnity arrangement"))
        .addDeclaration(Declaration.signOff("confirmation", "Confirmation by an appropriate confirmer",
            SignOffKind.CONFIRMATION, false))
        .addUnconfirmed("The 450 practice hours are for one registration; dual registration (900 hours) is set with "
            + "withMinimumPracticeHours. Practice hours count when their stretch ends in the period.")
        .addUnconfirmed("Reflective accounts count when linked to at least one theme of the Code; entries tagged "
            + "reflective-account also count.")
        .build();
  }
}
