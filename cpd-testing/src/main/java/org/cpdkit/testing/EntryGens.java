package org.cpdkit.testing;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.EntryOrigin;
import org.cpdkit.core.entry.Attachment;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.ToolkitStage;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.CodeTheme;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.core.portfolio.Regulator;

/** Generators of CPD entries and their parts. */
final class EntryGens {
  private EntryGens() {}

  /** What a generated entry must be: where its days fall, and whether it is a peer reflection. */
  enum Peer { MAYBE, ALWAYS, NEVER }

  static final List<String> TAGS =
      List.of("safeguarding", "children and families", "adults", "mental health", "research",
          "supervision", "toolkit", "legal literacy", "wellbeing", "assessment");

  /** Social Work England registration periods starting 1 December 2019 to 1 December 2029. */
  static Gen<RegistrationPeriod> swePeriods() {
    return random -> Regulator.SOCIAL_WORK_ENGLAND.period(LocalDate.of(random.nextInt(2019, 2030), 12, 1));
  }

  /** Time spent: mostly half an hour to a day, sometimes up to two days, in quarter hours. */
  static Gen<Duration> timeSpent() {
    Gen<Duration> usual = Gen.durations(Duration.ofMinutes(30), Duration.ofHours(8), Duration.ofMinutes(15));
    Gen<Duration> long_ = Gen.durations(Duration.ofHours(8), Duration.ofHours(48), Duration.ofMinutes(30));
    return random -> random.nextInt(10) == 0 ? long_.next(random) : usual.next(random);
  }

