package org.cpdkit.testing.core.session;

import org.cpdkit.core.session.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.api.Test;

class PeerReflectionSessionPropertyTest {

  @Test
  void copiesBuildAndEqualTheOriginal() {
    PropertyCheck.forAll("session copies", CpdGenerators.peerReflectionSessions(), s -> {
      assertThat(PeerReflectionSession.builder().from(s).build()).isEqualTo(s).hasSameHashCodeAs(s);
      assertThat(s.withNotes("").notes()).isEmpty();
    });
    PropertyCheck.forAll("prompt copies", CpdGenerators.prompts(), p -> {
      assertThat(Prompt.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
      assertThat(p.standards()).doesNotHaveDuplicates();
    });
    PropertyCheck.forAll("participants", CpdGenerators.participants(),
        p -> assertThat(Participant.of(p.id(), p.role())).isEqualTo(p).hasSameHashCodeAs(p));
  }

  @Test
  void attendeesAreTheFacilitatorAndParticipantsWithoutRepeats() {
    PropertyCheck.forAll("attendees", CpdGenerators.peerReflectionSessions(), s -> {
      assertThat(s.attendeeIds()).containsAll(s.participants().stream().map(Participant::id).toList());
      s.facilitator().ifPresent(f -> assertThat(s.attendeeIds()).contains(f.id()));
      assertThat(s.attendeeIds().size()).isBetween(s.participants().size(), s.participants().size() + 1);
    });
  }

  @Test
  void toStringRedactsNotesAndFeedback() {
    PropertyCheck.forAll("session toString", CpdGenerators.peerReflectionSessions().filter(s -> s.notes().length() > 20), s -> {
      assertThat(s.toString()).doesNotContain(s.notes());
      s.feedback().forEach(f -> assertThat(s.toString()).doesNotContain(f));
    });
  }
}
