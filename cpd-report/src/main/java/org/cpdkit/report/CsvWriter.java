package org.cpdkit.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.HcpcProfession;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.standard.StandardCode;

/** Lays entries and portfolios out as rows under the documented header; refuses what it cannot carry. */
final class CsvWriter {

  private CsvWriter() {}

  static List<List<String>> entries(List<CpdEntry> entries) {
    Layout layout = new Layout(false, entries);
    List<List<String>> rows = new ArrayList<>();
    rows.add(layout.header());
    for (int i = 0; i < entries.size(); i++) {
      rows.add(layout.row(null, entries.get(i), "entry " + (i + 1)));
    }
    return rows;
  }

  static List<List<String>> portfolios(Collection<Portfolio> portfolios) {
    List<CpdEntry> all = new ArrayList<>();
    for (Portfolio p : portfolios) {
      if (!p.extensions().isEmpty() || !p.practitioner().extensions().isEmpty()) {
        throw new IllegalArgumentException("portfolio " + p.practitioner().registrationNumber()
            + " has extension properties, which CSV does not carry; write it as JSON");
      }
      if (!p.reviews().isEmpty()) {
        throw new IllegalArgumentException("portfolio " + p.practitioner().registrationNumber()
            + " has review outcomes, which CSV does not carry; write it as JSON");
      }
      if (p.auditProfile().isPresent()) {
        throw new IllegalArgumentException("portfolio " + p.practitioner().registrationNumber()
            + " has an audit profile, which CSV does not carry; write it as JSON");
      }
      refuseRecords(p);
      all.addAll(p.entries());
    }
    Layout layout = new Layout(true, all);
    List<List<String>> rows = new ArrayList<>();
    rows.add(layout.header());
    for (Portfolio p : portfolios) {
      String number = p.practitioner().registrationNumber();
      if (p.entries().isEmpty()) {
        rows.add(layout.row(p.practitioner(), null, number));
      }
      for (int i = 0; i < p.entries().size(); i++) {
        rows.add(layout.row(p.practitioner(), p.entries().get(i), number + " entry " + (i + 1)));
      }
    }
    return rows;
  }

  /** The records a portfolio holds beside its entries have no place in a row per entry. */
  private static void refuseRecords(Portfolio p) {
    refuseIf(p, !p.practiceHours().isEmpty(), "practice hours");
    refuseIf(p, !p.feedback().isEmpty(), "feedback items");
    refuseIf(p, !p.reflectiveAccounts().isEmpty(), "reflective accounts");
    refuseIf(p, !p.signOffs().isEmpty(), "sign-offs");
    refuseIf(p, !p.declarations().isEmpty(), "declarations");
    refuseIf(p, p.learningPlan().isPresent(), "a learning plan");
    refuseIf(p, !p.absences().isEmpty(), "absences");
  }

  private static void refuseIf(Portfolio p, boolean holds, String what) {
    if (holds) {
      throw new IllegalArgumentException("portfolio " + p.practitioner().registrationNumber() + " has " + what
          + ", which CSV does not carry; write it as JSON");
    }
  }

  private static final class Layout {
    final boolean practitioner;
    final List<String> sections = new ArrayList<>();
    final List<String> extensions;

    Layout(boolean practitioner, List<CpdEntry> entries) {
      this.practitioner = practitioner;
      Set<String> usedSections = new LinkedHashSet<>();
      Set<String> ext = new LinkedHashSet<>();
      for (CpdEntry e : entries) {
        e.structuredReflection().ifPresent(s -> usedSections.addAll(s.sections().keySet()));
        ext.addAll(e.extensions().keySet());
      }
      for (String s : CsvColumns.SECTIONS) {
        if (usedSections.contains(s.substring("reflection.".length()))) {
          sections.add(s);
        }
      }
      this.extensions = new ArrayList<>(ext);
    }

    List<String> header() {
      List<String> h = new ArrayList<>();
      if (practitioner) {
        h.addAll(CsvColumns.PRACTITIONER);
      }
      h.addAll(CsvColumns.ENTRY);
      h.addAll(sections);
      h.addAll(extensions);
      return h;
    }

