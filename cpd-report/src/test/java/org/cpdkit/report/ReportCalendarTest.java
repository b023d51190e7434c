package org.cpdkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.json.CpdJson;
import org.junit.jupiter.api.Test;

/** Every calendar written is parsed and validated by ical4j. */
class ReportCalendarTest {

  static final ReportCalendar CALENDAR = ReportCalendar.standard().stampedAt(Instant.parse("2026-11-07T09:00:00Z"));

  static ToolkitRun run() {
    return CpdJson.standard().read(org.cpdkit.json.DocumentType.TOOLKIT_RUN, Examples.DIR.resolve("toolkit-run.json"));
  }

  static List<VEvent> parseAndValidate(String ics) throws Exception {
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of a content line").isLessThanOrEqualTo(75);
    }
    assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\n\r\n");
    Calendar cal = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = cal.validate();
    assertThat(result.hasErrors()).as(result.toString()).isFalse();
    List<VEvent> events = cal.getComponents(Component.VEVENT);
    for (VEvent e : events) {
      assertThat(e.validate().hasErrors()).as(e.validate().toString()).isFalse();
    }
    return events;
  }

  @Test
  void practitionerDeadlineRenewalWindowAndToolkitDatesWithReminders() throws Exception {
    String ics = CALENDAR.practitioner(Examples.portfolio("portfolio-missing-peer-reflection.json"),
        Examples.swe2026(), Examples.AS_OF, List.of(run()));
    List<VEvent> events = parseAndValidate(ics);
    assertThat(events).hasSize(4);
    assertThat(ics).contains("DTSTART;VALUE=DATE:20261130", "DTSTART;VALUE=DATE:20260901",
        "DTSTART;VALUE=DATE:20260401", "DTSTART;VALUE=DATE:20260408");
    VEvent deadline = events.get(0);
    assertThat(deadline.getAlarms()).hasSize(3);
    assertThat(ics).contains("TRIGGER;RELATED=START:-P30D", "TRIGGER;RELATED=START:-P7D", "TRIGGER;RELATED=START:-P1D");
    assertThat(events).allSatisfy(e -> assertThat(e.getAlarms()).isNotEmpty());
  }

  @Test
  void socialCareWalesWindowOpens86DaysBeforeTheRenewalDate() throws Exception {
    org.cpdkit.core.portfolio.Portfolio p = org.cpdkit.core.portfolio.Portfolio.builder()
        .practitioner(org.cpdkit.core.portfolio.Practitioner.builder().registrationNumber("W1")
            .regulator(org.cpdkit.core.portfolio.Regulator.SOCIAL_CARE_WALES).registeredOn(LocalDate.of(2024, 6, 1)).build())
        .build();
    org.cpdkit.rules.registration.RegistrationPack scw =
        (org.cpdkit.rules.registration.RegistrationPack) org.cpdkit.rules.RulePacks.get("scw");
    String ics = CALENDAR.practitioner(p, scw, Examples.AS_OF, List.of());
    List<VEvent> events = parseAndValidate(ics);
    assertThat(events).hasSize(2);
    assertThat(ics).contains("DTSTART;VALUE=DATE:20270510", "DTSTART;VALUE=DATE:20270306");
  }

  @Test
  void teamDatesOnceWithHowManyTheyConcern() throws Exception {
    TeamView team = TeamView.of(Examples.swe2026(), Examples.team(), Examples.AS_OF);
    String ics = CALENDAR.team(team, List.of(run()));
    List<VEvent> events = parseAndValidate(ics);
    assertThat(events).hasSize(4);
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("for 5 practitioners of the team").contains("3 not yet compliant as of 7 November 2026");
  }

  @Test
  void anEmptyTeamIsStillAValidCalendar() throws Exception {
    TeamView team = TeamView.tally(Examples.swe2026(), Examples.AS_OF).view();
    // RFC 5545 requires at least one component; with no dates there is none, which ical4j rejects
    String ics = CALENDAR.team(team, List.of(run()));
    assertThat(parseAndValidate(ics)).hasSize(2);
  }

  @Test
  void customRemindersAndFolding() throws Exception {
    String ics = CALENDAR.withReminderDays(List.of(60, 0)).practitioner(
        Examples.portfolio("portfolio-compliant.json"), Examples.swe2026(), LocalDate.of(2026, 6, 1), List.of());
    parseAndValidate(ics);
    assertThat(ics).contains("TRIGGER;RELATED=START:-P60D", "TRIGGER;RELATED=START:PT9H");
  }

  @Test
  void textIsEscaped() {
    assertThat(ReportCalendar.text("a, b; c\\d\ne")).isEqualTo("a\\, b\\; c\\\\d\\ne");
  }
}
