package org.cpdkit.core.toolkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpdkit.core.internal.DomainStyle;
import org.cpdkit.core.Extensible;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.Limits;
import org.cpdkit.core.internal.Validation;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryOrigin;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.entry.ToolkitStage;
import org.cpdkit.core.session.Participant;
import org.immutables.value.Value;

/**
 * A team working through a toolkit: the facilitator sets the date by which everyone completes the
 * individual module (L1) and the date of the case-study discussion (L2); each participant owes
 * two CPD reflections, one after each part.
 */
@Value.Immutable
@DomainStyle
public abstract class ToolkitRun implements WithToolkitRun, Extensible {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  ToolkitRun() {}

  /** An opaque identifier. */
  public abstract String id();

  /** The toolkit being run. */
  public abstract Toolkit toolkit();

  /** Who facilitates: a team manager, advanced practitioner or workforce development lead. */
  public abstract Participant facilitator();

  /** The last day for completing the individual module. */
  public abstract LocalDate moduleDeadline();

  /** The day of the case-study discussion; never before the module deadline. */
  public abstract LocalDate caseStudyDate();

  /** How long the case-study discussion actually took, once it has taken place. */
  public abstract Optional<Duration> caseStudyDuration();

  /**
   * The peer-reflection session in which the case study was discussed, once it is recorded; its
   * attendance is then the record of who attended the case study.
   */
  public abstract Optional<String> caseStudySessionId();

  /** How the case-study discussion took place. */
  @Value.Default
  public ReflectionMode caseStudyMode() {
    return ReflectionMode.IN_PERSON;
  }

  /** The participants and their progress. */
  public abstract List<ToolkitParticipant> participants();

  @Override
  public abstract Map<String, String> extensions();

  /** The progress of the participant with this identifier, if they are in the run. */
  public Optional<ToolkitParticipant> participant(String participantId) {
    return participants().stream()
        .filter(p -> p.participant().id().equals(participantId))
        .findFirst();
  }

  /**
   * The draft CPD entries the run yields for a participant, from what happened only: a reflection
   * on the individual module once they completed it, dated the day they did and with the time
   * they recorded; and a peer reflection on the case study once they attended it, with the roles
   * of the others who attended. Each draft links back to the run, and the case-study draft's peer
   * reflection to the session when the run names it; what could not be drafted, or drafted only in part, is listed as a gap.
   *
   * @throws IllegalArgumentException if the participant is not in the run
   */
  public ToolkitDrafts drafts(String participantId) {
    ToolkitParticipant p =
        participant(participantId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "ToolkitRun " + id() + ": no participant with id " + participantId));
    Toolkit t = toolkit();
    ToolkitDrafts.Builder drafts = ToolkitDrafts.builder().participantId(participantId);
    if (p.moduleCompletedOn().isPresent()) {
      CpdEntry.Builder module =
          CpdEntry.builder()
              .id(derivedId(participantId, "module"))
              .title(derivedTitle(t.title(), ": individual module"))
              .activityType(ActivityType.E_LEARNING)
              .date(p.moduleCompletedOn().get())
              .standards(t.standards())
              .origin(EntryOrigin.of(id(), ToolkitStage.MODULE))
              .addTag("toolkit:" + t.id())
              .status(EntryStatus.DRAFT);
      p.moduleTimeSpent().ifPresentOrElse(module::timeSpent, () -> drafts.addGaps(DraftGap.MODULE_TIME_NOT_RECORDED));
      drafts.addEntries(module.build());
    } else {
      drafts.addGaps(DraftGap.MODULE_NOT_COMPLETED);
    }
    if (p.attendedCaseStudy()) {
      List<String> peerRoles =
          Stream.concat(
                  Stream.of(facilitator()),
                  participants().stream()
                      .filter(ToolkitParticipant::attendedCaseStudy)
                      .map(ToolkitParticipant::participant))
              .filter(q -> !q.id().equals(participantId))
              .map(Participant::role)
              .distinct()
              .collect(Collectors.toList());
      PeerReflection.Builder peer =
          PeerReflection.builder().date(caseStudyDate()).mode(caseStudyMode()).peerRoles(peerRoles);
      caseStudySessionId().ifPresent(peer::sessionId);
      CpdEntry.Builder caseStudy =
          CpdEntry.builder()
              .id(derivedId(participantId, "case-study"))
              .title(derivedTitle(t.title(), ": case study in group supervision"))
              .activityType(ActivityType.GROUP_SUPERVISION)
              .date(caseStudyDate())
              .standards(t.standards())
              .peerReflection(peer.build())
              .origin(EntryOrigin.of(id(), ToolkitStage.CASE_STUDY))
              .addTag("toolkit:" + t.id())
              .status(EntryStatus.DRAFT);
      caseStudyDuration().ifPresentOrElse(caseStudy::timeSpent, () -> drafts.addGaps(DraftGap.CASE_STUDY_DURATION_NOT_RECORDED));
      drafts.addEntries(caseStudy.build());
    } else {
      drafts.addGaps(DraftGap.CASE_STUDY_NOT_ATTENDED);
    }
    return drafts.build();
  }

  /**
   * The identifier of a draft entry: {@code run.participant.part}, or, when that would be longer
   * than an identifier may be, the start of the run's identifier and a digest of both.
   */
  private String derivedId(String participantId, String part) {
    String plain = id() + "." + participantId + "." + part;
    if (plain.length() <= Limits.MAX_ID_LENGTH) {
      return plain;
    }
    String digest = digest(id() + "\n" + participantId);
    int room = Limits.MAX_ID_LENGTH - digest.length() - part.length() - 2;
    return id().substring(0, Math.min(room, id().length())) + "." + digest + "." + part;
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        sb.append(String.format("%02x", hash[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** The toolkit's title and a suffix, the title shortened when both would exceed a label's length. */
  private static String derivedTitle(String title, String suffix) {
    int room = Limits.MAX_LABEL_LENGTH - suffix.length();
    if (title.length() <= room) {
      return title + suffix;
    }
    int cut = room - 1;
    if (Character.isHighSurrogate(title.charAt(cut - 1))) {
      cut--;
    }
    return title.substring(0, cut) + "\u2026" + suffix;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    String type = "ToolkitRun";
    Validation.id(type, "id", id());
    if (caseStudyDate().isBefore(moduleDeadline())) {
      throw new InvalidValueException(type, "caseStudyDate", "must not be before moduleDeadline");
    }
    caseStudyDuration().ifPresent(d -> Validation.positiveDuration(type, "caseStudyDuration", d));
    caseStudySessionId().ifPresent(s -> Validation.id(type, "caseStudySessionId", s));
    Validation.unique(type, "participants", participants(), p -> p.participant().id(), "participant id");
    Validation.extensions(type, extensions());
  }

  /** Builds {@link ToolkitRun} values. */
  public static final class Builder extends ImmutableToolkitRun.Builder {}
}
