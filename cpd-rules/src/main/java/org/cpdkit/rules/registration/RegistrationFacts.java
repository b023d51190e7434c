package org.cpdkit.rules.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.RegistrationPeriod;
import org.cpdkit.rules.EntryResult;
import org.cpdkit.rules.internal.TeamFacts;

/**
 * What a portfolio holds towards one period's requirements as of a day: the period, whether the
 * practitioner is exempt as a new registrant, which entries count (by index) and why the others
 * do not. An entry counts when it is submitted, completed inside the period, not after the day of
 * the check, and not identical to another counted piece.
 */
final class RegistrationFacts implements TeamFacts.Facts {

  private final Portfolio portfolio;
  private final RegistrationRequirements requirements;
  private final LocalDate asOf;
  private final Optional<RegistrationPeriod> period;
  private final boolean exempt;
  private final List<Integer> counted;
  private final Map<Integer, Exclusion> excluded;
  /** Worked out on first use; immutable lists, so a race at worst works one out twice. */
  private List<Integer> assessed;
  private List<CpdEntry> countedEntries;

  /**
   * The facts last worked out on this thread. A checker runs a pack's rules one after another on
   * one thread, and a team check then sums up the same portfolio on that thread; each asks for the
   * facts of the same portfolio, so they are worked out once per portfolio rather than once per
   * rule. Portfolios are immutable, so the same instance with the same requirements and day
   * always has the same facts; one set per thread is kept.
   */
  private static final ThreadLocal<RegistrationFacts> LAST = new ThreadLocal<>();

  private RegistrationFacts(Portfolio portfolio, RegistrationRequirements requirements, LocalDate asOf) {
    this.portfolio = portfolio;
    this.requirements = requirements;
    this.asOf = asOf;
    this.period = requirements.periodFor(portfolio.practitioner(), asOf);
    this.exempt = period.isPresent() && isNewRegistrant(period.get());
    List<Integer> candidates = new ArrayList<>();
    Map<Integer, Exclusion> out = new LinkedHashMap<>();
    List<CpdEntry> entries = portfolio.entries();
    for (int i = 0; i < entries.size(); i++) {
      CpdEntry e = entries.get(i);
      if (period.isPresent() && e.usedForRenewal().isPresent() && e.usedForRenewal().get().isBefore(period.get().start())) {
        // The recording system knows it counted before; a date edited since does not make it new.
        out.put(i, Exclusion.REUSED);
      } else if (period.isEmpty() || !period.get().contains(e.completedOn())) {
        out.put(i, Exclusion.OUTSIDE_PERIOD);
      } else if (!e.isSubmitted()) {
        out.put(i, Exclusion.DRAFT);
      } else if (e.activityType().isEmpty()) {
        out.put(i, Exclusion.NO_ACTIVITY_TYPE);
      } else if (e.completedOn().isAfter(asOf)) {
        out.put(i, Exclusion.FUTURE);
      } else if (requirements.requiresEntryContent() && isIncomplete(e)) {
        out.put(i, Exclusion.INCOMPLETE);
      } else {
        candidates.add(i);
      }
    }
    // Among identical pieces the earliest (by completion day, then id) counts, whatever the order
    // of the entries, so a report does not depend on it.
    candidates.sort(
        Comparator.comparing((Integer i) -> entries.get(i).completedOn()).thenComparing(i -> entries.get(i).id()));
    // Pieces are told apart by a hash of their normalised content, computed without building the
    // normalised text; the texts themselves are compared only when two hashes agree.
    Map<Long, List<Integer>> seen = new HashMap<>();
    List<Integer> kept = new ArrayList<>();
    for (int i : candidates) {
      List<Integer> same = seen.computeIfAbsent(contentHash(entries.get(i)), h -> new ArrayList<>(1));
      boolean duplicate = false;
      for (int j : same) {
        if (contentKey(entries.get(j)).equals(contentKey(entries.get(i)))) {
          duplicate = true;
          break;
        }
      }
      if (duplicate) {
        out.put(i, Exclusion.DUPLICATE);
      } else {
        same.add(i);
        kept.add(i);
      }
    }
    Collections.sort(kept);
    this.counted = List.copyOf(kept);
    this.excluded = Collections.unmodifiableMap(out);
  }

