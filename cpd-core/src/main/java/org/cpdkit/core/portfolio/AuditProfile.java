package org.cpdkit.core.portfolio;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.internal.Validation;
import org.immutables.value.Value;

/**
 * The CPD profile a registrant sends when the regulator samples them for audit (HCPC): a summary
 * of their practice, a statement of how their CPD met the standards drawing on a few activities,
 * the dated list of every activity in the time covered, and the gaps in it with their
 * explanations. Entries appear by id; the portfolio holding the profile checks they exist. How
 * long the texts may be, how many activities the statement draws on and whether the list is
 * complete are the regulator's requirements, checked by rules.
 */
@Value.Immutable
@DomainStyle
public abstract class AuditProfile implements WithAuditProfile {

  /** The gap HCPC asks to be explained unless another is given: three months. */
  public static final Period DEFAULT_GAP = Period.ofMonths(3);

  /** The time a profile covers unless another is given: the two years before the request. */
  public static final Period DEFAULT_COVERS = Period.ofYears(2);

  /** Only the generated implementation extends a value type, so every instance is checked. */
  AuditProfile() {}

  /** The day the regulator asked for the profile. */
  public abstract LocalDate requestedOn();

  /** The first day the profile covers; by default two years before the request. */
  @Value.Default
  public LocalDate coversFrom() {
    return requestedOn().minus(DEFAULT_COVERS);
  }

  /** The summary of the registrant's practice: their role, the work they do, who they work with. */
  @Value.Redacted
  @Value.Default
  public String summaryOfPractice() {
    return "";
  }

  /** The statement of how the registrant's CPD met the standards. */
  @Value.Redacted
  @Value.Default
  public String statement() {
    return "";
  }

  /** The activities the statement draws on, by entry id, each sent with its evidence. */
  public abstract List<String> statementActivities();

  /** The dated list of activities in the time covered, by entry id, earliest first. */
  public abstract List<String> activities();

  /** The gaps in the dated list long enough to need an explanation, earliest first. */
  public abstract List<ProfileGap> gaps();

  /**
   * A builder holding what the record says: the dated list of the portfolio's submitted entries
   * completed in the two years before the request, and the gaps of three months or more in it,
   * explained by the portfolio's absences where they cover them. The summary, the statement and
   * the activities it draws on are the registrant's to add.
   */
  public static Builder assemble(Portfolio portfolio, LocalDate requestedOn) {
    return assemble(portfolio, requestedOn.minus(DEFAULT_COVERS), requestedOn, DEFAULT_GAP);
  }

  /**
   * A builder holding the dated list of the portfolio's submitted entries completed from {@code
   * coversFrom} to {@code requestedOn}, and the gaps of {@code gap} or more in it, explained by the
   * portfolio's absences where they cover them.
   */
  public static Builder assemble(Portfolio portfolio, LocalDate coversFrom, LocalDate requestedOn, Period gap) {
    List<CpdEntry> listed = datedList(portfolio, coversFrom, requestedOn);
    List<LocalDate> days = new ArrayList<>();
    listed.forEach(e -> days.add(e.completedOn()));
    Builder b = new Builder();
    b.requestedOn(requestedOn).coversFrom(coversFrom);
    listed.forEach(e -> b.addActivity(e.id()));
    b.gaps(gapsIn(days, coversFrom, requestedOn, portfolio.absences(), gap));
    return b;
  }

  /**
   * The portfolio's submitted entries completed from {@code from} to {@code to}, both included,
   * earliest first (by the day completed, then by the first day, then by id).
   */
  public static List<CpdEntry> datedList(Portfolio portfolio, LocalDate from, LocalDate to) {
    List<CpdEntry> out = new ArrayList<>();
    for (CpdEntry e : portfolio.entries()) {
      if (e.isSubmitted() && !e.completedOn().isBefore(from) && !e.completedOn().isAfter(to)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing(CpdEntry::completedOn).thenComparing(CpdEntry::date).thenComparing(CpdEntry::id));
    return List.copyOf(out);
  }

  /**
   * The gaps of {@code minimum} or more between the days of activity (and from {@code from} to the
   * first, and from the last to {@code to}); a gap is explained by the absences overlapping it when
   * no stretch of it they leave uncovered is as long as {@code minimum}, with the reason of the
   * first of them.
   */
  public static List<ProfileGap> gapsIn(
      List<LocalDate> days, LocalDate from, LocalDate to, List<Absence> absences, Period minimum) {
    List<LocalDate> points = new ArrayList<>();
    points.add(from);
    days.stream().filter(d -> d.isAfter(from) && d.isBefore(to)).sorted().forEach(points::add);
    points.add(to);
    List<Absence> sorted = new ArrayList<>(absences);
    sorted.sort(Comparator.comparing(Absence::start).thenComparing(Absence::end));
    List<ProfileGap> gaps = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      LocalDate a = points.get(i - 1);
      LocalDate b = points.get(i);
      if (!b.isAfter(a) || a.plus(minimum).isAfter(b)) {
        continue;
      }
      ProfileGap.Builder gap = ProfileGap.builder().start(a).end(b);
      LocalDate cursor = a;
      boolean covered = true;
      AbsenceReason reason = null;
      for (Absence x : sorted) {
        if (x.end().isBefore(a) || !x.start().isBefore(b)) {
          continue;
        }
        if (reason == null) {
          reason = x.reason();
        }
        if (!cursor.plus(minimum).isAfter(x.start())) {
          covered = false;
        }
        if (x.end().isAfter(cursor)) {
          cursor = x.end();
        }
      }
      if (reason != null && covered && cursor.plus(minimum).isAfter(b)) {
        gap.explanation(reason);
      }
      gaps.add(gap.build());
    }
    return List.copyOf(gaps);
  }

  /** Fails when an activity named here is not one of these entry ids. */
  void checkAgainst(Set<String> entryIds) {
    for (int i = 0; i < statementActivities().size(); i++) {
      if (!entryIds.contains(statementActivities().get(i))) {
        throw new InvalidValueException("Portfolio", "auditProfile/statementActivities/" + i,
            "must name an entry of the portfolio");
      }
    }
    for (int i = 0; i < activities().size(); i++) {
      if (!entryIds.contains(activities().get(i))) {
        throw new InvalidValueException("Portfolio", "auditProfile/activities/" + i,
            "must name an entry of the portfolio");
      }
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "AuditProfile";
    Validation.year(type, "requestedOn", requestedOn());
    Validation.year(type, "coversFrom", coversFrom());
    if (!requestedOn().isAfter(coversFrom())) {
      throw new InvalidValueException(type, "requestedOn", "must be after coversFrom");
    }
    Validation.text(type, "summaryOfPractice", summaryOfPractice());
    Validation.text(type, "statement", statement());
    statementActivities().forEach(id -> Validation.id(type, "statementActivities", id));
    activities().forEach(id -> Validation.id(type, "activities", id));
    Validation.unique(type, "statementActivities", statementActivities());
    Validation.unique(type, "activities", activities());
  }

  /** Builds {@link AuditProfile} values. */
  public static final class Builder extends ImmutableAuditProfile.Builder {}
}
