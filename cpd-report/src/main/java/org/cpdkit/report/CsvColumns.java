package org.cpdkit.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cpdkit.core.entry.ReflectionModel;

/** The documented CSV header of entries and portfolios: one row per entry, practitioner columns repeated. */
final class CsvColumns {

  static final String REGISTRATION_NUMBER = "registrationNumber";
  static final String REGULATOR = "regulator";
  static final String REGISTERED_ON = "registeredOn";

  static final String HCPC_PROFESSION = "hcpcProfession";
  static final String ASSESSED_YEAR_COMPLETED_ON = "assessedYearCompletedOn";

  static final List<String> PRACTITIONER =
      List.of(REGISTRATION_NUMBER, REGULATOR, REGISTERED_ON, HCPC_PROFESSION, ASSESSED_YEAR_COMPLETED_ON);

  static final List<String> ENTRY = List.of(
      "id", "title", "activityType", "activityDescription", "date", "endDate", "minutes", "participatory",
      "status", "whatIDid", "whatILearned", "impactOnPractice", "standards", "codeThemes", "peerReflectionMode",
      "peerReflectionDate", "peerRoles", "whatILearnedFromPeers", "peerSessionId", "reflectionModel",
      "evidence", "tags", "usedForRenewal");

  /** The columns a file must have to be read as entries. */
  static final List<String> REQUIRED = List.of("id", "title", "activityType", "date");

  /** The structured-reflection section columns, {@code reflection.<section>}, over every model. */
  static final List<String> SECTIONS;

  static {
    Set<String> s = new LinkedHashSet<>();
    for (ReflectionModel m : ReflectionModel.values()) {
      for (String section : m.sections()) {
        s.add("reflection." + section);
      }
    }
    SECTIONS = List.copyOf(s);
  }

  static final Set<String> KNOWN;

  static {
    Set<String> k = new LinkedHashSet<>(PRACTITIONER);
    k.addAll(ENTRY);
    k.addAll(SECTIONS);
    KNOWN = Set.copyOf(k);
  }

  private CsvColumns() {}

  /** Whether the name is an entry extension column ({@code x-…}). */
  static boolean isExtension(String name) {
    return name.matches("x-[A-Za-z0-9._-]{1,100}");
  }

  /** The closest known column, for a "did you mean". */
  static String closest(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<String> all = new ArrayList<>(KNOWN);
    all.sort(null);
    for (String k : all) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return bestDistance <= Math.max(2, name.length() / 3) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