    List<String> row(Practitioner p, CpdEntry e, String where) {
      List<String> r = new ArrayList<>();
      if (practitioner) {
        r.add(p.registrationNumber());
        r.add(p.regulator().code());
        r.add(p.registeredOn().map(Object::toString).orElse(""));
        r.add(p.hcpcProfession().map(HcpcProfession::code).orElse(""));
        r.add(p.assessedYearCompletedOn().map(Object::toString).orElse(""));
      }
      if (e == null) {
        for (int i = 0; i < CsvColumns.ENTRY.size() + sections.size() + extensions.size(); i++) {
          r.add("");
        }
        return r;
      }
      refuse(e, where);
      r.add(e.id());
      r.add(e.title());
      r.add(e.activityType().map(ActivityType::code).orElse(""));
      r.add(e.activityDescription().orElse(""));
      r.add(e.date().toString());
      r.add(e.endDate().map(Object::toString).orElse(""));
      r.add(e.timeSpent().map(d -> String.valueOf(d.toMinutes())).orElse(""));
      r.add(e.participatory() ? "yes" : "no");
      r.add(e.status().code());
      r.add(e.whatIDid());
      r.add(e.whatILearned());
      r.add(e.impactOnPractice());
      r.add(String.join("; ", e.standards().stream().map(StandardCode::value).toList()));
      r.add(String.join("; ", e.codeThemes().stream().map(org.cpdkit.core.portfolio.CodeTheme::code).toList()));
      PeerReflection peer = e.peerReflection().orElse(null);
      r.add(peer == null ? "" : peer.mode().code());
      r.add(peer == null ? "" : peer.date().map(Object::toString).orElse(""));
      r.add(peer == null ? "" : String.join("\n", peer.peerRoles()));
      r.add(peer == null ? "" : peer.whatILearnedFromPeers());
      r.add(peer == null ? "" : peer.sessionId().orElse(""));
      StructuredReflection s = e.structuredReflection().orElse(null);
      r.add(s == null ? "" : s.model().code());
      List<String> ev = new ArrayList<>();
      for (EvidenceReference x : e.evidence()) {
        ev.add(x.description() + x.uri().map(u -> " <" + u + ">").orElse(""));
      }
      r.add(String.join("\n", ev));
      r.add(String.join("\n", e.tags()));
      r.add(e.usedForRenewal().map(Object::toString).orElse(""));
      for (String col : sections) {
        r.add(s == null ? "" : s.sections().getOrDefault(col.substring("reflection.".length()), ""));
      }
      for (String x : extensions) {
        r.add(e.extensions().getOrDefault(x, ""));
      }
      return r;
    }

    /** What the header cannot carry fails here, before anything is written. */
    private static void refuse(CpdEntry e, String where) {
      if (e.origin().isPresent()) {
        cannot(where, "it has a toolkit origin (run and stage)");
      }
      e.peerReflection().ifPresent(p -> {
        if (!p.extensions().isEmpty()) {
          cannot(where, "its peer reflection has extension properties");
        }
        lineFree(where, "peer role", p.peerRoles());
      });
      e.structuredReflection().ifPresent(s -> {
        if (!s.extensions().isEmpty()) {
          cannot(where, "its structured reflection has extension properties");
        }
      });
      for (EvidenceReference x : e.evidence()) {
        if (!x.extensions().isEmpty()) {
          cannot(where, "its evidence has extension properties");
        }
        if (x.attachment().isPresent()) {
          cannot(where, "its evidence has an attachment (media type, size, digest)");
        }
        if (x.description().contains("\n") || x.description().contains("\r") || x.description().matches(".* <[^>]*>")
            || x.description().isBlank()) {
          cannot(where, "an evidence description holds a line break or ends like a <link>");
        }
      }
      lineFree(where, "tag", e.tags());
      e.timeSpent().ifPresent(d -> {
        if (!d.equals(java.time.Duration.ofMinutes(d.toMinutes()))) {
          cannot(where, "its time spent is not a whole number of minutes");
        }
      });
    }

    private static void lineFree(String where, String what, List<String> values) {
      for (String v : values) {
        if (v.contains("\n") || v.contains("\r") || v.isBlank()) {
          cannot(where, "a " + what + " holds a line break");
        }
      }
    }

    private static void cannot(String where, String why) {
      throw new IllegalArgumentException(where + " cannot be written as CSV: " + why + "; write it as JSON");
    }
  }
}