  private static boolean isIncomplete(CpdEntry e) {
    return e.whatIDid().isBlank() || e.whatILearned().isBlank() || e.impactOnPractice().isBlank();
  }

  /**
   * Indexes of the entries whose content the entry rules check: the counted ones and those left
   * out only because their content is incomplete, in entry order.
   */
  public List<Integer> assessedIndexes() {
    List<Integer> a = assessed;
    if (a == null) {
      a = assessed();
      assessed = a;
    }
    return a;
  }

  private List<Integer> assessed() {
    if (!excluded.containsValue(Exclusion.INCOMPLETE)) {
      return counted;
    }
    List<Integer> all = new ArrayList<>(counted);
    excluded.forEach((i, why) -> {
      if (why == Exclusion.INCOMPLETE) {
        all.add(i);
      }
    });
    Collections.sort(all);
    return List.copyOf(all);
  }

  /** The facts of a portfolio against requirements as of a day. */
  public static RegistrationFacts of(Portfolio portfolio, RegistrationRequirements requirements, LocalDate asOf) {
    return new RegistrationFacts(portfolio, requirements, asOf);
  }

  /**
   * The facts of a portfolio against requirements as of a day, reusing those last worked out on
   * this thread when they are of the same portfolio instance, requirements and day.
   */
  static RegistrationFacts cached(Portfolio portfolio, RegistrationRequirements requirements, LocalDate asOf) {
    RegistrationFacts last = LAST.get();
    if (last != null && last.portfolio == portfolio && last.requirements == requirements && last.asOf.equals(asOf)) {
      return last;
    }
    RegistrationFacts facts = new RegistrationFacts(portfolio, requirements, asOf);
    LAST.set(facts);
    return facts;
  }

  /** The portfolio. */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** The requirements. */
  public RegistrationRequirements requirements() {
    return requirements;
  }

  /** The day of the check. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The period checked; empty when it depends on a registration date the record lacks. */
  public Optional<RegistrationPeriod> period() {
    return period;
  }

  /** Whether the practitioner registered too late in the period to have to record CPD for it. */
  public boolean isExempt() {
    return exempt;
  }

  /** The indexes of the entries that count, ascending. */
  public List<Integer> countedIndexes() {
    return counted;
  }

  /** The entries that count, in recorded order. */
  public List<CpdEntry> counted() {
    List<CpdEntry> c = countedEntries;
    if (c == null) {
      List<CpdEntry> out = new ArrayList<>(counted.size());
      counted.forEach(i -> out.add(portfolio.entries().get(i)));
      c = Collections.unmodifiableList(out);
      countedEntries = c;
    }
    return c;
  }

  /** Why each entry that does not count is left out, by index. */
  public Map<Integer, Exclusion> excluded() {
    return excluded;
  }

  /** Where the entry at this index stands: counted or not, why not, peer reflection, time added. */
  public EntryResult entryResult(int index) {
    CpdEntry e = portfolio.entries().get(index);
    boolean counts = !excluded.containsKey(index);
    EntryResult.Builder b = EntryResult.builder()
        .index(index)
        .entryId(e.id())
        .counts(counts)
        .peerReflection(counts && countsAsPeerReflection(e));
    if (!counts) {
      b.reason(excluded.get(index).code());
    }
    if (requirements.minimumHours().isPresent() || requirements.minimumParticipatoryHours().isPresent()) {
      b.timeAdded(counts ? e.timeSpent().orElse(Duration.ZERO) : Duration.ZERO);
    }
    return b.build();
  }