  static Gen<Map<String, String>> extensions() {
    Gen<Map<String, String>> some = random -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put(Texts.pick(random, List.of("x-source", "x-team", "x-imported", "x-local.flag")),
          Texts.pick(random, List.of("\"learning-hub\"", "true", "{\"reviewed\":false}", "[\"a\",\"b\"]")));
      return m;
    };
    return random -> random.nextInt(10) == 0 ? some.next(random) : Map.of();
  }

  static Gen<EvidenceReference> evidence() {
    return random -> {
      EvidenceReference.Builder b = EvidenceReference.builder().description(Texts.pick(random, Texts.EVIDENCE));
      if (random.nextInt(3) == 0) {
        b.uri(URI.create("urn:cpdkit:evidence:" + Ids.letters(random, 10)));
      }
      if (random.nextInt(3) == 0) {
        b.attachment(attachments().next(random));
      }
      return b.extensions(extensions().next(random)).build();
    };
  }

  private static final List<String> MEDIA_TYPES =
      List.of("application/pdf", "image/png", "image/jpeg", "text/plain", "audio/mpeg",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  static Gen<Attachment> attachments() {
    Gen<LocalDate> dates = Gen.dates(LocalDate.of(2019, 12, 1), LocalDate.of(2027, 11, 30));
    return random -> {
      byte[] digest = new byte[32];
      random.nextBytes(digest);
      long size = random.nextInt(10) == 0 ? random.nextInt(2) : random.nextLong(1, 50_000_000L);
      return Attachment.builder()
          .mediaType(Texts.pick(random, MEDIA_TYPES))
          .size(size)
          .sha256(java.util.HexFormat.of().formatHex(digest))
          .date(dates.next(random))
          .extensions(extensions().next(random))
          .build();
    };
  }

  static Gen<PeerReflection> peerReflections(Gen<LocalDate> dates) {
    return peerReflections(dates, false);
  }

  /** Peer reflections; when {@code complete}, each says what was learned from the peers. */
  static Gen<PeerReflection> peerReflections(Gen<LocalDate> dates, boolean complete) {
    return random -> {
      PeerReflection.Builder b = PeerReflection.builder()
          .mode(Gen.enumValues(ReflectionMode.class).next(random))
          .peerRoles(Gen.subsetOf(Texts.PEER_ROLES, 1, 4).next(random))
          .whatILearnedFromPeers(!complete && random.nextInt(8) == 0 ? "" : Texts.peerLearning(random));
      if (random.nextInt(4) != 0) {
        b.date(dates.next(random));
      }
      if (random.nextInt(4) == 0) {
        b.sessionId(Ids.ids("session").next(random));
      }
      return b.extensions(extensions().next(random)).build();
    };
  }

  static Gen<StructuredReflection> structuredReflections() {
    return random -> {
      ReflectionModel model = Gen.enumValues(ReflectionModel.class).next(random);
      List<String> sections = random.nextInt(3) == 0
          ? Gen.subsetOf(model.sections(), 0, model.sections().size()).next(random)
          : model.sections();
      StructuredReflection.Builder b = StructuredReflection.builder().model(model);
      for (String s : sections) {
        b.putSection(s, random.nextInt(10) == 0 ? "" : Texts.any(random));
      }
      return b.extensions(extensions().next(random)).build();
    };
  }

  /** Entries whose days (first and last) fall inside {@code period}. */
  static Gen<CpdEntry> entries(RegistrationPeriod period, Peer peer, double submitted) {
    Gen<LocalDate> dates = Gen.dates(period.start(), period.end());
    return random -> entry(random, period, dates, peer, submitted, false);
  }

  /**
   * Submitted entries inside {@code period} whose content is complete as a regulator's form asks:
   * what was done, learned and changed, and for a peer reflection what was learned from the peers.
   */
  static Gen<CpdEntry> completeEntries(RegistrationPeriod period, Peer peer) {
    Gen<LocalDate> dates = Gen.dates(period.start(), period.end());
    return random -> entry(random, period, dates, peer, 1.0, true);
  }

  /** Origins of entries yielded by a toolkit run. */
  static Gen<EntryOrigin> origins() {
    return random -> EntryOrigin.builder()
        .toolkitRunId(Ids.ids("run").next(random))
        .toolkitStage(Gen.enumValues(ToolkitStage.class).next(random))
        .extensions(extensions().next(random))
        .build();
  }

  /** Entries inside a random Social Work England registration period. */
  static Gen<CpdEntry> entries() {
    return swePeriods().flatMap(p -> entries(p, Peer.MAYBE, 0.85));
  }

  private static CpdEntry entry(
      RandomGenerator random, RegistrationPeriod period, Gen<LocalDate> dates, Peer peer, double submitted,
      boolean complete) {
    int blank = complete ? 0 : 12;
    ActivityType type = Gen.enumValues(ActivityType.class).next(random);
    LocalDate date = dates.next(random);
    CpdEntry.Builder b = CpdEntry.builder()
        .id(Ids.ids("entry").next(random))
        .title(Texts.title(random))
        .activityType(type)
        .date(date)
        .whatIDid(blank > 0 && random.nextInt(blank) == 0 ? "" : Texts.whatIDid(random))
        .whatILearned(blank > 0 && random.nextInt(blank) == 0 ? "" : Texts.whatILearned(random))
        .impactOnPractice(blank > 0 && random.nextInt(blank) == 0 ? "" : Texts.impact(random))
        .standards(StandardGens.sweCodeLists().next(random))
        .evidence(Gen.listOf(evidence(), 0, 2).next(random))
        .tags(Gen.subsetOf(TAGS, 0, 3).next(random))
        .status(random.nextDouble() < submitted ? EntryStatus.SUBMITTED : EntryStatus.DRAFT)
        .extensions(extensions().next(random));
    if (type == ActivityType.OTHER) {
      b.activityDescription(Texts.pick(random, List.of("Mentoring a colleague", "Writing a practice guide",
          "Panel member for a practice review", "Audit of case recording")));
    }
    if (random.nextInt(5) == 0) {
      long room = java.time.temporal.ChronoUnit.DAYS.between(date, period.end());
      b.endDate(date.plusDays(random.nextLong(Math.min(room, 4) + 1)));
    }
    if (random.nextInt(5) != 0) {
      b.timeSpent(timeSpent().next(random));
    }
    boolean withPeer = peer == Peer.ALWAYS
        || (peer == Peer.MAYBE && (type == ActivityType.PEER_REFLECTION || random.nextInt(3) == 0));
    if (withPeer) {
      b.peerReflection(peerReflections(Gen.dates(date, period.end()), complete).next(random));
    }
    if (random.nextInt(5) == 0) {
      b.participatory(random.nextBoolean());
    }
    if (random.nextInt(4) == 0) {
      b.structuredReflection(structuredReflections().next(random));
    }
    if (random.nextInt(6) == 0) {
      b.origin(origins().next(random));
    }
    if (random.nextInt(4) == 0) {
      b.codeThemes(Gen.subsetOf(List.of(CodeTheme.values()), 1, 4).next(random));
    }
    return b.build();
  }
}
