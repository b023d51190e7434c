package org.cpdkit.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.toolkit.Toolkit;
import org.cpdkit.core.toolkit.ToolkitParticipant;
import org.cpdkit.core.toolkit.ToolkitRun;

/** Generators of team learning toolkits and runs. */
final class ToolkitGens {
  private ToolkitGens() {}

  static Gen<Toolkit> toolkits() {
    return random -> {
      String theme = Texts.label(random);
      Duration min = Gen.durations(Duration.ofMinutes(45), Duration.ofMinutes(75), Duration.ofMinutes(5)).next(random);
      Duration max = min.plus(Gen.durations(Duration.ZERO, Duration.ofMinutes(45), Duration.ofMinutes(5)).next(random));
      return Toolkit.builder()
          .id(Ids.ids("toolkit").next(random))
          .title(theme + " toolkit")
          .theme(theme)
          .moduleTitle("Introduction to " + Texts.pick(random, Texts.TOPICS))
          .caseStudyTitle("Case study: " + Texts.pick(random, Texts.TOPICS))
          .moduleMinimumTime(min)
          .moduleMaximumTime(max)
          .caseStudyTime(Gen.durations(Duration.ofMinutes(60), Duration.ofMinutes(120), Duration.ofMinutes(15)).next(random))
          .standards(Gen.subsetOf(StandardGens.SWE_CPD_CODES, 1, 4).next(random))
          .extensions(EntryGens.extensions().next(random))
          .build();
    };
  }

  static Gen<ToolkitRun> runs() {
    return EntryGens.swePeriods().flatMap(ToolkitGens::runs);
  }

  static Gen<ToolkitRun> runs(RegistrationPeriod period) {
    Gen<LocalDate> deadlines = Gen.dates(period.start(), period.end());
    return random -> {
      LocalDate deadline = deadlines.next(random);
      Participant facilitator = SessionGens.participants(Texts.FACILITATOR_ROLES).next(random);
      List<Participant> people = Gen.distinctListOf(SessionGens.participants(), Participant::id, 1, 12)
          .next(random);
      ToolkitRun.Builder b = ToolkitRun.builder()
          .id(Ids.ids("run").next(random))
          .toolkit(toolkits().next(random))
          .facilitator(facilitator)
          .moduleDeadline(deadline)
          .caseStudyDate(deadline.plusDays(random.nextInt(0, 22)))
          .caseStudyMode(Gen.enumValues(ReflectionMode.class).next(random))
          .extensions(EntryGens.extensions().next(random));
      if (random.nextBoolean()) {
        b.caseStudySessionId(Ids.ids("session").next(random));
      }
      if (random.nextBoolean()) {
        b.caseStudyDuration(Gen.durations(Duration.ofMinutes(45), Duration.ofMinutes(150), Duration.ofMinutes(5)).next(random));
      }
      for (Participant p : people) {
        if (p.id().equals(facilitator.id())) {
          continue;
        }
        ToolkitParticipant.Builder tp = ToolkitParticipant.builder().participant(p);
        if (random.nextInt(4) != 0) {
          tp.moduleCompletedOn(deadline.minusDays(random.nextInt(0, 30)));
          if (random.nextBoolean()) {
            tp.moduleTimeSpent(Gen.durations(Duration.ofMinutes(20), Duration.ofMinutes(150), Duration.ofMinutes(5)).next(random));
          }
          if (random.nextBoolean()) {
            tp.moduleReflectionEntryId(Ids.ids("entry").next(random));
          }
        }
        boolean attended = random.nextInt(5) != 0;
        tp.attendedCaseStudy(attended);
        if (attended && random.nextBoolean()) {
          tp.caseStudyReflectionEntryId(Ids.ids("entry").next(random));
        }
        b.addParticipant(tp.build());
      }
      return b.build();
    };
  }
}
