package org.cpdkit.anonymise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds the identifying details left in CPD text: people's names, contact details, addresses, dates
 * of birth and official numbers. Built once with {@link #builder()}, then immutable and safe to
 * share between threads; {@link #scan(CharSequence)} is linear in the length of the text.
 */
public final class IdentifierScanner {
  private static final class Shared {
    static final NameTable NAMES = Lexicon.loadNames();
    static final Lexicon VOCABULARY = Vocabulary.build();
  }

  private final double minimumConfidence;
  private final Set<IdentifierKind> kinds;
  private final long kindMask;
  private final List<Detector> detectors;
  private final NameTable names;
  private final Lexicon vocabulary;

  private IdentifierScanner(Builder b) {
    this.minimumConfidence = b.minimumConfidence;
    this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(b.kinds));
    this.kindMask = FindingBuffer.mask(this.kinds);
    this.detectors = List.copyOf(b.detectors);
    this.names = Shared.NAMES;
    this.vocabulary = Shared.VOCABULARY;
  }

  /**
   * A scanner with the default options: every kind, minimum confidence 0.5, no extra detectors.
   *
   * @return a shared-ready scanner
   */
  public static IdentifierScanner standard() {
    return builder().build();
  }

  /**
   * Starts configuring a scanner.
   *
   * @return a new builder with the default options
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The lowest confidence a finding needs to be reported.
   *
   * @return a value from 0 to 1
   */
  public double minimumConfidence() {
    return minimumConfidence;
  }

  /**
   * The kinds this scanner reports.
   *
   * @return an unmodifiable set
   */
  public Set<IdentifierKind> kinds() {
    return kinds;
  }

  /**
   * Finds the identifiers in a text.
   *
   * @param text the text to scan
   * @return the findings sorted by start offset, without overlaps; unmodifiable
   * @throws NullPointerException if text is null
   */
  public List<IdentifierFinding> scan(CharSequence text) {
    Objects.requireNonNull(text, "IdentifierScanner.scan: text must not be null");
    Scratch scratch = SCRATCH.get();
    if (scratch.evidenceBusy) {
      return scan(text, new DocumentEvidence(), true); // a scan from a detector inside a scan
    }
    scratch.evidenceBusy = true;
    try {
      scratch.evidence.clear();
      return scan(text, scratch.evidence, true);
    } finally {
      scratch.evidenceBusy = false;
    }
  }

  /**
   * Finds the identifiers in a text that continues one scanned before: what the earlier parts
   * said of names and places is in {@code evidence}, and what this part says is added to it.
   */
  List<IdentifierFinding> scan(CharSequence text, DocumentEvidence evidence) {
    return scan(text, evidence, false);
  }

  /** As {@link #scan(CharSequence, DocumentEvidence)}; {@code alone}: no other part will follow. */
  private List<IdentifierFinding> scan(
      CharSequence text, DocumentEvidence evidence, boolean alone) {
    int n = text.length();
    Scratch scratch = SCRATCH.get();
    boolean reuse = !scratch.findingsBusy;
    FindingBuffer all;
    if (reuse) {
      all = scratch.findings;
      all.reset(minimumConfidence, kindMask);
      scratch.findingsBusy = true;
    } else {
      all = new FindingBuffer(minimumConfidence, kindMask);
    }
    try {
      return scan(text, n, all, evidence, alone);
    } finally {
      scratch.findingsBusy &= !reuse;
    }
  }

  private List<IdentifierFinding> scan(
      CharSequence text, int n, FindingBuffer all, DocumentEvidence evidence, boolean alone) {
    // Long texts are scanned in windows of about WINDOW characters cut after a line or sentence
    // end, so the token arrays stay small and are reused; what a window learns of the text's
    // names and places is carried into the next.
    int from = 0;
    evidence.openTable = null; // a table never runs from one text into another
    do {
      int to = n - from <= WINDOW ? n : cut(text, from, from + WINDOW);
      scanWindow(text, from, to, alone && to == n && from == 0, all, evidence);
      from = to;
    } while (from < n);
    SeenHandles.carry(text, all);
    for (Detector d : detectors) {
      Collection<IdentifierFinding> extra =
          Objects.requireNonNull(
              d.detect(text), "Detector " + d.getClass().getName() + " returned null");
      for (IdentifierFinding f : extra) {
        if (f.end() > n) {
          throw new IllegalStateException(
              "Detector "
                  + d.getClass().getName()
                  + " reported a span ending at "
                  + f.end()
                  + " beyond the text length "
                  + n);
        }
        all.add(f);
      }
    }
    return all.result(text);
  }

  static final int WINDOW = 1 << 16;

  /**
   * Where to end a window of a long text: after the last line end in its second half, else after
   * the last sentence end ({@code ". "}), else at the last space, else at the limit.
   */
  static int cut(CharSequence text, int from, int limit) {
    int half = from + WINDOW / 2;
    for (int i = limit - 1; i >= half; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = limit - 1; i >= half; i--) {
      char ch = text.charAt(i);
      if (ch == ' '
          && (text.charAt(i - 1) == '.'
              || text.charAt(i - 1) == '?'
              || text.charAt(i - 1) == '!')) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i >= half; i--) {
      if (Tokens.isSpace(text.charAt(i))) {
        return i + 1;
      }
    }
    // no space in 32 K characters: not prose; cut anywhere (an identifier never runs that long)
    return limit;
  }

  private void scanWindow(
      CharSequence text,
      int from,
      int to,
      boolean whole,
      FindingBuffer all,
      DocumentEvidence evidence) {
    int n = to - from;
    Scratch scratch = SCRATCH.get();
    boolean reuse = !scratch.busy && n <= Scratch.MAX_KEPT;
    char[] c = reuse && scratch.chars.length >= n ? scratch.chars : new char[n];
    if (text instanceof String s) {
      s.getChars(from, to, c, 0);
    } else {
      for (int i = 0; i < n; i++) {
        c[i] = text.charAt(from + i);
      }
    }
    Tokens tokens;
    if (reuse) {
      scratch.busy = true;
      scratch.chars = c;
      if (scratch.tokens == null) {
        scratch.tokens = new Tokens(c, n);
      } else {
        scratch.tokens.reset(c, n);
      }
      tokens = scratch.tokens;
    } else {
      tokens = new Tokens(c, n);
    }
    try {
      tokens.tokenize(vocabulary);
      Collector out = new Collector(from, all);
      new StructuredPass(tokens, out).run();
      new TablePass(tokens, out, evidence, to < text.length()).run();
      // dates right after a name are dates of birth: the name pass decides them too. Without
      // names, a text of one window with no date the structured pass left open needs no name
      // pass (a longer text, or a part of one, keeps it: what a window says of its names
      // carries to the next)
      if (kinds.contains(IdentifierKind.PERSON_NAME)
          || (kinds.contains(IdentifierKind.DATE_OF_BIRTH) && (out.looseCount > 0 || !whole))) {
        new NamePass(tokens, names, Math.max(0.05, Math.min(minimumConfidence, 0.5)), evidence)
            .run(out);
      }
    } finally {
      scratch.busy &= !reuse;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * Per-thread arrays reused from one scan to the next, so scanning many short texts does not
   * allocate and clear the token arrays each time. Texts above {@link #MAX_KEPT} characters use
   * arrays of their own; a nested scan on the same thread (from a detector) too.
   */
  private static final class Scratch {
    static final int MAX_KEPT = WINDOW;
    char[] chars = new char[0];
    Tokens tokens;
    boolean busy;
    /** The findings of the scan running on this thread, reset at the start of each. */
    final FindingBuffer findings = new FindingBuffer(0.0, 0L);
    boolean findingsBusy;
    /** What the text being scanned on this thread says of its words, cleared for each text. */
    final DocumentEvidence evidence = new DocumentEvidence();
    boolean evidenceBusy;
  }

  /** Options for an {@link IdentifierScanner}. Not thread-safe; build once. */
  public static final class Builder {
    private double minimumConfidence = 0.5;
    private final EnumSet<IdentifierKind> kinds = EnumSet.allOf(IdentifierKind.class);
    private final List<Detector> detectors = new ArrayList<>();

    private Builder() {}

    /**
     * Reports only findings at least this confident.
     *
     * @param value from 0 to 1; the default is 0.5
     * @return this builder
     * @throws IllegalArgumentException if value is outside 0..1
     */
    public Builder minimumConfidence(double value) {
      if (!(value >= 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException(
            "IdentifierScanner.minimumConfidence must be between 0 and 1, was " + value);
      }
      this.minimumConfidence = value;
      return this;
    }

    /**
     * Reports only these kinds (the default is every kind).
     *
     * @param enabled the kinds to report; at least one
     * @return this builder
     * @throws NullPointerException if enabled or an element is null
     * @throws IllegalArgumentException if enabled is empty
     */
    public Builder kinds(Collection<IdentifierKind> enabled) {
      Objects.requireNonNull(enabled, "IdentifierScanner.kinds must not be null");
      for (IdentifierKind k : enabled) {
        Objects.requireNonNull(k, "IdentifierScanner.kinds must not contain null");
      }
      if (enabled.isEmpty()) {
        throw new IllegalArgumentException("IdentifierScanner.kinds must name at least one kind");
      }
      kinds.clear();
      kinds.addAll(enabled);
      return this;
    }

    /**
     * Adds a detector of the user's own, whose findings are merged with the built-in ones.
     *
     * @param detector the detector
     * @return this builder
     * @throws NullPointerException if detector is null
     */
    public Builder detector(Detector detector) {
      detectors.add(
          Objects.requireNonNull(detector, "IdentifierScanner.detector must not be null"));
      return this;
    }

    /**
     * Adds every {@link Detector} registered for {@link ServiceLoader} in the class loader.
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws NullPointerException if loader is null
     */
    public Builder loadDetectors(ClassLoader loader) {
      Objects.requireNonNull(loader, "IdentifierScanner.loadDetectors: loader must not be null");
      for (Detector d : ServiceLoader.load(Detector.class, loader)) {
        detectors.add(d);
      }
      return this;
    }

    /**
     * Builds the scanner. The first build in a JVM loads the name lexicon (tens of
     * milliseconds); later builds share it.
     *
     * @return an immutable, thread-safe scanner
     */
    public IdentifierScanner build() {
      return new IdentifierScanner(this);
    }
  }
}
