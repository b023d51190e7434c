package org.cpdkit.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.session.FeedbackKind;
import org.cpdkit.core.session.LearningCircleSuccess;
import org.cpdkit.core.session.Participant;
import org.cpdkit.core.session.PeerFeedback;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.session.Prompt;
import org.cpdkit.core.session.PromptLibrary;
import org.cpdkit.core.session.SessionFormat;
import org.cpdkit.core.session.SurveyResult;

/** Generators of participants, prompts and peer-reflection sessions. */
final class SessionGens {
  private SessionGens() {}

  static final List<String> TEAMS =
      List.of("Children's services east", "Children's services west", "Fostering and adoption", "Adults' front door");

  static final List<String> SURVEY_STATEMENTS =
      List.of("The training here helps me meet my CPD needs", "I have time for reflective supervision",
          "My team shares good practice", "I can talk openly about mistakes in my team");

  /** Staff-survey results: counts of respondents and of those agreeing, by team or for all. */
  static Gen<SurveyResult> surveyResults() {
    Gen<LocalDate> dates = Gen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));
    return random -> {
      int respondents = 1 + random.nextInt(200);
      SurveyResult.Builder b = SurveyResult.builder()
          .statement(Texts.pick(random, SURVEY_STATEMENTS))
          .date(dates.next(random))
          .respondents(respondents)
          .agreeing(random.nextInt(respondents + 1))
          .extensions(EntryGens.extensions().next(random));
      if (random.nextBoolean()) {
        b.team(Texts.pick(random, TEAMS));
      }
      return b.build();
    };
  }

  static Gen<Participant> participants(List<String> roles) {
    return random -> Participant.of(Ids.ids("p").next(random), Texts.pick(random, roles));
  }

  static Gen<Participant> participants() {
    return participants(Texts.PEER_ROLES);
  }

  static Gen<Prompt> builtInPrompts() {
    return Gen.elements(PromptLibrary.all());
  }

  /** A team's own prompt, such as one a local authority adds to the library. */
  static Gen<Prompt> customPrompts() {
    return random -> Prompt.builder()
        .id("team." + Ids.letters(random, 6))
        .text("Talk through what you learned about " + Texts.pick(random, Texts.TOPICS)
            + " and what you would do differently next time.")
        .standards(Gen.subsetOf(StandardGens.SWE_CPD_CODES, 0, 3).next(random))
        .build();
  }

  static Gen<Prompt> prompts() {
    return random -> random.nextInt(4) == 0 ? customPrompts().next(random) : builtInPrompts().next(random);
  }

  /** Feedback or feedforward between two different people of {@code attendees} (at least two). */
  static Gen<PeerFeedback> peerFeedback(List<String> attendees) {
    return random -> {
      int giver = random.nextInt(attendees.size());
      int receiver = (giver + 1 + random.nextInt(attendees.size() - 1)) % attendees.size();
      return PeerFeedback.builder()
          .kind(Gen.enumValues(FeedbackKind.class).next(random))
          .giverId(attendees.get(giver))
          .receiverId(attendees.get(receiver))
          .text(Texts.peerLearning(random))
          .extensions(EntryGens.extensions().next(random))
          .build();
    };
  }

  /** Feedback between two people with generated ids, for the value type on its own. */
  static Gen<PeerFeedback> peerFeedback() {
    return random -> peerFeedback(
        Gen.distinctListOf(random2 -> Ids.ids("p").next(random2), id -> id, 2, 4).next(random)).next(random);
  }

  /** A success brought to a learning circle by one of {@code attendees}. */
  static Gen<LearningCircleSuccess> successes(List<String> attendees) {
    return random -> LearningCircleSuccess.builder()
        .presenterId(Texts.pick(random, attendees))
        .success(Texts.whatIDid(random))
        .whatMadeItWork(random.nextInt(4) == 0 ? "" : Texts.whatILearned(random))
        .howToRepeatIt(random.nextInt(4) == 0 ? "" : Texts.impact(random))
        .extensions(EntryGens.extensions().next(random))
        .build();
  }

  /** A success with a generated presenter id, for the value type on its own. */
  static Gen<LearningCircleSuccess> successes() {
    return random -> successes(List.of(Ids.ids("p").next(random))).next(random);
  }

  static Gen<PeerReflectionSession> sessions() {
    return EntryGens.swePeriods().flatMap(SessionGens::sessions);
  }

  static Gen<PeerReflectionSession> sessions(RegistrationPeriod period) {
    Gen<LocalDate> dates = Gen.dates(period.start(), period.end());
    return random -> {
      List<Participant> participants =
          Gen.distinctListOf(participants(), Participant::id, 1, 10).next(random);
      PeerReflectionSession.Builder b = PeerReflectionSession.builder()
          .id(Ids.ids("session").next(random))
          .title("Team reflection: " + Texts.pick(random, Texts.TOPICS))
          .format(Gen.enumValues(SessionFormat.class).next(random))
          .date(dates.next(random))
          .duration(Gen.durations(Duration.ofMinutes(30), Duration.ofHours(3), Duration.ofMinutes(15)).next(random))
          .mode(Gen.enumValues(ReflectionMode.class).next(random))
          .team(random.nextInt(4) == 0 ? java.util.Optional.empty() : java.util.Optional.of(Texts.pick(random, TEAMS)))
          .participants(participants)
          .prompts(Gen.distinctListOf(prompts(), Prompt::id, 0, 3).next(random))
          .notes(random.nextInt(5) == 0 ? "" : Texts.any(random))
          .feedback(Gen.listOf(random2 -> Texts.any(random2), 0, 3).next(random))
          .feedforward(Gen.listOf(random2 -> Texts.any(random2), 0, 3).next(random))
          .extensions(EntryGens.extensions().next(random));
      int facilitator = random.nextInt(3);
      if (facilitator == 0) {
        b.facilitator(participants.get(0));
      } else if (facilitator == 1) {
        List<String> taken = new ArrayList<>();
        participants.forEach(p -> taken.add(p.id()));
        b.facilitator(participants(Texts.FACILITATOR_ROLES).filter(p -> !taken.contains(p.id())).next(random));
      }
      List<String> attendees = new ArrayList<>(b.build().attendeeIds());
      if (attendees.size() >= 2) {
        b.peerFeedback(Gen.listOf(peerFeedback(attendees), 0, 4).next(random));
      }
      if (b.build().format() == SessionFormat.PRACTICE_LEARNING_CIRCLE) {
        b.successes(Gen.listOf(successes(attendees), 0, 3).next(random));
      }
      return b.build();
    };
  }
}