  /** The number of counted entries that include a peer reflection, by {@link #countsAsPeerReflection}. */
  public long peerReflections() {
    long n = 0;
    for (CpdEntry e : counted()) {
      if (countsAsPeerReflection(e)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a piece includes a peer reflection: it has one and says what was learned from the
   * peer. Social Work England's form meets the requirement by answering that question, so a
   * peer reflection with a blank answer is not one.
   */
  public static boolean countsAsPeerReflection(CpdEntry e) {
    return e.peerReflection().map(p -> !p.whatILearnedFromPeers().isBlank()).orElse(false);
  }

  /** The total recorded time of counted entries. */
  public Duration time() {
    return counted().stream().map(e -> e.timeSpent().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
  }

  /** The total recorded time of counted participatory entries. */
  public Duration participatoryTime() {
    return counted().stream()
        .filter(CpdEntry::participatory)
        .map(e -> e.timeSpent().orElse(Duration.ZERO))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** The number of counted entries carrying the tag. */
  public long tagged(String tag) {
    return counted().stream().filter(e -> e.tags().contains(tag)).count();
  }

  /**
   * The number of pieces of practice-related feedback: the portfolio's feedback items received in
   * the period by the day of the check, and counted entries of type feedback or carrying the
   * feedback tag.
   */
  public long feedbackItems() {
    long items = portfolio.feedback().stream().filter(f -> inPeriodBy(f.date())).count();
    return items + counted().stream()
        .filter(e -> e.activityType().equals(Optional.of(ActivityType.FEEDBACK)) || e.tags().contains(requirements.feedbackTag()))
        .count();
  }

  /**
   * The number of written reflective accounts: the portfolio's accounts written in the period by
   * the day of the check and linked to at least one theme of the Code, and counted entries
   * carrying the reflective-account tag.
   */
  public long reflectiveAccounts() {
    long items = portfolio.reflectiveAccounts().stream()
        .filter(a -> inPeriodBy(a.date()) && !a.codeThemes().isEmpty())
        .count();
    return items + tagged(requirements.reflectiveAccountTag());
  }

  /** The practice time recorded for stretches ending in the period by the day of the check. */
  public Duration practiceTime() {
    return portfolio.practiceHours().stream()
        .filter(h -> inPeriodBy(h.end()))
        .map(h -> h.hours())
        .reduce(Duration.ZERO, Duration::plus);
  }

  /** Whether the portfolio records this declaration or sign-off in the period by the day of the check. */
  public boolean holds(Declaration d) {
    if (d.signOff().isPresent()) {
      // A sign-off of one piece is not a sign-off of the record as a whole.
      return portfolio.signOffs().stream().anyMatch(s -> !s.isForEntry() && s.kind() == d.signOff().get()
          && inPeriodBy(s.date())
          && (!d.registrantRequired() || s.registrant().orElse(false)));
    }
    if (d.metByAuditProfile() && portfolio.auditProfile().filter(a -> inPeriodBy(a.requestedOn())).isPresent()) {
      return true;
    }
    return portfolio.declarations().stream().anyMatch(x -> x.id().equals(d.id()) && inPeriodBy(x.date()));
  }

  /**
   * The indexes of the counted entries that await the sign-off the requirements ask of each piece;
   * empty when they ask for none or the practitioner is exempt.
   */
  public List<Integer> entriesAwaitingSignOffIndexes() {
    if (requirements.entrySignOff().isEmpty() || isExempt()) {
      return List.of();
    }
    EntrySignOff need = requirements.entrySignOff().get();
    List<Integer> out = new java.util.ArrayList<>();
    for (int i : countedIndexes()) {
      CpdEntry e = portfolio.entries().get(i);
      if (portfolio.signOffs().stream().noneMatch(s -> need.meets(s, e, asOf))) {
        out.add(i);
      }
    }
    return out;
  }

  @Override
  public List<String> entriesAwaitingSignOff() {
    List<String> out = new java.util.ArrayList<>();
    entriesAwaitingSignOffIndexes().forEach(i -> out.add(portfolio.entries().get(i).id()));
    return out;
  }

  @Override
  public List<String> signOffsAwaiting() {
    if (period.isEmpty() || isExempt()) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    for (Declaration d : requirements.declarations()) {
      if (d.signOff().isPresent() && d.onlyWhen().isEmpty() && !holds(d)) {
        out.add(d.id());
      }
    }
    return out;
  }

  /** Whether a day falls in the period and not after the day of the check. */
  public boolean inPeriodBy(LocalDate day) {
    return period.isPresent() && period.get().contains(day) && !day.isAfter(asOf);
  }

  /** The number of different kinds of activity among counted entries. */
  public long activityTypes() {
    return counted().stream().map(CpdEntry::activityType).distinct().count();
  }

  private boolean isNewRegistrant(RegistrationPeriod p) {
    Optional<MonthDay> cutoff = requirements.newRegistrantCutoff();
    Optional<LocalDate> registered = portfolio.practitioner().registeredOn();
    if (cutoff.isEmpty() || registered.isEmpty() || !p.contains(registered.get())) {
      return false;
    }
    // "Joined since 1 September": the cut-off day itself is exempt, as the regulator counts it.
    return !registered.get().isBefore(cutoff.get().atYear(p.end().getYear()));
  }

  private static String contentKey(CpdEntry e) {
    String content = norm(e.whatIDid()) + '\u0000' + norm(e.whatILearned()) + '\u0000' + norm(e.impactOnPractice());
    if (content.length() == 2) {
      // With no content at all, only the same title on the same day makes two pieces identical.
      return norm(e.title()) + '\u0000' + e.completedOn();
    }
    return content;
  }

  /**
   * A hash of the start of {@link #contentKey}: the first {@value #HASHED} characters of each
   * normalised text. Equal keys give equal hashes; pieces whose hashes agree are compared in full.
   * Texts of ASCII letters, digits, punctuation and the whitespace of {@code \\s} are hashed as
   * they are read, with no copy; others through {@link #norm}. Hashing only the start keeps the
   * cost of telling pieces apart from growing with the length of their reflections.
   */
  static long contentHash(CpdEntry e) {
    long h = normHash(e.whatIDid(), FNV_SEED, HASHED);
    boolean empty = h == FNV_SEED;
    h = (h ^ 0) * FNV_PRIME;
    long before = h;
    h = normHash(e.whatILearned(), h, HASHED);
    empty &= h == before;
    h = (h ^ 0) * FNV_PRIME;
    before = h;
    h = normHash(e.impactOnPractice(), h, HASHED);
    empty &= h == before;
    if (empty) {
      return hashOf(contentKey(e), FNV_SEED);
    }
    return h;
  }

  /** How many characters of each normalised text {@link #contentHash} hashes. */
  static final int HASHED = 160;

  private static final long FNV_SEED = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /**
   * Continues hash h over {@code norm(s)}; leaves h as it is when {@code norm(s)} is empty. One
   * pass hashes a text of ASCII letters, digits, punctuation and the whitespace of {@code \\s} as
   * it reads it; a text with anything else is hashed through {@link #norm} (Unicode whitespace
   * and case).
   */
  static long normHash(String s, long h) {
    return normHash(s, h, Integer.MAX_VALUE);
  }

  /** As {@link #normHash(String, long)} over at most the first {@code limit} characters of {@code norm(s)}. */
  static long normHash(String s, long h, int limit) {
    long start = h;
    int hashed = 0;
    int n = s.length();
    int i = 0;
    // leading whitespace is stripped
    while (i < n && s.charAt(i) <= ' ') {
      if (!isRegexSpace(s.charAt(i))) {
        return hashOf(norm(s), start, limit);
      }
      i++;
    }
    boolean space = false;
    for (; i < n && hashed < limit; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 128) {
        if (space) {
          h = (h ^ ' ') * FNV_PRIME;
          space = false;
          if (++hashed == limit) {
            break;
          }
        }
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c | 0x20);
        }
        h = (h ^ c) * FNV_PRIME;
        hashed++;
      } else if (c <= ' ' && isRegexSpace(c)) {
        space = true; // a run of whitespace is one space, and none at the end
      } else {
        return hashOf(norm(s), start, limit);
      }
    }
    return h;
  }

  static long hashOf(String s, long h) {
    return hashOf(s, h, Integer.MAX_VALUE);
  }

  /** Continues hash h over at most the first {@code limit} characters of s. */
  static long hashOf(String s, long h, int limit) {
    int n = Math.min(s.length(), limit);
    for (int i = 0; i < n; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /**
   * The text stripped, with each run of ASCII whitespace (regex {@code \\s}) as one space, in
   * lower case. Written out rather than with {@code replaceAll}, which compiled a pattern for
   * every text and was most of the time of a whole check.
   */
  static String norm(String s) {
    String t = s.strip();
    StringBuilder b = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isRegexSpace(c) && (c != ' ' || (i + 1 < t.length() && isRegexSpace(t.charAt(i + 1))))) {
        // a run to collapse, or one whitespace character other than a space
        if (b == null) {
          b = new StringBuilder(t.length()).append(t, 0, i);
        }
        b.append(' ');
        while (i + 1 < t.length() && isRegexSpace(t.charAt(i + 1))) {
          i++;
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return (b == null ? t : b.toString()).toLowerCase(Locale.ROOT);
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
