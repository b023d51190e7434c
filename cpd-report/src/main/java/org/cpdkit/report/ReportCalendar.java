package org.cpdkit.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.RequirementStatus;
import org.cpdkit.rules.registration.RegistrationPack;

/**
 * Deadlines in the calendar: an iCalendar (RFC 5545) file of a practitioner's or a team's dates,
 * each an all-day event with reminders. The dates are the registration deadline, the opening of
 * the renewal window as the pack publishes it (Social Work England opens it on 1 September, Social
 * Care Wales 86 days before each registrant's renewal date), and for toolkit runs the
 * individual module (L1) deadline and the group case study (L2). Immutable and thread-safe.
 */
public final class ReportCalendar {

  /** Reminders before a deadline unless others are given: 30, 7 and 1 days before. */
  public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(30, 7, 1);

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final List<Integer> reminderDays;
  private final Instant stamp;

  private ReportCalendar(List<Integer> reminderDays, Instant stamp) {
    this.reminderDays = List.copyOf(reminderDays);
    this.stamp = stamp;
  }

  /** Reminders 30, 7 and 1 days before each deadline; events stamped with the time of writing. */
  public static ReportCalendar standard() {
    return new ReportCalendar(DEFAULT_REMINDER_DAYS, null);
  }

  /**
   * A copy whose deadline reminders are these many days before (0 is on the day).
   *
   * @throws IllegalArgumentException if a day is negative or over 365, or one repeats
   */
  public ReportCalendar withReminderDays(List<Integer> days) {
    if (days.stream().anyMatch(d -> d < 0 || d > 365) || days.stream().distinct().count() != days.size()) {
      throw new IllegalArgumentException("ReportCalendar.withReminderDays: days must be distinct, 0 to 365 (was " + days + ")");
    }
    return new ReportCalendar(days, stamp);
  }

  /** A copy that stamps every event (DTSTAMP) with this instant, for files that do not change from run to run. */
  public ReportCalendar stampedAt(Instant instant) {
    return new ReportCalendar(reminderDays, Objects.requireNonNull(instant, "instant"));
  }

  /** The dates of one practitioner checked against the pack as of the day, and of their toolkit runs. */
  public String practitioner(Portfolio portfolio, RegistrationPack pack, LocalDate asOf, Collection<ToolkitRun> runs) {
    List<Event> events = new ArrayList<>();
    String number = portfolio.practitioner().registrationNumber();
    Outcomes.period(portfolio, pack, asOf).ifPresent(p -> registration(events, p, portfolio.practitioner().regulator(), pack,
        number, "for " + number + " (" + pack.title() + ")"));
    runs.forEach(r -> toolkit(events, r));
    return write(events);
  }

  /**
   * A team's dates: each distinct registration period's deadline and renewal-window opening once,
   * saying how many practitioners it applies to and how many of them are not yet compliant, then
   * the toolkit runs' dates.
   */
  public String team(TeamView team, Collection<ToolkitRun> runs) {
    RegistrationPack pack = team.pack();
    Map<RegistrationPeriod, int[]> periods = new TreeMap<>(java.util.Comparator.comparing(RegistrationPeriod::deadline)
        .thenComparing(RegistrationPeriod::start));
    for (TeamView.Row r : team.rows()) {
      r.period().ifPresent(p -> {
        int[] n = periods.computeIfAbsent(p, k -> new int[2]);
        n[0]++;
        if (r.outcome() != Outcome.COMPLIANT) {
          n[1]++;
        }
      });
    }
    Regulator regulator = pack.regulator().orElse(null);
    List<Event> events = new ArrayList<>();
    periods.forEach((period, n) -> registration(events, period, regulator, pack, "team",
        "for " + (n[0] == 1 ? "1 practitioner" : n[0] + " practitioners") + " of the team (" + pack.title() + "); "
            + n[1] + " not yet compliant as of " + RequirementStatus.day(team.asOf())));
    runs.forEach(r -> toolkit(events, r));
    return write(events);
  }

  private void registration(List<Event> events, RegistrationPeriod p, Regulator regulator, RegistrationPack pack,
      String key, String whom) {
    String uid = pack.id() + "-" + DATE.format(p.deadline()) + "-" + key.replace(' ', '-').replace('/', '-');
    events.add(new Event("deadline-" + uid, p.deadline(), "CPD deadline: registration renewal",
        "The last day to record CPD and renew registration " + whom + "."
            + (regulator == Regulator.SOCIAL_WORK_ENGLAND ? " Social Work England closes renewal at 11.59pm UK time." : ""),
        reminderDays));
    // The window as the pack's regulator publishes it: Social Work England from 1 September, Social
    // Care Wales from 86 days before each registrant's renewal date.
    pack.requirements().renewalWindowOpening(p).ifPresent(opens -> {
      if (opens.isAfter(p.start()) && opens.isBefore(p.deadline())) {
        events.add(new Event("renewal-opens-" + uid, opens, "Registration renewal window opens",
            "Renewal is open from today to " + RequirementStatus.day(p.deadline()) + " " + whom + ".", List.of(0)));
      }
    });
  }

  private void toolkit(List<Event> events, ToolkitRun run) {
    String theme = run.toolkit().title();
    events.add(new Event("toolkit-l1-" + run.id(), run.moduleDeadline(), "Toolkit: " + theme + " - individual module (L1) due",
        "Complete the individual online module \"" + run.toolkit().moduleTitle() + "\" and write its reflection.",
        reminderDays.stream().filter(d -> d <= 14).toList()));
    String length = run.caseStudyDuration().map(Fields::duration).orElse("at least 1 h");
    events.add(new Event("toolkit-l2-" + run.id(), run.caseStudyDate(), "Toolkit: " + theme + " - group case study (L2)",
        "Group case study \"" + run.toolkit().caseStudyTitle() + "\" (" + length + ", " + run.caseStudyMode().code().replace('-', ' ')
            + "), then write its reflection.",
        List.of(1)));
  }

  private String write(List<Event> events) {
    String stampText = STAMP.format(stamp == null ? Instant.now() : stamp);
    StringBuilder b = new StringBuilder(512 + events.size() * 512);
    line(b, "BEGIN:VCALENDAR");
    line(b, "VERSION:2.0");
    line(b, "PRODID:-//cpdkit//cpd-report//EN");
    line(b, "CALSCALE:GREGORIAN");
    for (Event e : events) {
      line(b, "BEGIN:VEVENT");
      line(b, "UID:" + e.uid + "@cpdkit");
      line(b, "DTSTAMP:" + stampText);
      line(b, "DTSTART;VALUE=DATE:" + DATE.format(e.day));
      line(b, "DTEND;VALUE=DATE:" + DATE.format(e.day.plusDays(1)));
      line(b, "SUMMARY:" + text(e.summary));
      line(b, "DESCRIPTION:" + text(e.description));
      line(b, "TRANSP:TRANSPARENT");
      for (int d : e.reminders) {
        line(b, "BEGIN:VALARM");
        line(b, "ACTION:DISPLAY");
        line(b, "DESCRIPTION:" + text(d == 0 ? e.summary + " today" : e.summary + " in " + (d == 1 ? "1 day" : d + " days")));
        line(b, "TRIGGER;RELATED=START:" + (d == 0 ? "PT9H" : "-P" + d + "D"));
        line(b, "END:VALARM");
      }
      line(b, "END:VEVENT");
    }
    line(b, "END:VCALENDAR");
    return b.toString();
  }

  /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': b.append("\\\\"); break;
        case ';': b.append("\\;"); break;
        case ',': b.append("\\,"); break;
        case '\n': b.append("\\n"); break;
        case '\r': break;
        default: b.append(c);
      }
    }
    return b.toString();
  }

  /** A content line folded at 75 octets (never inside a UTF-8 sequence), ended with CRLF. */
  static void line(StringBuilder b, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > limit) {
        b.append("\r\n ");
        octets = 1;
      }
      b.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    b.append("\r\n");
  }

  private record Event(String uid, LocalDate day, String summary, String description, List<Integer> reminders) {}
}
