package org.cpdkit.anonymise;

import static org.cpdkit.anonymise.Vocabulary.AGE_WORD;
import static org.cpdkit.anonymise.Vocabulary.AND;
import static org.cpdkit.anonymise.Vocabulary.AUX;
import static org.cpdkit.anonymise.Vocabulary.CITE_AFTER;
import static org.cpdkit.anonymise.Vocabulary.CITE_BEFORE;
import static org.cpdkit.anonymise.Vocabulary.CONTACT;
import static org.cpdkit.anonymise.Vocabulary.DETERMINER;
import static org.cpdkit.anonymise.Vocabulary.FAMILY_TITLE;
import static org.cpdkit.anonymise.Vocabulary.MONTH;
import static org.cpdkit.anonymise.Vocabulary.NAMING;
import static org.cpdkit.anonymise.Vocabulary.OBJECT;
import static org.cpdkit.anonymise.Vocabulary.ORG_NEXT;
import static org.cpdkit.anonymise.Vocabulary.PLACE_PREP;
import static org.cpdkit.anonymise.Vocabulary.POSS_DET;
import static org.cpdkit.anonymise.Vocabulary.REPORTING;
import static org.cpdkit.anonymise.Vocabulary.ROLE;
import static org.cpdkit.anonymise.Vocabulary.STOP;
import static org.cpdkit.anonymise.Vocabulary.THEORIST;
import static org.cpdkit.anonymise.Vocabulary.THEORY_NOUN;
import static org.cpdkit.anonymise.Vocabulary.TITLE;
import static org.cpdkit.anonymise.Vocabulary.YEARS;

/**
 * Scores each word as a possible person's name from the gazetteer and from context on both sides,
 * and reports runs of adjacent names as one finding. Three passes over the tokens (lexical
 * evidence, citations right to left, scoring), each linear.
 */
final class NamePass {
  private static final long COLLEAGUES = Lexicon.hash("colleagues");
  private static final long OTHERS = Lexicon.hash("others");
  private static final long ET = Lexicon.hash("et");
  private static final long A = Lexicon.hash("a");
  private static final long AN = Lexicon.hash("an");
  private static final long NEE = Lexicon.hash("n\u00e9e");
  private static final long WHO = Lexicon.hash("who");
  private static final long HAVE = Lexicon.hash("have");
  private static final long ARE = Lexicon.hash("are");
  private static final long WERE = Lexicon.hash("were");
  private static final long NEE_PLAIN = Lexicon.hash("nee");
  private static final long THE = Lexicon.hash("the");
  private static final long IN = Lexicon.hash("in");
  private static final long OUR = Lexicon.hash("our");
  private final Tokens t;
  private final char[] c;
  private final NameTable names;
  private final int[] ctx;
  private final double threshold;
  private final DocumentEvidence evidence;
  private final int[] nameFlags;
  private final boolean[] cite;
  private final double[] score;
  private final String[] reason;
  // a word for a storm stands somewhere in the window: only then is a storm's name looked for
  private boolean weather;
  // the name-word flags of every token of the window, or-ed: the passes that start from a rare
  // word (a roster's label, a greeting, a Gaelic particle) run only when one is there
  private int marks;

  NamePass(Tokens t, NameTable names, double threshold, DocumentEvidence evidence) {
    this.evidence = evidence;
    this.t = t;
    this.c = t.c;
    this.names = names;
    this.threshold = threshold;
    t.nameScratch();
    this.nameFlags = t.nameFlags;
    this.cite = t.cite;
    this.score = t.score;
    this.reason = t.reason;
    this.ctx = t.ctx;
    this.veto = t.veto;
  }

  private boolean capital(int k) {
    return t.capital(k);
  }

  /** Leaves out the candidates on a table's header line (CaseRef, ChildName, Worker). */
  private int outsideHeaders(Collector out, int[] cands, int nc) {
    int w = 0;
    int h = 0; // both in text order: one walk over the two
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      while (h < out.headerCount && out.headers[2 * h + 1] <= k) {
        h++;
      }
      if (h < out.headerCount && k >= out.headers[2 * h]) {
        veto[k] = (byte) (veto[k] | 3);
      } else {
        cands[w++] = k;
      }
    }
    return w;
  }

  void run(Collector out) {
    int nc = candidates();
    int[] cands = t.cands;
    if (out.headerCount > 0) {
      nc = outsideHeaders(out, cands, nc);
    }
    citations(cands, nc);
    namedThings(cands, nc);
    for (int i = 0; i < nc; i++) {
      score(cands[i]);
    }
    givenNamePairs(cands, nc);
    maidenNames(cands, nc);
    namesInLists(cands, nc);
    namesBeforeCuedNames(cands, nc);
    recordForms(cands, nc);
    surnamesInCapitalsAfterGivenNames(cands, nc);
    titleWordsAsSurnames(cands, nc);
    unknownPairs(cands, nc);
    knownPairs(cands, nc);
    saintSurnames(cands, nc);
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (score[k] >= threshold && vietnameseMiddle(k) && q < t.count && capital(q)
          && t.sameLine(q) && !t.glued(q) && score[q] < threshold && !vetoed(q)) {
        score[q] = 0.7; // Nguyễn Văn Long
        reason[q] = "vietnamese-given-name";
      }
    }
    sharedSurnames(cands, nc);
    repeatedUnknown(cands, nc);
    glossedNames(cands, nc);
    if ((marks & NameWords.ROSTER) != 0) {
      rosters();
    }
    if ((marks & NameWords.GREETING) != 0) {
      greetings(cands, nc);
    }
    if ((marks & NameWords.SIGN_OFF) != 0) {
      signOffs(cands, nc);
    }
    speakersAfterTimes(cands, nc);
    speakersInCapitals(cands, nc);
    namesAfterCapitalisedRoles(cands, nc);
    quotedNames(cands, nc);
    territorialDesignations(cands, nc);
    kissSignOffs(cands, nc);
    namesFromBodies(cands, nc);
    displayNamesBeforeHandles(out);
    speakersBeforeTimes(out);
    evidence.propagate(this, t, cands, nc, score, reason, cite, ctx, threshold);
    surnamesAfterNamesFoundElsewhere(cands, nc);
    datesAfterNames(out);
    if ((marks & NameWords.GAELIC) != 0) {
      mutatedSurnames(out);
    }
    if (lowerText) {
      lowerCaseSurnames(cands, nc);
    }
    report(out, cands, nc);
  }

  /**
   * tessa bird, kayleigh moss, amira al hashimi: in a text written in lower case, the words right
   * after a name found in lower case are its surname when a list holds them as surnames or no
   * English word spells them, and the vocabulary knows none of them (not "jess said", "mo cry").
   */
  private void lowerCaseSurnames(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] < threshold || (t.shape[k] & Tokens.LOWER) == 0
          || (t.shape[k] & Tokens.POSSESSIVE) != 0) {
        continue;
      }
      for (int q = k + 1; q <= k + 2 && q < t.count; q++) {
        if (!t.isWord(q) || !t.sameLine(q) || t.glued(q) || (t.shape[q] & Tokens.LOWER) == 0
            || t.len(q) < 2 || t.vocab[q] != 0 || t.words[q] != 0 || score[q] >= threshold) {
          break;
        }
        int f = names.get(t.hash[q]);
        if ((f & Lexicon.WORD) != 0 && ((f & Lexicon.SURNAME) == 0 || t.len(q) < 3)) {
          break; // an English word that is no surname, or a short one (kelly on yet)
        }
        score[q] = 0.7;
        reason[q] = "lower-case-surname";
        if ((t.shape[q] & Tokens.POSSESSIVE) != 0) {
          break;
        }
      }
    }
  }

  /**
   * Number token q starts a time into a recording ({@code 0:03}, {@code 1:02:45}) that ends its
   * line, after a gap of two spaces or a tab, and after words on the line.
   */
  private boolean speakerTime(int q) {
    if (q == 0 || t.len(q) > 2 || !t.sameLine(q) || !t.isSym(q + 1, ':') || !t.glued(q + 1)
        || !t.isNum(q + 2) || t.len(q + 2) != 2 || !t.glued(q + 2)) {
      return false;
    }
    int e = q + 3;
    if (t.isSym(e, ':') && t.glued(e) && t.isNum(e + 1) && t.glued(e + 1)) {
      e += 2; // 1:02:45
    }
    if (e < t.count && t.sameLine(e)) {
      return false; // the time ends its line
    }
    return t.gapBefore(q);
  }

  /**
   * {@code jess okon-whyte   0:03}: a meeting's automatic transcript heads each turn with a line
   * of the speaker's name, a gap of two spaces or more and the time into the recording, and
   * prints the name as the account holds it, in lower case too. One to four words of letters
   * (with hyphens and apostrophes) alone before such a time are a name, in any case, unless a
   * word is one of the vocabulary's (Started transcription, Chair, Recording). Looks only at the
   * numbers of the text.
   */
  private void speakersBeforeTimes(Collector out) {
    final int[] hot = t.hot;
    for (int i = 0, m = t.hotCount; i < m; i++) {
      int q = hot[i];
      if (!t.isNum(q) || t.end[q] >= t.n || c[t.end[q]] != ':' || !speakerTime(q)) {
        continue;
      }
      int last = q - 1;
      int first = last;
      int words = 0;
      boolean ok = true;
      while (first >= 0 && t.sameLine(first + 1)) {
        if (t.isWord(first)) {
          if ((t.vocab[first] & ~Vocabulary.MONTH) != 0 || ++words > 4) {
            ok = false;
            break;
          }
        } else if (!(t.isSym(first, '-') || t.isSym(first, '\'')) || !t.glued(first)) {
          ok = false;
          break;
        }
        if (first == 0 || !t.sameLine(first)) {
          break;
        }
        first--;
      }
      if (!ok || words == 0 || !t.isWord(first) || !t.isWord(last)
          || (first > 0 && t.sameLine(first))) {
        continue;
      }
      // a listed name among the words, or no English word: not "Chat ended   1:02"
      boolean listed = false;
      boolean english = false;
      for (int j = first; j <= last; j++) {
        if (t.isWord(j)) {
          int f = names.get(t.hash[j]);
          listed |= (f & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0;
          english |= (f & Lexicon.WORD) != 0;
        }
      }
      if (!listed && english) {
        continue;
      }
      out.add(IdentifierKind.PERSON_NAME, t.start[first], t.end[last], 0.75, "transcript-speaker");
      for (int j = first; j <= last; j++) {
        if (t.isWord(j) && score[j] < threshold) {
          score[j] = 0.75; // so that the name's other mentions in the window count too
          reason[j] = "transcript-speaker";
        }
      }
    }
  }

  /**
   * The people a meeting's minutes or a message's header list after a label at the start of a
   * line: {@code Present: Tom Baker, Amir Khan (Chair) and Zbigniew Nowak}, {@code Apologies:
   * Grace, Ola}, {@code In attendance: …}, {@code cc: …}. Each item of the list, up to the end of
   * the line or of the sentence, whose capitalised words are listed names or words no list knows
   * is a name; an item with a place, an organisation's word or an ordinary English word that no
   * name list holds names something else ({@code Present: Leeds City Council}).
   */
  private void rosters() {
    final int count = t.count;
    for (int r = 0; r + 2 < count; r++) {
      if ((t.words[r] & NameWords.ROSTER) == 0
          || (t.shape[r] & (Tokens.CAP | Tokens.UPPER | Tokens.LOWER)) == 0
          || !t.isSym(r + 1, ':')
          || !t.sameLine(r + 1)) {
        continue;
      }
      int first = r;
      if (t.isWord(r - 1) && t.hash[r - 1] == IN && t.sameLine(r)) {
        first = r - 1; // In attendance:
      }
      if (!(first == 0 || !t.sameLine(first) || NameCues.sentenceStart(t, first))) {
        continue;
      }
      int q = r + 2;
      while (q < count && t.sameLine(q)) {
        int end = q; // one item: the words up to a comma, a semicolon, "and", "&" or a bracket
        while (end < count && t.sameLine(end) && t.isWord(end) && !t.has(end, AND)) {
          end++;
        }
        rosterItem(q, end);
        q = end;
        if (q >= count || !t.sameLine(q)) {
          break;
        }
        if (t.isSym(q, '(')) {
          while (q < count && t.sameLine(q) && !t.isSym(q, ')')) {
            q++; // (Chair), (social worker)
          }
          q++;
        } else if (t.isSym(q, ',') || t.isSym(q, ';') || t.isSym(q, '&') || t.has(q, AND)
            || t.isSym(q, '/')) {
          q++;
        } else if (t.isSym(q, '-') || t.isSym(q, '\u2013') || t.isSym(q, '\'')
            || t.isSym(q, '\u2019')) {
          q++; // Smith-Jones, O'Neill: parts within an item
        } else {
          break; // the end of the sentence or of the list
        }
      }
      r = Math.max(r, q - 1);
    }
  }

  /**
   * Dear Tendai, Hi Chiamaka!, Thanks Kwabena: one or two capitalised words after a greeting that
   * opens a line or a sentence, and that end it or stand before a comma, are the name of the one
   * greeted when a name list holds them or no list knows them (not Dear Colleagues, Hi Team).
   */
  private void greetings(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int g = k - 1;
      if (t.isSym(g, ',') && g > 0 && (t.words[g - 1] & NameWords.GREETING) != 0
          && t.sameLine(g) && t.glued(g)) {
        g--; // Morning, Bill. Hi, Sam!
      }
      if (g < 0 || (t.words[g] & NameWords.GREETING) == 0
          || score[k] >= threshold || !capital(k) || !t.isWord(g) || !t.sameLine(k)
          || (t.shape[g] & (Tokens.CAP | Tokens.UPPER)) == 0
          || !(NameCues.sentenceStart(t, g) || quoteMarkBefore(g))) {
        continue;
      }
      if (!greeted(k)) {
        continue;
      }
      int e = k;
      if (capital(k + 1) && t.sameLine(k + 1) && !t.glued(k + 1) && greeted(k + 1)) {
        e = k + 1; // Dear Tendai Moyo,
      }
      int after = e + 1;
      if (after < t.count && t.sameLine(after)
          && !(t.isSym(after, ',') || t.isSym(after, '!') || t.isSym(after, '.'))) {
        continue; // Thanks Giving Day, Hi Vis jackets: the words go on
      }
      for (int q = k; q <= e; q++) {
        score[q] = 0.7;
        reason[q] = "greeting";
      }
    }
  }

  /**
   * Many thanks / Olu, Kind regards, / Priya Shah: the one or two words of a line of their own
   * under a short line that closes a message are who signed it.
   */
  private void signOffs(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] >= threshold || !capital(k) || t.sameLine(k) || !greeted(k)) {
        continue;
      }
      int p = k - 1;
      if (t.isSym(p, ',') || t.isSym(p, '!') || t.isSym(p, '.')) {
        p--;
      }
      if (!t.isWord(p) || (t.words[p] & NameWords.SIGN_OFF) == 0) {
        continue;
      }
      int lineStart = p;
      while (lineStart > 0 && t.sameLine(lineStart)) {
        lineStart--;
      }
      if (p - lineStart > 2) {
        continue; // "with thanks for the notes\nGrace" is a sentence going on, not a sign-off
      }
      int e = k;
      if (capital(k + 1) && t.sameLine(k + 1) && !t.glued(k + 1) && greeted(k + 1)) {
        e = k + 1;
      }
      int after = e + 1;
      if (after < t.count && t.sameLine(after) && !t.isSym(after, ',')
          && !(t.isWord(after) && t.len(after) == 1 && (t.shape[after] & Tokens.LOWER) != 0)) {
        continue; // the line goes on: "Best wishes\nHope you are well"
      }
      for (int q = k; q <= e; q++) {
        score[q] = 0.7;
        reason[q] = "sign-off";
      }
    }
  }

  /** > Hi Dave: the mark of a quoted e-mail line, alone before word g at the start of its line. */
  private boolean quoteMarkBefore(int g) {
    int q = g - 1;
    while (q >= 0 && t.isSym(q, '>') && t.sameLine(q + 1)) {
      q--;
    }
    return q < g - 1 && (q < 0 || !t.sameLine(q + 1));
  }

  /** A word that can be the name of someone greeted: listed as a name or known to no list. */
  private boolean greeted(int k) {
    if ((t.vocab[k] & (STOP | ROLE | TITLE | THEORIST | ORG_NEXT | MONTH)) != 0
        || (t.words[k] & (NameWords.ORG_END | NameWords.MYTH)) != 0
        || cite[k]
        || baseVetoed(k)) {
      return false;
    }
    int f = nameFlags[k];
    if ((f & Lexicon.COMMON) != 0 && (f & Lexicon.GIVEN) == 0) {
      return false; // Hi All: an English word that some list holds as a surname
    }
    return (f & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0 || unknownWord(k);
  }

  /** Marks the words from q to end as a name when they are one, as {@link #rosters} says. */
  private void rosterItem(int q, int end) {
    boolean person = false;
    for (int k = q; k < end; k++) {
      int v = t.vocab[k];
      if ((v & TITLE) != 0 && capital(k)) {
        continue; // Dr, Cllr: the report takes titles into the name
      }
      if (!(capital(k) || (t.shape[k] & Tokens.UPPER) != 0 && t.len(k) >= 2)) {
        return; // a lower-case word: a role or a sentence, not a name
      }
      boolean listed = (nameFlags[k] & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0;
      if ((v & (STOP | ORG_NEXT | ROLE | THEORIST | MONTH | DETERMINER | POSS_DET | PLACE_PREP))
              != 0
          || (t.words[k] & (NameWords.ORG_END | NameWords.ORG_OF | NameWords.MYTH)) != 0
          || (ctx[k] & NOT_A_NAME_PLACE) != 0
          || (!listed && (ctx[k] & (Lexicon.WORD | Lexicon.PLACE)) != 0)
          || cite[k]
          || baseVetoed(k)) {
        return;
      }
      person = true;
    }
    if (!person || end - q > 4) {
      return;
    }
    for (int k = q; k < end; k++) {
      if (score[k] < 0.7 && (t.vocab[k] & TITLE) == 0) {
        score[k] = 0.7;
        reason[k] = "roster";
      }
    }
  }

  /**
   * 14:05 Tolu: ok see u there, [09:12] Esi: on my way: the word after a time at the start of a
   * line and before a colon is who speaks in a message log or a transcript, when a name list holds
   * it or no list knows it.
   */
  private void speakersAfterTimes(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (!t.isSym(k + 1, ':') || !t.sameLine(k + 1) || !capital(k)) {
        continue;
      }
      int p = k - 1;
      if (t.isSym(p, ']') || t.isSym(p, ')')) {
        p--;
      }
      // a time, 14:05 or 14.05, optionally with seconds
      if (!(t.isNum(p) && t.len(p) == 2 && (t.isSym(p - 1, ':') || t.isSym(p - 1, '.'))
          && t.isNum(p - 2) && t.len(p - 2) <= 2 && t.glued(p) && t.glued(p - 1))) {
        continue;
      }
      int first = p - 2;
      if (t.isSym(first - 1, '[') || t.isSym(first - 1, '(')) {
        first--;
      }
      if (first > 0 && t.sameLine(first)) {
        continue;
      }
      if (score[k] < threshold) {
        if (!greeted(k)
            || ((ctx[k] & Lexicon.PLACE) != 0 && (nameFlags[k] & Lexicon.GIVEN) == 0)) {
          continue; // but Jordan, Florence and Chelsea are given names too
        }
        score[k] = 0.7;
        reason[k] = "speaker-after-time";
      }
      addressed(k + 2);
    }
  }

  /**
   * BILL: Morning, pet. JASWINDER: It's fair.: a word in capitals that opens a line before a colon
   * is who speaks in a transcript, when a name list holds it as a given name no English word
   * spells, or when the text writes the same word capitalised inside a sentence ({@code Morning,
   * Bill}), or when it opens two lines or more and a list holds it as a given name.
   */
  private void speakersInCapitals(int[] cands, int nc) {
    java.util.Set<Long> inSentences = null;
    java.util.Map<Long, Integer> labels = null;
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      // the given names of idioms speak too (JOE:, TOM:): an idiom needs its other words
      if (!speakerLabelShape(k) || score[k] >= threshold || t.len(k) < 3 || t.vocab[k] != 0
          || (t.words[k] & ~(NameWords.IDIOM | NameWords.IDIOM_PART)) != 0
          || (ctx[k] & NOT_A_NAME_PLACE) != 0) {
        continue;
      }
      int f = nameFlags[k];
      if ((f & (Lexicon.GIVEN | Lexicon.SURNAME)) == 0 && (ctx[k] & Lexicon.WORD) != 0) {
        continue; // ACTION:, NOTE: an English word no name list holds
      }
      boolean speaks = (f & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN;
      if (!speaks) {
        if (inSentences == null) {
          // one look at the whole window, made only when a label is in doubt
          inSentences = new java.util.HashSet<>();
          labels = new java.util.HashMap<>();
          for (int j = 0; j < nc; j++) {
            int q = cands[j];
            if ((t.shape[q] & Tokens.CAP) != 0 && !NameCues.sentenceStart(t, q) && !cite[q]
                && (ctx[q] & Lexicon.PLACE) == 0) {
              inSentences.add(t.hash[q]);
            } else if (speakerLabelShape(q)) {
              labels.merge(t.hash[q], 1, Integer::sum);
            }
          }
        }
        speaks = inSentences.contains(t.hash[k])
            || ((f & Lexicon.GIVEN) != 0 && labels.getOrDefault(t.hash[k], 0) >= 2);
      }
      if (speaks) {
        score[k] = 0.7;
        reason[k] = "speaker-label";
      }
    }
  }

  private static final long ONE = Lexicon.hash("one");
  private static final long OF = Lexicon.hash("of");

  /** A role word in lower case among the next few tokens from q on its line: one of our [students]. */
  private boolean roleWithin(int q, int most) {
    for (int j = q; j < q + most && j < t.count && t.sameLine(j); j++) {
      if (t.has(j, ROLE) && (t.shape[j] & Tokens.LOWER) != 0) {
        return true;
      }
      if (t.isSym(j, ',') || t.isSym(j, '.')) {
        return false;
      }
    }
    return false;
  }

  private static final Lexicon CAPITALISED_ROLES =
      Lexicon.words(
          "nurse worker officer manager carer midwife visitor therapist practitioner paramedic"
              + " sister coordinator advocate navigator assessor sergeant constable inspector"
              + " superintendent");

  /**
   * Charge Nurse Osaze Igbinedion, Family Support Worker Thandiwe Moyo: after a role written in
   * capitals, two capitalised words that are listed names or words no list knows, neither an
   * English word nor a place, are the person in the role.
   */
  private void namesAfterCapitalisedRoles(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int r = k - 1;
      if (r < 0 || !capital(r) || !t.sameLine(k) || t.glued(k)
          || CAPITALISED_ROLES.get(t.hash[r]) == 0 || !capital(k + 1) || !t.sameLine(k + 1)
          || t.glued(k + 1) || (score[k] >= threshold && score[k + 1] >= threshold)) {
        continue;
      }
      // Health Visitor Joy Ogundipe: a given name that is also a word, before a surname no list knows
      // (Detective Sergeant Mark Hollis: before a listed surname too)
      boolean first = personWord(k) || (nameFlags[k] & Lexicon.GIVEN) != 0 && personWord(k + 1)
          && !cite[k] && !vetoed(k) && (ctx[k] & Lexicon.PLACE) == 0;
      if (!first || !personWord(k + 1) || capital(k + 2) && t.sameLine(k + 2)) {
        continue;
      }
      for (int q = k; q <= k + 1; q++) {
        if (score[q] < threshold) {
          score[q] = 0.7;
          reason[q] = "role-before";
        }
      }
    }
  }

  /** A listed name that is no English word and no place, or a word no list knows. */
  private boolean personWord(int k) {
    int f = nameFlags[k];
    return !cite[k]
        && !vetoed(k)
        && (unknownWord(k)
            || ((f & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0 && (f & Lexicon.COMMON) == 0
                && (ctx[k] & (Lexicon.PLACE | Lexicon.WORD)) == 0
                && (t.vocab[k] & (STOP | ORG_NEXT | TITLE | ROLE | MONTH)) == 0));
  }

  private boolean speakerLabelShape(int k) {
    return (t.shape[k] & (Tokens.UPPER | Tokens.NEWLINE_BEFORE))
            == (Tokens.UPPER | Tokens.NEWLINE_BEFORE)
        && t.isSym(k + 1, ':')
        && t.glued(k + 1);
  }

  /** Words after the name of the one a message speaks to: Jordan I will find you, Gaz can you. */
  private static final Lexicon AFTER_ADDRESSED =
      Lexicon.words("i you we can could will are pls please thanks cheers did have r u");

  /**
   * 10:32 Kelechi: Jordan I will find you: a name at the start of a message, before a pronoun or
   * a request, is who the message speaks to.
   */
  private void addressed(int q) {
    if (q + 1 >= t.count || !capital(q) || !t.sameLine(q) || score[q] >= threshold
        || !t.sameLine(q + 1)
        || !(t.isSym(q + 1, ',')
            // Hope you are well: a name that is an English word needs the comma
            || (t.isWord(q + 1) && !t.glued(q + 1) && AFTER_ADDRESSED.get(t.hash[q + 1]) != 0
                && (nameFlags[q] & Lexicon.COMMON) == 0))
        || (nameFlags[q] & Lexicon.GIVEN) == 0 || (t.vocab[q] & AUX) != 0 || !greeted(q)) {
      return; // not "Will you be in?"
    }
    score[q] = 0.7;
    reason[q] = "addressed";
  }

  /**
   * Ó hAodha, Ní hÉigeartaigh: a Gaelic particle before an Irish word with its first letter
   * mutated is a surname standing alone. After a name found the report takes it into that name.
   */
  private void mutatedSurnames(Collector out) {
    for (int k = 0; k + 1 < t.count; k++) {
      if ((t.words[k] & NameWords.GAELIC) != 0
          && (t.shape[k] & Tokens.LOWER) == 0
          && t.isWord(k + 1)
          && t.sameLine(k + 1)
          && !t.glued(k + 1)
          && mutated(k + 1)
          && score[k] < threshold
          && !(k > 0 && score[k - 1] >= threshold && t.sameLine(k))) {
        out.add(IdentifierKind.PERSON_NAME, t.start[k], t.end[k + 1], 0.7, "particle+mutated");
      }
    }
  }

  /**
   * Lists the words that can be names (capitalised or all-caps words, words after a cue,
   * possessives) in {@link Tokens#cands}, with their name and context flags; returns how many.
   */
  /**
   * Word k is part of an address or a user name: glued to what comes before it, or to a dot, an
   * {@code @} or an underscore and a word after it (beata.szymanska@example.net, reece.k.lfc).
   */
  private boolean inAddress(int k) {
    if (t.glued(k)) {
      return true;
    }
    int q = k + 1;
    return q + 1 < t.count && t.glued(q) && t.glued(q + 1) && t.type[q] == Tokens.SYM
        && (c[t.start[q]] == '.' || c[t.start[q]] == '@' || c[t.start[q]] == '_');
  }

  /** Whether word k is a name the lists mark as an English word too (Grace, Will, Rose). */
  boolean commonWord(int k) {
    return (nameFlags[k] & Lexicon.COMMON) != 0;
  }

  /**
   * A filter of 4,096 bits over the hashes of the listed names, capitalised and no English word,
   * met so far in the window: a word in lower case is looked up again only when its bit is set.
   */
  private final long[] capSeen = new long[64];

  private int candidates() {
    final int count = t.count;
    // only words that can be names are looked at after this pass: capitalised or all-caps words,
    // words after a cue, possessives
    int[] cands = t.cands;
    int nc = 0;
    // words of two letters or more on the current line, in capitals and in all; its first candidate
    int lineUpper = 0;
    int lineWords = 0;
    int lineFirst = 0;
    int marks = 0;
    int starts = 0;
    int lowerStarts = 0;
    int lineStart = 0; // how this line's first word was counted: 0 not, 1 as a start, 2 in lower case
    for (int k = 0; k < count; k++) {
      marks |= t.words[k];
      if ((t.shape[k] & Tokens.NEWLINE_BEFORE) != 0) {
        shout(cands, lineFirst, nc, lineUpper, lineWords);
        lineUpper = 0;
        lineWords = 0;
        lineFirst = nc;
        lineStart = 0;
      }
      if (lineStart != 0 && t.type[k] == Tokens.NUM && t.end[k] < t.n
          && c[t.end[k]] == ':' && speakerTime(k)) {
        // jess okon-whyte   0:03: a transcript's heading of a turn is no sentence; the turns
        // below it say whether the text is written in lower case
        starts--;
        lowerStarts -= lineStart == 2 ? 1 : 0;
        lineStart = 0;
      }
      if (t.type[k] == Tokens.WORD && t.end[k] - t.start[k] >= 2) {
        int sh = t.shape[k];
        // a sentence starts at a line's start or after a full stop and a space (not in a@b.co)
        if ((sh & Tokens.NEWLINE_BEFORE) != 0 || k > 0 && t.type[k - 1] == Tokens.SYM
            && t.start[k] > t.end[k - 1] && (t.c[t.start[k - 1]] == '.'
                || t.c[t.start[k - 1]] == '!' || t.c[t.start[k - 1]] == '?')) {
          starts++;
          lowerStarts += (sh & Tokens.LOWER) != 0 ? 1 : 0;
          if ((sh & Tokens.NEWLINE_BEFORE) != 0) {
            lineStart = (sh & Tokens.LOWER) != 0 ? 2 : 1;
          }
        }
        lineWords++;
        if ((sh & Tokens.UPPER) != 0) {
          lineUpper++;
        }
        boolean cand =
            (sh & (Tokens.CAP | Tokens.UPPER | Tokens.POSSESSIVE)) != 0
                || t.has(
                    k - 1,
                    TITLE | FAMILY_TITLE | ROLE | Vocabulary.LINK | OBJECT | NAMING | CONTACT)
                || t.isSym(k - 1, ',')
                || t.has(k + 1, REPORTING);
        // thank you callum: a word in lower case spelled as a listed name met capitalised before
        // it in the window may be that name written in haste; a bit of a small filter says
        // whether to look it up (document evidence decides, and no English word is taken)
        if (!cand && (sh & Tokens.LOWER) != 0 && t.vocab[k] == 0 && t.len(k) >= 3) {
          long h = t.hash[k];
          cand = (capSeen[(int) (h >>> 58)] & (1L << ((int) (h >>> 52) & 63))) != 0
              && !inAddress(k);
        }
        weather |= (t.words[k] & NameWords.WEATHER) != 0;
        if (cand) {
          int v = t.vocab[k];
          // The, His, In, Social, England: function words and the domain's vocabulary are never
          // looked up (months are: April, May and June are given names too)
          boolean skip =
              (v & (DETERMINER | POSS_DET | PLACE_PREP | AND)) != 0
                  || ((v & STOP) != 0 && (v & MONTH) == 0);
          // one look-up gives the name, place and English-word flags of the whole word
          int whole = !skip || (sh & Tokens.CAP) != 0 ? names.get(t.hash[k]) : 0;
          int flags = skip ? 0 : NameLexicon.lookup(t, names, k, whole & ~Lexicon.WORD);
          nameFlags[k] = flags & NameLexicon.NAME_FLAGS;
          ctx[k] = NameLexicon.context(t, names, k, flags, whole & Lexicon.WORD);
          if ((sh & Tokens.CAP) != 0 && (flags & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0
              && (ctx[k] & Lexicon.WORD) == 0) {
            long h = t.hash[k];
            capSeen[(int) (h >>> 58)] |= 1L << ((int) (h >>> 52) & 63);
          }
          // a word neither capitalised nor in the name lists is never scored, and every later
          // step asks about capitalised words or scored ones: keep it out of the candidates
          if (((sh & (Tokens.CAP | Tokens.UPPER)) != 0
                  || (flags & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0)
              && !(skip && (sh & Tokens.CAP) != 0 && NameCues.sentenceStart(t, k))) {
            cands[nc++] = k;
          }
        }
      }
    }
    shout(cands, lineFirst, nc, lineUpper, lineWords);
    this.marks = marks;
    if (starts >= 4 && lowerStarts * 4 >= starts * 3) {
      lowerText = true;
      nc = lowerCaseCandidates(nc);
    }
    return nc;
  }

  /**
   * Whether the text is written in lower case throughout, as messages and young people's letters
   * are ("i want to stay at bev and clive's"): three sentences in four or more start in lower
   * case. In such a text a listed name that is no English word is read as if capitalised.
   */
  private boolean lowerText;

  /** Adds the lower-case words the name lists hold to the candidates, in text order. */
  private int lowerCaseCandidates(int nc) {
    int[] cands = t.cands;
    int[] merged = new int[t.count];
    int m = 0;
    int i = 0;
    for (int k = 0; k < t.count; k++) {
      if (i < nc && cands[i] == k) {
        merged[m++] = k;
        i++;
        continue;
      }
      if (t.type[k] != Tokens.WORD || t.len(k) < 2 || (t.shape[k] & Tokens.LOWER) == 0
          || (t.vocab[k] & (DETERMINER | POSS_DET | PLACE_PREP | AND | STOP)) != 0) {
        continue;
      }
      int whole = names.get(t.hash[k]);
      int flags = NameLexicon.lookup(t, names, k, whole & ~Lexicon.WORD);
      if ((flags & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0
          || t.has(k - 1, TITLE) && (whole & Lexicon.WORD) == 0) {
        nameFlags[k] = flags & NameLexicon.NAME_FLAGS;
        ctx[k] = NameLexicon.context(t, names, k, flags, whole & Lexicon.WORD);
        merged[m++] = k;
      }
    }
    System.arraycopy(merged, 0, cands, 0, m);
    return m;
  }

  /** Marks the citations: Munro (2011), Rogers, M. and Allen, D. (2021), et al. */
  private void citations(int[] cands, int nc) {
    final int count = t.count;
    // authors cited with a year in this text: only they are cited by a verb in the past alone
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if ((t.shape[k] & (Tokens.CAP | Tokens.UPPER)) != 0
          && (t.isSym(k + 1, '(') || t.isSym(k + 1, ','))
          && t.isNum(k + 2)
          && t.len(k + 2) == 4) {
        evidence.add(t.hash[k], DocumentEvidence.CITED);
      }
    }
    // citations: Munro (2011), Rogers, M. and Allen, D. (2021), Ferguson and Smith (2019), et al.
    for (int i = nc - 1; i >= 0; i--) {
      int k = cands[i];
      if ((t.shape[k] & (Tokens.CAP | Tokens.UPPER)) == 0) {
        continue;
      }
      int j = k + 1;
      boolean c1 =
          (t.isSym(j, '(') && t.isNum(j + 1) && t.len(j + 1) == 4
              // not Merlins for Leo (2021, 2024): a frequent given name before a list of years
              && !((nameFlags[k] & (Lexicon.GIVEN | Lexicon.FREQUENT))
                      == (Lexicon.GIVEN | Lexicon.FREQUENT)
                  && t.isSym(j + 2, ',') && t.isNum(j + 3)))
              || (t.isSym(j, ',') && t.isNum(j + 1) && t.len(j + 1) == 4
                  && !numberOfAStreet(j + 1))
              || (t.has(j, CITE_AFTER)
                  && (t.hash[j] == ET
                      || (nameFlags[k] & (Lexicon.GIVEN | Lexicon.SURNAME)) != Lexicon.GIVEN)
                  && !pastWithoutCitation(k, j))
              || (t.has(j, AND)
                  && t.isWord(j + 1)
                  && (t.hash[j + 1] == COLLEAGUES || t.hash[j + 1] == OTHERS))
              // Rogers, M.; not S. Hughes, A. Ferreira, a list of people by their initials
              || (t.isSym(j, ',') && t.isWord(j + 1) && t.len(j + 1) == 1 && t.isSym(j + 2, '.')
                  && NameCues.initialsBefore(t, k) == 0)
              || (t.isSym(j, ',')
                  && t.isWord(j + 1)
                  && (t.shape[j + 1] & Tokens.UPPER) != 0
                  && t.len(j + 1) <= 3
                  && t.isSym(j + 2, '.')
                  && NameCues.initialsBefore(t, k) == 0)
              || t.has(k - 1, CITE_BEFORE)
              // Gibbs' model, Kolb's cycle; not Michael Preston-Shoot's book, a person named in full
              || ((t.shape[k] & Tokens.POSSESSIVE) != 0 && t.has(j, THEORY_NOUN)
                  && !(capital(k - 1) && t.sameLine(k) && !t.glued(k)
                      && (nameFlags[k - 1] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN))
              || (t.has(j, AND) && j + 1 < count && cite[j + 1])
              || (t.isSym(j, '&') && j + 1 < count && cite[j + 1])
              || (t.isSym(j, ',') && capital(j + 1) && j + 1 < count && cite[j + 1])
              || (capital(j) && cite[j] && t.sameLine(j) && !t.glued(j))
              || (t.isSym(j, ',') && quotedWorkWithYear(j + 1));
      // a titled person is a person, even when what follows reads like a citation ("Ms Ede argued");
      // so is one with the years of a life or an e-mail address after the name
      cite[k] = c1 && !NameCues.titledRun(t, k) && !NameCues.lifeYears(t, k)
          && !NameCues.emailAfter(t, k);
    }
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (k >= 2
          && capital(k)
          && !cite[k]
          && (t.has(k - 1, AND) || t.isSym(k - 1, '&'))
          && (cite[k - 2])) {
        cite[k] = true;
      }
    }
  }

  /** 1843 Linwood Avenue: number token q is the number of a house, not a year. */
  private boolean numberOfAStreet(int q) {
    return capital(q + 1) && t.sameLine(q + 1)
        && (t.has(q + 2, Vocabulary.STREET) && t.sameLine(q + 2)
            || capital(q + 2) && t.sameLine(q + 2) && t.has(q + 3, Vocabulary.STREET)
                && t.sameLine(q + 3));
  }

  /**
   * Rowan Williams, "Being Christian" (SPCK, 2014): a quoted title at q, closed on the same line,
   * then the publisher and the year in brackets. The name before it is a work's author, cited.
   */
  private boolean quotedWorkWithYear(int q) {
    if (!NameVetoes.quote(t, q) || !t.sameLine(q) || !t.capital(q + 1)) {
      return false;
    }
    int limit = Math.min(t.count, q + 30);
    int p = q + 2;
    while (p < limit && t.sameLine(p) && !NameVetoes.quote(t, p)) {
      p++;
    }
    if (p >= limit || !t.sameLine(p)) {
      return false;
    }
    p++;
    if (t.isSym(p, ',')) {
      p++;
    }
    if (!t.isSym(p, '(')) {
      return false;
    }
    for (int r = p + 1; r < Math.min(t.count, p + 8) && t.sameLine(r); r++) {
      if (t.isSym(r, ')')) {
        return t.isNum(r - 1) && t.len(r - 1) == 4;
      }
    }
    return false;
  }

  /** A given name followed by a capitalised name-like word: the surname. */
  private void givenNamePairs(int[] cands, int nc) {
    final int count = t.count;
    // pairs: a given name followed by a capitalised name-like word
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (k + 1 < count
          && score[k] >= threshold
          && (capital(k + 1) || shoutedSurname(k + 1))
          && t.sameLine(k + 1)
          && !t.glued(k + 1)
          && !t.gapBefore(k + 1)
          && (t.shape[k] & Tokens.POSSESSIVE) == 0
          && score[k + 1] < threshold
          && !(t.hash[k + 1] == ST && t.len(k + 1) == 2) // St: see saintSurnames
          // Date of birth: a form's next label, not a surname
          && !(t.hash[k + 1] == DATE_LABEL && t.isWord(k + 2) && t.hash[k + 2] == OF_WORD)
          && ((nameFlags[k + 1] & Lexicon.COMMON) == 0
              || ((nameFlags[k + 1] & Lexicon.SURNAME) != 0
                  && (strongAt(k) || commonSurnameAfter(k)))
              || score[k] >= threshold && vietnameseMiddle(k))
          && !cite[k + 1]
          && !vetoed(k + 1)
          // Clifton Suspension Bridge: an English word no name list holds is no surname
          // (but Nguyễn Văn An: the third word of a name)
          && !(nameFlags[k + 1] == 0 && (ctx[k + 1] & Lexicon.WORD) != 0 && !strongAt(k)
              && !(k > 0 && score[k - 1] >= threshold && t.sameLine(k) && !t.glued(k))
              && !((t.vocab[k + 1] & STOP) != 0 && stopSurnameAfter(k)))
          && !(t.has(k + 2, Vocabulary.CONNECTOR) && !verbAfterSurname(k + 2))
          // nor a function word, which is no one's surname: Mrs Patel The Best
          && ((t.vocab[k + 1] & (ORG_NEXT | TITLE | ROLE | DETERMINER | POSS_DET | AND)) == 0
              || capitalisedArticleInName(k + 1)
              || NameVetoes.surnameOfAPlace(t, k + 1))
          && ((t.vocab[k + 1] & STOP) == 0 || titledSurnameAfter(k) || stopSurnameAfter(k))
          && ((t.vocab[k + 1] & THEORIST) == 0 || (nameFlags[k] & Lexicon.GIVEN) != 0)) {
        score[k + 1] =
            Math.max(
                score[k + 1],
                (nameFlags[k + 1] & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0 ? 0.8 : 0.6);
        reason[k + 1] = "follows-name";
      }
    }
    // Tom "Tucker" Devlin: a listed given name before a quoted nickname and a name found
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (k + 4 < count
          && score[k] < threshold
          && capital(k)
          && (nameFlags[k] & Lexicon.GIVEN) != 0
          && quotedNickname(k + 1)
          && t.sameLine(k + 4)
          && score[k + 4] >= threshold
          && !vetoed(k)) {
        score[k] = Math.max(score[k], 0.7);
        reason[k] = "precedes-nickname";
      }
    }
  }

  /**
   * Deborah St John-Mills, Rhys St Clair: "St" and a capitalised word after a given name found are
   * a surname, when no word of a church's, a school's or a hospital's name follows.
   */
  private void saintSurnames(int[] cands, int nc) {
    final int count = t.count;
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int st = k + 1;
      int q = k + 2;
      if (q >= count || score[k] < threshold || (nameFlags[k] & Lexicon.GIVEN) == 0
          || !capital(k) || (t.shape[k] & Tokens.POSSESSIVE) != 0 || !t.isWord(st)
          || t.hash[st] != ST || t.len(st) != 2 || (t.shape[st] & Tokens.CAP) == 0
          || !t.sameLine(st) || t.glued(st) || !capital(q) || t.glued(q) || !t.sameLine(q)
          || (t.shape[q] & Tokens.POSSESSIVE) != 0) {
        continue;
      }
      int e = q;
      if (t.isSym(e + 1, '-') && t.glued(e + 1) && capital(e + 2) && t.glued(e + 2)) {
        e += 2;
      }
      int a = e + 1;
      if (a < count && t.sameLine(a) && !t.glued(a) && (capital(a)
          || (t.shape[e] & Tokens.POSSESSIVE) != 0)
          || (t.words[e] & NameWords.ORG_END) != 0 || NameVetoes.organisation(t, q)) {
        continue; // Amir St Thomas' Hospital, Mary St John Ambulance
      }
      for (int j = st; j <= e; j++) {
        if (t.isWord(j) && score[j] < threshold) {
          score[j] = 0.7;
          reason[j] = "saint-surname";
        }
      }
    }
  }

  private static final long DATE_LABEL = Lexicon.hash("date");

  /** Văn, Thị, Đức, Ngọc, Hữu: the middle names of Vietnamese names. */
  private static final Lexicon VIETNAMESE_MIDDLE =
      Lexicon.words("văn thị đức ngọc hữu quang xuân");

  /**
   * Nguyễn Văn Long, Trần Thị Hoa: after a family name and a Vietnamese middle name, both found,
   * the given name is the third word, whatever else it spells.
   */
  private boolean vietnameseMiddle(int k) {
    // with its accent: Văn, not the Dutch van
    return VIETNAMESE_MIDDLE.get(t.hash[k]) != 0 && (t.shape[k] & Tokens.NON_ASCII) != 0
        && k > 0 && score[k - 1] >= threshold && t.sameLine(k) && !t.glued(k);
  }

  /**
   * Whether the {@code , who} after word k speaks of a person: not of a place the capitalised
   * words were introduced by ({@code from Ocker Hill, who}), nor of a firm or a body with a plural
   * verb ({@code Duncan Lewis, who have agreed}).
   */
  private boolean whoOfAPerson(int k) {
    int q = k;
    while (capital(q - 1) && t.sameLine(q) && !t.glued(q)) {
      q--;
    }
    if (t.has(q - 1, PLACE_PREP)) {
      return false;
    }
    return !(t.isWord(k + 3) && (t.hash[k + 3] == HAVE || t.hash[k + 3] == ARE || t.hash[k + 3] == WERE));
  }

  /**
   * A surname after {@code née}: Elsie Thwaite (née Foxton), Mrs Abiodun-Thomas née Lawal. The
   * word names the family a woman was born into, so it is a surname whatever lists hold it.
   */
  private void maidenNames(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (k > 0
          && capital(k)
          && score[k] < threshold
          && t.sameLine(k)
          && t.isWord(k - 1)
          && (t.hash[k - 1] == NEE || t.hash[k - 1] == NEE_PLAIN)
          && (t.shape[k - 1] & Tokens.UPPER) == 0
          && (t.vocab[k] & (DETERMINER | POSS_DET | AND | STOP)) == 0) {
        score[k] = 0.8;
        reason[k] = "maiden-name";
      }
    }
  }

  /** Nouns of bodies and services after a capitalised word: the Kingston team, the Leeds hub. */
  private static final Lexicon BODY_NOUNS =
      Lexicon.words("team teams service services council school hospital centre unit clinic hub"
          + " office group project panel board programme surgery practice ward");

  /** Verbs of speaking, which a person does: said, told, asked, replied. */
  private static final Lexicon SPEECH =
      Lexicon.words(
          "said says told tells explained explains disclosed discloses asked asks replied admitted"
              + " denied whispered shouted screamed cried laughed smiled insisted");

  private static final long IS = Lexicon.hash("is");
  private static final long WAS = Lexicon.hash("was");

  /**
   * Mary Seacole was chosen: "is" or "was" after the surname, not before a number (Mosaic ID is
   * 4471).
   */
  private boolean verbAfterSurname(int q) {
    return (t.hash[q] == IS || t.hash[q] == WAS) && !t.isNum(q + 1);
  }

  /**
   * Nguyễn Văn An: a capitalised "An" right after a name, in a sentence that goes on in lower case
   * or ends, is the last part of the name (a Vietnamese given name), not the article, which is
   * never capitalised inside a sentence.
   */
  private boolean capitalisedArticleInName(int q) {
    return (t.shape[q] & Tokens.CAP) != 0
        && t.len(q) == 2
        && (t.c[t.start[q] + 1] == 'n')
        && (t.c[t.start[q]] == 'A')
        && q > 0
        && capital(q - 1)
        && t.sameLine(q)
        && !NameCues.sentenceStart(t, q)
        && (q + 1 >= t.count
            || !t.sameLine(q + 1)
            || t.type[q + 1] == Tokens.SYM
            || (t.isWord(q + 1) && (t.shape[q + 1] & Tokens.LOWER) != 0));
  }

  /** Lists after a name: her sons Kyle, Dean and Jordan; Tyler and Chloe said. */
  private void namesInLists(int[] cands, int nc) {
    final int count = t.count;
    // lists: her sons Kyle, Dean and Jordan; Tyler and Chloe said
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] < threshold || !t.isWord(k)) {
        continue;
      }
      int j = k + 1;
      int m = j + 1;
      if (!(t.isSym(j, ',') || t.has(j, AND) || t.isSym(j, '&'))) {
        continue;
      }
      if (t.isSym(j, ',') && t.has(m, AND)) {
        m++; // Kyle, Dean, and Jordan
      }
      int f = m < count ? nameFlags[m] : 0;
      if (m < count
          && capital(m)
          && t.sameLine(m)
          && score[m] < 0.7
          && !cite[m]
          && !cite[k]
          && (f & Lexicon.GIVEN) != 0
          && ((f & Lexicon.COMMON) == 0 || strongAt(k))
          && (t.vocab[m] & (STOP | ORG_NEXT | THEORIST | TITLE | ROLE)) == 0
          && !(t.has(m + 1, ORG_NEXT) && capital(m + 1))
          && !anonymised(m)
          && !vetoed(m)
          && (ctx[m] & NOT_A_NAME_PLACE) == 0) {
        score[m] = 0.7;
        reason[m] = "list-of-names";
      } else if (m < count
          && score[m] < threshold
          && t.sameLine(m)
          && unknownWord(m)
          && !cite[m]
          && !cite[k]
          && (nameFlags[k] & Lexicon.GIVEN) != 0
          && ((t.isSym(k - 1, ',') && k >= 2 && score[k - 2] >= threshold
                  && (nameFlags[k - 2] & Lexicon.GIVEN) != 0)
              || ((nameFlags[k] & Lexicon.COMMON) == 0 && !t.isSym(j, ',')))
          && !(t.isWord(m + 1) && (t.shape[m + 1] & (Tokens.CAP | Tokens.UPPER)) != 0
              && t.sameLine(m + 1))
          && (ctx[m] & Lexicon.PLACE) == 0
          && !vetoed(m)) {
        // Hannah, Marisol and Pru, Kemi and Tolu: a word no list knows closes a list of given
        // names (of one that is no English word, when it is the only other)
        score[m] = 0.7;
        reason[m] = "list-of-names";
      }
    }
    // Tickets from Pat or Eileen Fairbairn, Frank and Mary Doyle: a given name before "or" or
    // "and" and a full name, even one that is an English word too
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int m = k + 2;
      if (score[k] >= threshold
          || !capital(k)
          || !(t.has(k + 1, AND) || (t.isWord(k + 1) && t.hash[k + 1] == OR_WORD))
          || (t.shape[k + 1] & Tokens.LOWER) == 0
          || m + 1 >= count
          || !t.sameLine(k + 1)
          || !t.sameLine(m)
          || !t.sameLine(m + 1)
          || score[m] < threshold
          || score[m + 1] < threshold
          || !t.isWord(m + 1)
          || (nameFlags[m] & Lexicon.GIVEN) == 0
          || (nameFlags[m + 1] & Lexicon.SURNAME) == 0
          || cite[k]
          || cite[m + 1]
          || (nameFlags[k] & Lexicon.GIVEN) == 0
          || (t.vocab[k] & (STOP | ORG_NEXT | THEORIST | TITLE | ROLE | MONTH)) != 0
          || capital(k - 1) && t.sameLine(k) && !NameCues.sentenceStart(t, k - 1)
          || (ctx[k] & (Lexicon.PLACE | NOT_A_NAME_PLACE)) != 0
          || anonymised(k)
          || vetoed(k)) {
        continue;
      }
      score[k] = 0.7;
      reason[k] = "list-of-names";
    }
  }

  private static final Lexicon VISITS = Lexicon.words("visit visits visited visiting");
  private static final long TO_WORD = Lexicon.hash("to");
  private static final long WITH_WORD = Lexicon.hash("with");

  private boolean visitBefore(int k) {
    int p = k - 1;
    if (t.isWord(p) && (t.hash[p] == TO_WORD || t.hash[p] == WITH_WORD)) {
      p--;
    }
    return t.isWord(p) && VISITS.get(t.hash[p]) != 0;
  }

  private static final Lexicon STREET_PREPOSITIONS = Lexicon.words("on off along near at");
  /** Street types that are rarely surnames (not Hill, Park, Green, Bank: relied on Tom Hill). */
  private static final Lexicon PLAIN_STREET_TYPES =
      Lexicon.words("road street lane avenue crescent grove gardens terrace mews parade boulevard"
          + " circus quay wharf drive close");

  private static final long OR_WORD = Lexicon.hash("or");
  private static final long BABY = Lexicon.hash("baby");

  /**
   * A word listed beside a place that is no one's given name ({@code Dublin, Edinburgh, Lisbon}):
   * one item before or after it, across a comma, {@code and}, {@code &} or {@code /}, is a
   * capitalised word the gazetteer holds and no list holds as a given name.
   */
  private boolean listedWithPlaces(int k) {
    return placeItem(k - 1, k - 2) || placeItem(k + 1, k + 2);
  }

  private boolean placeItem(int sep, int j) {
    if (j < 0 || j >= t.count || !capital(j) || !t.sameLine(Math.max(sep, j))
        || !t.sameLine(Math.min(sep, j) + 1)
        || !(t.isSym(sep, ',') || t.isSym(sep, '&') || t.isSym(sep, '/') || t.has(sep, AND))) {
      return false;
    }
    if ((j - 1 != sep && capital(j - 1) && t.sameLine(j))
        || (j + 1 != sep && capital(j + 1) && t.sameLine(j + 1))) {
      return false; // Dublin, Mary Smith: an item of two words says nothing of this one
    }
    int f = names.get(t.hash[j]);
    return (f & Lexicon.PLACE) != 0 && (f & Lexicon.GIVEN) == 0;
  }

  /** A given name right before a name with a strong cue: Amir Hussain (7). */
  private void namesBeforeCuedNames(int[] cands, int nc) {
    final int count = t.count;
    // a given name right before a name with a strong cue: Amir Hussain (7), June Akindele, our
    // apprentice
    for (int i = nc - 1; i >= 0; i--) {
      int k = cands[i];
      if (k + 1 < count
          && score[k] < threshold
          && (capital(k)
              || ((t.shape[k] & Tokens.UPPER) != 0 && (t.shape[k + 1] & Tokens.UPPER) != 0
                  && t.len(k) >= 3))
          && score[k + 1] >= threshold
          && (strongAt(k + 1)
              || ((nameFlags[k] & Lexicon.GIVEN) != 0
                  && (nameFlags[k + 1] & (Lexicon.SURNAME | Lexicon.COMMON)) == Lexicon.SURNAME)
              || surnameBeforeGiven(k))
          && t.sameLine(k + 1)
          && !t.glued(k + 1)
          && !cite[k]
          && ((nameFlags[k] & Lexicon.GIVEN) != 0 || unknownWord(k) || surnameBeforeGiven(k)
              || demonymShapedName(k))
          && !vetoed(k)
          && (t.shape[k] & Tokens.POSSESSIVE) == 0
          && ((t.vocab[k] & (STOP | ORG_NEXT | THEORIST | TITLE | ROLE)) == 0
              || (t.vocab[k] & (STOP | MONTH)) == (STOP | MONTH))
          // not Meet Aisha, See Patel: a verb of meeting starting the sentence
          && !((t.vocab[k] & CONTACT) != 0 && NameCues.sentenceStart(t, k))) {
        score[k] = 0.7;
        reason[k] = "precedes-name";
      }
    }
  }

  /**
   * Aurelian Stoica, 31: a word no list knows that ends as a nationality does (-ian, -ean), before
   * a name with a strong cue and after no article; the nationalities the vocabulary holds never
   * get here.
   */
  private boolean demonymShapedName(int k) {
    return capital(k) && nameFlags[k] == 0 && t.vocab[k] == 0 && t.words[k] == 0
        && (ctx[k] & (Lexicon.WORD | Lexicon.PLACE)) == 0 && NameCues.demonym(t, k)
        && strongAt(k + 1) && !t.has(k - 1, DETERMINER | POSS_DET);
  }

  /**
   * Nguyễn Thị Lan, Kowalczyk Anna: a listed surname that is no English word nor a place, written
   * first at the start of a sentence or a line, before a given name found as a name; the order of
   * names in Vietnamese, Chinese, Hungarian and in registers.
   */
  private boolean surnameBeforeGiven(int k) {
    int f = nameFlags[k];
    return (f & (Lexicon.SURNAME | Lexicon.COMMON)) == Lexicon.SURNAME
        && (ctx[k] & (Lexicon.WORD | Lexicon.PLACE | NOT_A_NAME_PLACE)) == 0
        && ((nameFlags[k + 1] & Lexicon.GIVEN) != 0 || unknownWord(k + 1))
        && capital(k)
        && NameCues.sentenceStart(t, k);
  }

  /** Reports each run of adjacent names as one finding. */
  private void report(Collector out, int[] cands, int nc) {
    final int count = t.count;
    int done = -1;
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (k <= done || score[k] < threshold || reason[k] == null) {
        continue;
      }
      int e = k;
      double best = score[k];
      String why = reason[k];
      while (e + 1 < count
          && score[e + 1] >= threshold
          && t.sameLine(e + 1)
          && !t.glued(e + 1)
          && !t.gapBefore(e + 1)
          && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
        e++;
        if (score[e] > best) {
          best = score[e];
          why = reason[e];
        }
      }
      if (e + 4 < count
          && quotedNickname(e + 1)
          && t.sameLine(e + 4)
          && (t.shape[e] & Tokens.POSSESSIVE) == 0
          && (score[e + 4] >= threshold || afterParticles(e + 3) > e + 3)) {
        // Gerard "Gez" McGinley, Margaret "Peggy" Ó Dálaigh: the nickname between the given name
        // and the surname
        e += score[e + 4] >= threshold ? 4 : 3;
        while (e + 1 < count && score[e + 1] >= threshold && t.sameLine(e + 1) && !t.glued(e + 1)
            && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
          e++;
        }
      }
      for (int after; (t.shape[e] & Tokens.POSSESSIVE) == 0 && (after = afterParticles(e)) > e; ) {
        e = after; // Mr Mac Giolla Phádraig, Ó hAodha, van der Merwe, Maria do Céu Ferreira
        while (e + 1 < count && score[e + 1] >= threshold && t.sameLine(e + 1) && !t.glued(e + 1)
            && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
          e++;
        }
      }
      while (e + 1 < count && t.sameLine(e + 1) && !t.glued(e + 1) && articlePart(e + 1)
          && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
        e++; // Ahmed al-Sayed, Omar el-Badry
      }
      if (e + 1 < count && (t.shape[e] & Tokens.POSSESSIVE) == 0
          && (nameFlags[e] & Lexicon.GIVEN) != 0 && surnameInitial(e + 1)
          && !NameCues.postNominalAfter(t, e)) {
        e++; // Radu I., Jayden B: the initial of the surname is part of the name
        if (t.isSym(e + 1, '.') && t.glued(e + 1)) {
          e++;
        }
        // Marcus T. Bellamy: a middle initial, then the surname found on its own
        while (e + 1 < count && score[e + 1] >= threshold && t.sameLine(e + 1)
            && !t.glued(e + 1) && !t.gapBefore(e + 1) && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
          e++;
          if (score[e] > best) {
            best = score[e];
            why = reason[e];
          }
        }
      }
      k = givenBeforeParticles(k);
      k = givenBeforeSurname(k);
      if (k == cands[i] && why.endsWith("post-nominal")) {
        k = givenBeforeJudge(k);
      }
      if (e - k <= 1 && surnameCommaGiven(k, e)) {
        e += 2; // "Demir, Elif"; Required: Whitfield, Joanne; Costa, Rui
      } else if (e == k && "surname-before-given-name".equals(reason[k]) && t.isSym(k + 1, ',')
          && t.glued(k + 1) && k + 2 < count && score[k + 2] >= threshold && t.sameLine(k + 2)
          && !t.glued(k + 2)) {
        // Child: LIU, Jiahao; HOLLOWAY, Jayden Marquis: the surname, the comma, the given names
        e = k + 2;
        while (e + 1 < count && score[e + 1] >= threshold && t.sameLine(e + 1)
            && !t.glued(e + 1) && !t.gapBefore(e + 1) && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
          e++;
        }
      }
      int from = spanStart(k);
      for (int n = 0; n < 3 && from > 0 && capsNamePart(from - 1) && t.sameLine(from)
          && !t.glued(from); n++) {
        from--; // KOVALENKO Bohdan Oleksandrovych, JOSEFINA M. BAUTISTA: a name part in capitals
      }
      if (from == k && courtListSurname(k)) {
        from = k - 2; // 1. HOLLINGWORTH, Kieran James: a court list's surname in capitals first
      }
      if (from < k && e > k - 1 && titledSurnameAfter(from, e + 1)) {
        e++; // Dr Hyun-woo Park, Mrs Irene Hall
      }
      out.add(IdentifierKind.PERSON_NAME, t.start[from], t.end[e], best, why);
      done = e;
      if (t.isSym(e + 1, '(') && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
        done = Math.max(done, initialsInBrackets(from, e));
      }
    }
    if (initialsCount > 0) {
      initialsElsewhere(out, cands, nc);
    }
  }

  /**
   * The surname written first in capitals before a comma and the given names, as court lists and
   * registers write it ({@code 1. HOLLINGWORTH, Kieran James}, {@code McCRORY, Declan}): it opens
   * the line or follows an item's number, and no list holds it as an English word.
   */
  private boolean courtListSurname(int k) {
    int s = k - 2;
    if (s < 0 || !t.isSym(k - 1, ',') || !t.glued(k - 1) || !t.sameLine(k) || !t.isWord(s)
        || t.len(s) < 2 || (nameFlags[k] & Lexicon.GIVEN) == 0 || !t.isWord(k + 1)) {
      return false;
    }
    char[] c = t.c;
    int upper = 0;
    for (int i = t.start[s]; i < t.end[s]; i++) {
      if (Character.isUpperCase(c[i])) {
        upper++;
      }
    }
    if (upper < t.len(s) - 1 || t.vocab[s] != 0 || t.words[s] != 0
        || (names.get(t.hash[s]) & Lexicon.WORD) != 0 && (names.get(t.hash[s]) & Lexicon.SURNAME) == 0) {
      return false; // McCRORY has one letter in lower case; SMITH no more than that
    }
    int p = s - 1;
    if (t.isSym(p, '.') || t.isSym(p, ')')) {
      p--;
    }
    boolean opens = (t.shape[s] & Tokens.NEWLINE_BEFORE) != 0
        || (t.isNum(p) && (t.shape[p] & Tokens.NEWLINE_BEFORE) != 0);
    return opens && score[k + 1] >= threshold && t.sameLine(k + 1);
  }

  /**
   * A capital letter alone after a given name that ends the name: before its full stop, a
   * bracket, a comma or the line's end, and not the pronoun before its verb ({@code Gaz I know}).
   */
  private boolean surnameInitial(int j) {
    if (!t.isWord(j) || t.len(j) != 1 || (t.shape[j] & Tokens.UPPER) == 0 || !t.sameLine(j)
        || t.glued(j) || t.c[t.start[j]] >= 128 || (j + 1 < t.count && score[j + 1] >= threshold)) {
      return false;
    }
    int a = j + 1;
    if (t.isSym(a, '.') && t.glued(a)) {
      return !(t.isWord(a + 1) && t.len(a + 1) == 1 && t.glued(a + 1)); // not Joy A.B.
    }
    if (t.c[t.start[j]] == 'I') {
      return false;
    }
    return a >= t.count || !t.sameLine(a) || t.isSym(a, '(') || t.isSym(a, ',')
        || t.isSym(a, ')');
  }

  /**
   * Whether the name k..e and the one word after its comma are one name written family name
   * first, as address books, invitations and spreadsheets write it: the second part ends the
   * item (a semicolon, a quote, an address in angle brackets, the line), and the first does not
   * stand in a list of names after a comma ({@code Kyle, Dean and Jordan} are three people).
   */
  private boolean surnameCommaGiven(int k, int e) {
    int g = e + 2;
    if (!t.isSym(e + 1, ',') || !t.glued(e + 1) || g >= t.count || score[g] < threshold
        || !t.sameLine(g) || t.glued(g) || !capital(g) || (t.shape[e] & Tokens.POSSESSIVE) != 0
        || (t.shape[g] & Tokens.POSSESSIVE) != 0 || t.isSym(k - 1, ',')
        || (nameFlags[g] & Lexicon.GIVEN) == 0) {
      return false;
    }
    int after = g + 1;
    return after >= t.count
        || !t.sameLine(after)
        || t.isSym(after, ';')
        || t.isSym(after, '<')
        || (NameVetoes.quote(t, after) && t.glued(after) && NameVetoes.quote(t, k - 1) && t.glued(k));
  }

  /**
   * A word in capitals right before a name found, as official documents write the family name
   * first or a whole name in capitals: a listed name that is no English word, or a word of six
   * letters or more that no list knows (shorter ones are abbreviations as often: CAMHS, MARAC).
   */
  private boolean capsNamePart(int q) {
    if (!t.isWord(q) || (t.shape[q] & Tokens.UPPER) == 0 || t.len(q) < 3 || score[q] >= threshold
        || t.vocab[q] != 0 || (t.words[q] & ~NameWords.TLD) != 0 || cite[q]
        || (ctx[q] & (Lexicon.PLACE | Lexicon.WORD | NOT_A_NAME_PLACE)) != 0) {
      return false;
    }
    int f = nameFlags[q];
    if (f != 0) {
      return (f & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0 && (f & Lexicon.COMMON) == 0;
    }
    return t.len(q) >= 6 && hasVowel(q) && !NameVetoes.mixedAcronym(t, q);
  }

  /** The hashes of the initials a text gave for its people: Harjinder Kaur Bassi (HKB). */
  private long[] initials = new long[8];

  private int initialsCount;

  /**
   * Harjinder Kaur Bassi (HKB, Team Manager), Cllr D. O'Sullivan (DOS): a word in capitals in the
   * brackets after a name, whose letters are the first letters of the name's parts (or all its
   * capitals), is the initials the text will call the person by. Records them and returns the
   * last token looked at.
   */
  private int initialsInBrackets(int from, int e) {
    int q = e + 2;
    for (int n = 0; n < 8 && q < t.count && t.sameLine(q) && !t.isSym(q, ')'); n++, q++) {
      if (t.isWord(q) && (t.shape[q] & Tokens.UPPER) != 0 && t.len(q) >= 2 && t.len(q) <= 4
          && matchesInitials(from, e, q)) {
        if (initialsCount == initials.length) {
          initials = java.util.Arrays.copyOf(initials, initialsCount * 2);
        }
        initials[initialsCount++] = t.hash[q];
        return q;
      }
    }
    return e;
  }

  /** Whether the letters of word q are the initials of the name from..e, titles left out. */
  private boolean matchesInitials(int from, int e, int q) {
    char[] c = t.c;
    StringBuilder firsts = new StringBuilder(4);
    StringBuilder capitals = new StringBuilder(6);
    for (int k = from; k <= e; k++) {
      if (!t.isWord(k) || (t.vocab[k] & TITLE) != 0 || (t.words[k] & NameWords.PERSONAL_TITLE) != 0) {
        continue;
      }
      firsts.append(plainUpper(c[t.start[k]]));
      for (int i = t.start[k]; i < t.end[k]; i++) {
        if (Character.isUpperCase(c[i])) {
          capitals.append(plainUpper(c[i]));
        }
      }
    }
    String word = new String(c, t.start[q], t.len(q));
    return firsts.length() >= 2 && (word.contentEquals(firsts) || word.contentEquals(capitals));
  }

  /** A letter in upper case without its accent: Ó as O, for Cathal Ó Dálaigh (COD). */
  private static char plainUpper(char ch) {
    char u = Character.toUpperCase(ch);
    if (u < 128) {
      return u;
    }
    String d = java.text.Normalizer.normalize(String.valueOf(u), java.text.Normalizer.Form.NFD);
    return d.charAt(0);
  }

  /** Every other mention of the initials given for a person: HKB thanked the team. */
  private void initialsElsewhere(Collector out, int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] >= threshold || !t.isWord(k) || (t.shape[k] & Tokens.UPPER) == 0) {
        continue;
      }
      long h = t.hash[k];
      for (int j = 0; j < initialsCount; j++) {
        if (initials[j] == h) {
          out.add(IdentifierKind.PERSON_NAME, t.start[k], t.end[k], 0.8, "initials-of-a-name");
          break;
        }
      }
    }
    initialsCount = 0;
  }

  /**
   * The forms of names that records and reports write, decided by the token after each candidate
   * not yet found: a lower-case word ({@link #familyNameAt}) or a comma ({@link #surnameFirstAt}).
   */
  private void recordForms(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (q >= t.count) {
        continue;
      }
      int sh = t.shape[q];
      if ((sh & Tokens.LOWER) != 0) {
        if (score[k] < threshold) {
          familyNameAt(k);
        }
      } else if (sh >>> Tokens.SYMBOL_SHIFT == ',' && (score[k] < threshold
          || (t.shape[k] & Tokens.UPPER) != 0)) {
        surnameFirstAt(k); // a surname in capitals found already: the given name after it too
      }
    }
  }

  private static final long[] FAMILY_NOUNS = {
    Lexicon.hash("family"), Lexicon.hash("families"), Lexicon.hash("case"),
    Lexicon.hash("household"), Lexicon.hash("children"), Lexicon.hash("kids"),
    Lexicon.hash("boys"), Lexicon.hash("girls"), Lexicon.hash("twins"),
    Lexicon.hash("brothers"), Lexicon.hash("sisters"), Lexicon.hash("siblings"),
    Lexicon.hash("parents")
  };

  /**
   * The Ahmed family, the Ferreira case, the Kowalski twins: a listed surname or a word no list
   * knows, between "the" and a word for a family or its case, is the family's surname. An
   * English word or a place there names something else (the Hackney case, the Troubled Families
   * programme).
   */
  private void familyNameAt(int k) {
    int q = k + 1;
    if (!capital(k)
        || t.len(k) < 3
        || !t.isWord(q)
        || (t.shape[q] & Tokens.LOWER) == 0
        || !t.sameLine(q)
        || !(t.isWord(k - 1) && t.hash[k - 1] == THE && t.sameLine(k))
        || (t.shape[k] & Tokens.POSSESSIVE) != 0
        // the Appiah-Mensah twins: a double-barrelled name, not the Merton-compliant ones
        || ((t.shape[k] & Tokens.JOINED) != 0
            && (NameVetoes.lowerPartAfterHyphen(t, k) || NameLexicon.contraction(t, k)))
        || cite[k]) {
      return;
    }
    long h = t.hash[q];
    boolean noun = false;
    for (long w : FAMILY_NOUNS) {
      noun |= w == h;
    }
    int f = nameFlags[k];
    if (noun
        && (((f & Lexicon.SURNAME) != 0 && (f & Lexicon.COMMON) == 0) || unknownWord(k))
        && (ctx[k] & (Lexicon.WORD | Lexicon.PLACE | NOT_A_NAME_PLACE)) == 0
        && (t.vocab[k] & SHOUTED_NOT_A_NAME) == 0
        && !vetoed(k)) {
      score[k] = 0.7;
      reason[k] = "family-name";
    }
  }

  /**
   * The surname first, as records list people: {@code SMITH, John}, {@code Nowak, Kasia}. A listed
   * surname that is no English word, or a word no list knows, right before a comma and a given
   * name found here, on the same line, is that person's surname; in capitals a surname that is
   * also an English word counts too ({@code MARSH, Irene}). A given name with a surname after it
   * ({@code my PE, Joel Agyeman}) is an apposition, and the word before it no surname.
   */
  private boolean hasVowel(int k) {
    for (int i = t.start[k]; i < t.end[k]; i++) {
      char ch = (char) (t.c[i] | 0x20);
      if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' || ch == 'y' || t.c[i] >= 128) {
        return true;
      }
    }
    return false;
  }

  private void surnameFirstAt(int k) {
    int g = k + 2;
    if (g >= t.count
        || !capital(g)
        || !t.sameLine(g)
        || cite[k]
        || cite[g]
        || (t.shape[k] & Tokens.POSSESSIVE) != 0
        || t.len(k) < 2) {
      return;
    }
    boolean upper = (t.shape[k] & Tokens.UPPER) != 0;
    if (upper && (!hasVowel(k) || t.isWord(k - 1) && t.sameLine(k))) {
      // NQSW, Sorcha: an abbreviation, which no surname in capitals is; and the form starts a
      // list's entry or a field (Child: LIU, Jiahao), not a sentence's middle (previous RHI, Tiana)
      return;
    }
    boolean listedGiven = (nameFlags[g] & Lexicon.GIVEN) != 0;
    // HOLLOWAY, Jayden; LIU, Jiahao; AMANKWAH-DOYLE, Chelsea: after a surname in capitals the
    // given name is read as one even where it is also a place or no list knows it
    boolean given =
        score[g] >= threshold && listedGiven
            || upper && !vetoed(g) && (t.shape[g] & Tokens.POSSESSIVE) == 0
                && (listedGiven || score[g] >= threshold && unknownWord(g));
    if (!given) {
      return;
    }
    int f = nameFlags[k];
    boolean foundGiven = listedGiven && score[g] >= threshold;
    boolean surname =
        (f & Lexicon.SURNAME) != 0 && ((f & Lexicon.COMMON) == 0 || upper)
            || (upper ? unknownUpper(k) || foundGiven && (ctx[k] & Lexicon.WORD) == 0
                : unknownWord(k));
    if (surname
        && (capital(k) || upper)
        && (t.vocab[k] & SHOUTED_NOT_A_NAME) == 0
        && (ctx[k] & NOT_A_NAME_PLACE) == 0
        && ((ctx[k] & Lexicon.PLACE) == 0 || upper && listedGiven)
        && !(capital(k - 1) && t.sameLine(k))
        && !t.has(k - 1, DETERMINER | POSS_DET | PLACE_PREP)
        // my PE, Joel Agyeman: a full name after the comma is an apposition, not this form; in
        // capitals the words after the given name are its middle names (HOLLOWAY, Jayden Marquis)
        && (upper
            || !((capital(g + 1) || (t.shape[g] & Tokens.JOINED) != 0) && t.sameLine(g + 1)
                && !t.glued(g + 1)))
        && !vetoed(k)) {
      if (score[k] < 0.7) {
        score[k] = 0.7;
        reason[k] = "surname-before-given-name";
      }
      if (score[g] < threshold) {
        score[g] = 0.7;
        reason[g] = "given-name-after-surname";
      }
      for (int m = g + 1; upper && m <= g + 2 && capital(m) && t.sameLine(m) && !t.glued(m)
          && score[m] < threshold && ((nameFlags[m] & Lexicon.GIVEN) != 0 || unknownWord(m))
          && (ctx[m] & Lexicon.PLACE) == 0 && !vetoed(m); m++) {
        score[m] = 0.7;
        reason[m] = "given-name-after-surname";
      }
    }
  }

  /**
   * Becks x, Jen xx: a capitalised word that a list holds as a name, or no list knows, signed
   * with kisses at the end of a line and after a sentence's end or the line's start.
   */
  private void kissSignOffs(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (score[k] >= threshold || !capital(k) || !t.isWord(q) || t.len(q) > 4 || !t.sameLine(q)
          || t.glued(q) || !kisses(q) || t.sameLine(q + 1) && q + 1 < t.count
          && !t.isSym(q + 1, '!') && !t.isSym(q + 1, '.')) {
        continue;
      }
      boolean opens = !t.sameLine(k) || t.isSym(k - 1, '.') || t.isSym(k - 1, '!')
          || t.isSym(k - 1, '?') || t.isSym(k - 1, ',');
      if (opens && (nameFlags[k] != 0 || unknownWord(k)) && !cite[k] && !vetoed(k)
          && (t.vocab[k] & SHOUTED_NOT_A_NAME) == 0 && (ctx[k] & Lexicon.PLACE) == 0) {
        score[k] = 0.7;
        reason[k] = "kiss-sign-off";
      }
    }
  }

  /**
   * Jade from Early Help, Will from the Youth Offending Team: a listed given name inside a
   * sentence, before "from" and a body's capitalised name, is the person who works there.
   */
  private void namesFromBodies(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (score[k] >= threshold || !capital(k) || !t.isWord(q) || t.hash[q] != FROM
          || (t.shape[q] & Tokens.LOWER) == 0 || !t.sameLine(q) || NameCues.sentenceStart(t, k)
          || (nameFlags[k] & Lexicon.GIVEN) == 0 || (ctx[k] & Lexicon.PLACE) != 0
          // not Welcome from the chair, Freedom from Torture: a word, unless a frequent name
          || (nameFlags[k] & (Lexicon.COMMON | Lexicon.FREQUENT)) == Lexicon.COMMON
          || (t.vocab[k] & SHOUTED_NOT_A_NAME) != 0 || cite[k] || capital(k - 1) && t.sameLine(k)
          || t.has(k - 1, DETERMINER | POSS_DET)) {
        continue;
      }
      int b = t.isWord(q + 1) && t.hash[q + 1] == THE && t.sameLine(q + 1) ? q + 2 : q + 1;
      if (capital(b) && t.sameLine(b) && !vetoed(k)) {
        score[k] = 0.6;
        reason[k] = "name-from-body";
      }
    }
  }

  /** Token q is x, xx, xxx or xxxx in lower case. */
  private boolean kisses(int q) {
    for (int i = t.start[q]; i < t.end[q]; i++) {
      if (t.c[i] != 'x') {
        return false;
      }
    }
    return true;
  }

  private static final Lexicon PEERAGE =
      Lexicon.words("lord baroness baron lady viscount viscountess earl countess duke duchess");
  /**
   * Baroness Hale of Richmond, Lord Wilson of Culworth: the place of a peer's title after "of" is
   * no person, whatever verb follows it.
   */
  private void territorialDesignations(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] < threshold || !capital(k) || k < 3 || !t.isWord(k - 1)
          || t.hash[k - 1] != OF_WORD || !t.sameLine(k) || !t.sameLine(k - 1)
          || score[k - 2] < threshold) {
        continue;
      }
      int p = k - 3;
      while (p > k - 5 && p > 0 && score[p] >= threshold && t.sameLine(p + 1)) {
        p--; // Baroness Brenda Hale of Richmond
      }
      if (t.isWord(p) && PEERAGE.get(t.hash[p]) != 0 && t.sameLine(p + 1)) {
        score[k] = 0;
        reason[k] = null;
        evidence.add(t.hash[k], DocumentEvidence.PLACE);
      }
    }
  }

  /**
   * Mr Lloyd Bishop, Ruth Canon: a surname that is also a title word, right after a given name
   * found here and with no capitalised word after it (Bishop Desmond would be a title).
   */
  private void titleWordsAsSurnames(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (q >= t.count || (t.vocab[q] & TITLE) == 0 || score[k] < threshold || !capital(k)
          || !capital(q) || !t.sameLine(q) || t.glued(q) || (t.shape[k] & Tokens.POSSESSIVE) != 0
          || (nameFlags[k] & Lexicon.GIVEN) == 0 || (t.vocab[q] & TITLE) == 0
          || (nameFlags[q] & Lexicon.SURNAME) == 0 || score[q] >= threshold
          || capital(q + 1) && t.sameLine(q + 1) && !t.glued(q + 1)) {
        continue;
      }
      score[q] = 0.7;
      reason[q] = "surname-after-given-name";
    }
    // Mr Bishop said, PC Bishop arrived: a title word that is a listed surname, after a plain title
    // or a police rank, with no capitalised word after it
    for (int i = 0; i < nc; i++) {
      int q = cands[i];
      int k = q - 1;
      if (k < 0 || (t.vocab[q] & TITLE) == 0 || !capital(q) || score[q] >= threshold
          || !t.isWord(k) || PLAIN_TITLES_AND_RANKS.get(t.hash[k]) == 0
          || (t.shape[k] & (Tokens.CAP | Tokens.UPPER)) == 0 || !t.sameLine(q) || t.glued(q)
          || (names.names(t.hash[q]) & Lexicon.SURNAME) == 0
          || capital(q + 1) && t.sameLine(q + 1) && !t.glued(q + 1)) {
        continue;
      }
      score[q] = 0.8;
      reason[q] = "title-word-after-title";
    }
  }

  private static final Lexicon PLAIN_TITLES_AND_RANKS =
      Lexicon.words("mr mrs ms miss mx dr pc dc ds di sgt");

  /**
   * Lerato MOKOENA, Aarti Kumari PASWAN: a surname in capitals after a given name, as formal
   * records in many countries write it. The capitals must have a vowel, be no English word, no
   * abbreviation the vocabulary knows and no place, and either the surname or the given name
   * must be listed.
   */
  private void surnamesInCapitalsAfterGivenNames(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (!capital(k) || q >= t.count || (t.shape[q] & Tokens.UPPER) == 0 || t.len(q) < 3
          || (t.shape[k] & Tokens.POSSESSIVE) != 0
          || !t.sameLine(q) || t.glued(q) || score[q] >= threshold || cite[k] || cite[q]
          || t.gapBefore(q)) {
        continue;
      }
      boolean givenListed = (nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN;
      boolean givenFound = score[k] >= threshold && (nameFlags[k] & Lexicon.GIVEN) != 0;
      if (!givenFound && !(givenListed || unknownWord(k)) || vetoed(k)) {
        continue;
      }
      int f = nameFlags[q];
      boolean surname = (f & Lexicon.SURNAME) != 0 && (f & Lexicon.COMMON) == 0;
      // Lerato MOKOENA: neither listed, a capitalised word and a long one in capitals no list knows
      boolean unknownBoth = t.len(k) >= 3 && t.len(q) >= 5 && unknownWord(k) && unknownUpper(q);
      if (!(surname || givenListed || givenFound || unknownBoth)
          || !(surname || unknownUpper(q) && t.len(q) >= 4)
          || !hasVowel(q) || (t.vocab[q] & SHOUTED_NOT_A_NAME) != 0
          || (ctx[q] & (Lexicon.WORD | Lexicon.PLACE | NOT_A_NAME_PLACE)) != 0 || vetoed(q)
          || k > 0 && t.sameLine(k) && (t.shape[k - 1] & Tokens.UPPER) != 0) {
        continue; // a line in capitals is read elsewhere
      }
      if (score[k] < threshold) {
        score[k] = 0.65;
        reason[k] = "given-name-before-capitals";
      }
      score[q] = 0.65;
      reason[q] = "surname-in-capitals";
    }
  }

  /**
   * Gareth Price, Bryony Gill, Abigail North: a surname that is also an English word, capitalised
   * right after a given name that is no English word, is the surname; but not a street's or
   * place's word (Albert Street, Jack London) and not inside a longer capitalised run (a title in
   * title case).
   */
  private boolean commonSurnameAfter(int k) {
    int q = k + 1;
    return ((nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN
            // Parminder Kaur Gill: a middle name listed as a surname, after a given name found
            || ((nameFlags[k] & (Lexicon.SURNAME | Lexicon.COMMON)) == Lexicon.SURNAME
                && k > 0 && score[k - 1] >= threshold
                && capital(k - 1) && t.sameLine(k) && !t.glued(k)))
        && capital(k)
        && capital(q)
        && (t.vocab[q] & (Vocabulary.STREET | SHOUTED_NOT_A_NAME)) == 0
        // Gemma Hope, Ellie Moss: a small place's name is a frequent surname too; not Jade Leeds
        && ((ctx[q] & (Lexicon.PLACE | NOT_A_NAME_PLACE)) == 0
            || (ctx[q] & (Lexicon.COUNTRY | Lexicon.AUTHORITY | NameLexicon.PAIR_PLACE)) == 0
                && (nameFlags[q] & (Lexicon.SURNAME | Lexicon.FREQUENT))
                    == (Lexicon.SURNAME | Lexicon.FREQUENT)
                && (nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN
                && (ctx[k] & Lexicon.PLACE) == 0 && !t.has(k - 1, PLACE_PREP))
        && !(capital(q + 1) && t.sameLine(q + 1) && !t.glued(q + 1));
  }

  /**
   * Mrs Abigail North, Mr Gareth Young: after a titled given name, a listed surname that is also a
   * word of the domain's vocabulary ends the name when no capitalised word follows it.
   */
  private boolean titledSurnameAfter(int k) {
    String r = reason[k];
    return r != null
        && r.endsWith("+title")
        && (nameFlags[k] & Lexicon.GIVEN) != 0
        && (t.vocab[k + 1] & SHOUTED_NOT_A_NAME & ~STOP) == 0
        // the vocabulary's words are not looked up in the name lists before this
        && (names.names(t.hash[k + 1]) & Lexicon.SURNAME) != 0
        && !(capital(k + 2) && t.sameLine(k + 2) && !t.glued(k + 2));
  }

  /**
   * **Ashleigh Marsh** @ashmarsh_speaks · 8h, kwabena @kwab_sw_newcastle · 8h: on a post's or a
   * reply's header line, the display name before the handle and the middle dot of its time is the
   * person's name: one to three words (a listed name, a capitalised word no list knows as an
   * English word, or an initial), in bold or not.
   */
  private void displayNamesBeforeHandles(Collector out) {
    final int[] hot = t.hot;
    for (int h = 0, m = t.hotCount; h < m; h++) {
      int q = hot[h];
      if (t.isSym(q, '(') && q > 0 && q + 1 < t.count && t.isWord(q - 1)
          && (t.shape[q - 1] & Tokens.LOWER) != 0 && t.len(q - 1) >= 2 && t.sameLine(q)
          && !t.glued(q) && t.glued(q + 1) && t.hash[q + 1] == t.hash[q - 1]
          && score[q + 1] >= threshold && (t.shape[q + 1] & Tokens.CAP) != 0) {
        // shadowed gemma (Gemma Hope): a name in lower case glossed by itself in full
        out.add(IdentifierKind.PERSON_NAME, t.start[q - 1], t.end[q - 1], 0.7,
            "glossed-in-full");
        continue;
      }
      if (t.isSym(q, '@') && q > 0 && t.glued(q)) {
        mailDisplayName(out, q);
        continue;
      }
      if (!t.isSym(q, '@') || q < 1 || q + 2 >= t.count || t.glued(q) || !t.glued(q + 1)
          || !t.sameLine(q)) {
        continue;
      }
      int dot = q + 2;
      while (dot < t.count && dot <= q + 6 && t.sameLine(dot) && !t.isSym(dot, '\u00b7')
          && t.glued(dot)) {
        dot++; // the rest of the handle: kwab_sw_newcastle
      }
      if (!t.isSym(dot, '\u00b7') || !t.sameLine(dot)) {
        continue;
      }
      int k = q - 1;
      while (k > 0 && q - k <= 2 && t.isSym(k, '*') && t.sameLine(k)) {
        k--; // **Ashleigh Marsh**
      }
      if (!displayWord(k) || !t.sameLine(k + 1) || k + 1 < q && !t.glued(k + 1)) {
        continue;
      }
      int first = k;
      while (first > 0 && k - first < 2 && t.sameLine(first) && !t.glued(first)
          && displayWord(first - 1)) {
        first--;
      }
      if (first == k && t.len(k) == 1) {
        continue; // a lone letter
      }
      boolean lower = false; // a word in lower case here is no candidate to score
      for (int j = first; j <= k; j++) {
        lower |= (t.shape[j] & Tokens.LOWER) != 0;
      }
      if (lower) {
        out.add(IdentifierKind.PERSON_NAME, t.start[first], t.end[k], 0.7,
            "display-name-before-handle");
        continue;
      }
      for (int j = first; j <= k; j++) {
        if (score[j] < threshold) {
          score[j] = 0.75;
          reason[j] = "display-name-before-handle";
        }
      }
    }
  }

  /**
   * From: mrs j patterson &lt;jpatterson1954@example.com&gt;, To: Sarah Jones
   * &lt;s.jones@…&gt;: the words before an e-mail address in angle brackets, back to the line's
   * start, a colon, a comma, a semicolon or a quote, are the display name of the address's owner: one to four words of
   * names, initials or words no list knows (not a team's, a service's or a town's name).
   */
  private void mailDisplayName(Collector out, int at) {
    int l = at - 1;
    while (l > 0 && t.glued(l) && (t.isWord(l - 1) || t.isNum(l - 1) || t.isSym(l - 1, '.')
        || t.isSym(l - 1, '_') || t.isSym(l - 1, '-'))) {
      l--; // the local part: j.patterson1954
    }
    int lt = l - 1;
    if (!t.isSym(lt, '<') || !t.glued(l) || !t.sameLine(lt) || t.glued(lt) || lt < 1) {
      return;
    }
    int e = lt - 1;
    while (e >= 0 && t.isSym(e, '"') && t.sameLine(e + 1)) {
      e--; // "Sarah Jones" <…>
    }
    int first = -1; // the display name's first word, back from e
    int words = 0;
    boolean lower = false;
    for (int s = e; s >= 0 && words < 4 && t.sameLine(s + 1); s--) {
      if (t.isSym(s, '.') && s > 0 && t.isWord(s - 1) && t.len(s - 1) == 1 && t.glued(s)) {
        continue; // J.
      }
      boolean title = t.isWord(s) && (t.words[s] & NameWords.PERSONAL_TITLE) != 0 && s < e;
      if (!t.isWord(s) || !displayWord(s) && t.len(s) != 1 && !title) {
        break;
      }
      lower |= (t.shape[s] & Tokens.LOWER) != 0;
      words++;
      first = s;
    }
    if (first < 0) {
      return;
    }
    int before = first - 1;
    if (before >= 0 && t.sameLine(first) && !(t.isSym(before, ':') || t.isSym(before, ',')
        || t.isSym(before, ';') || t.isSym(before, '"') || t.isSym(before, '('))) {
      return; // a sentence's words before the address, not a header's display name
    }
    if (!lower) {
      for (int j = first; j <= e; j++) {
        if (t.isWord(j) && score[j] < threshold && t.len(j) > 1) {
          score[j] = 0.7;
          reason[j] = "mail-display-name";
        }
      }
      return;
    }
    out.add(IdentifierKind.PERSON_NAME, t.start[first], t.end[e], 0.7, "mail-display-name");
  }

  /** A word a display name is made of: a listed name, a word no list knows, or an initial. */
  private boolean displayWord(int j) {
    if (!t.isWord(j) || t.vocab[j] != 0 || (t.words[j] & ~NameWords.TLD) != 0) {
      return false;
    }
    if (t.len(j) == 1) {
      return (t.shape[j] & Tokens.UPPER) != 0; // Helen W
    }
    if ((t.shape[j] & (Tokens.CAP | Tokens.UPPER | Tokens.LOWER)) == 0) {
      return false;
    }
    // nameFlags and ctx hold only for candidates: ask the lists of a word in lower case itself
    int f = (t.shape[j] & Tokens.LOWER) != 0 ? names.get(t.hash[j]) : nameFlags[j] | ctx[j];
    if ((f & (Lexicon.COUNTRY | Lexicon.AUTHORITY)) != 0
        || (f & Lexicon.PLACE) != 0 && (f & Lexicon.GIVEN) == 0) {
      return false; // Leeds @LeedsCC: a council's or a town's account
    }
    return (f & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0
        || (f & Lexicon.WORD) == 0 && (t.shape[j] & Tokens.UPPER) == 0;
  }

  /**
   * it's Jordan ... um ... Jordan Wright: a listed surname after a given name that only the rest of
   * the text showed to be a name joins it, as it would have joined it found on its own.
   */
  private void surnamesAfterNamesFoundElsewhere(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (q >= t.count || score[k] < threshold || !"same-name-elsewhere".equals(reason[k])
          || (nameFlags[k] & Lexicon.GIVEN) == 0 || !capital(q) || !t.sameLine(q) || t.glued(q)
          || score[q] >= threshold || (t.shape[k] & Tokens.POSSESSIVE) != 0
          || (nameFlags[q] & Lexicon.SURNAME) == 0
          || (nameFlags[q] & Lexicon.COMMON) != 0 && !(t.isSym(q + 1, ',') || t.isSym(q + 1, '.')
              || t.isSym(q + 1, ')') || q + 1 >= t.count || !t.sameLine(q + 1))
          || (ctx[q] & (Lexicon.PLACE | NOT_A_NAME_PLACE)) != 0 || t.vocab[q] != 0 || cite[q]
          || vetoed(q) || capital(q + 1) && t.sameLine(q + 1) && !t.glued(q + 1)) {
        continue;
      }
      score[q] = 0.7;
      reason[q] = "follows-name";
    }
  }

  /**
   * Helen Young, Service Manager; Ellie Moss edits: a listed surname that is also a common word
   * (Young, Will, Bishop), after a given name no English word spells, where the name ends: at a
   * comma, a bracket or the line's end, or before a verb.
   */
  private boolean stopSurnameAfter(int k) {
    int q = k + 1;
    int a = q + 1;
    return (nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN
        && (ctx[k] & Lexicon.PLACE) == 0
        && (t.vocab[q] & (SHOUTED_NOT_A_NAME & ~STOP)) == 0
        && (names.names(t.hash[q]) & Lexicon.SURNAME) != 0
        && (a >= t.count || !t.sameLine(a)
            || t.isSym(a, ',') || t.isSym(a, '(') || t.isSym(a, ')') || t.isSym(a, ';')
            || t.isSym(a, ':') || t.isSym(a, '\u00b7')
            || t.has(a, REPORTING) || t.has(a, AUX));
  }

  /** In {@link #ctx}: the word stands on a line written in capitals. */
  static final int SHOUTED = 1 << 21;

  /**
   * Marks the words in capitals of a line written in capitals (case notes typed with the caps lock
   * on: {@code SEEN TYLER AND HIS MUM AT HOME}): at least four words, four in five of them in
   * capitals. There a word in capitals is read as a capitalised word is elsewhere, not as an
   * abbreviation.
   */
  private void shout(int[] cands, int from, int to, int upper, int words) {
    if (upper < 4 || upper * 5 < words * 4) {
      return;
    }
    for (int i = from; i < to; i++) {
      int k = cands[i];
      if ((t.shape[k] & Tokens.UPPER) != 0) {
        ctx[k] |= SHOUTED;
      }
    }
  }

  /** Word k is in capitals on a line written in capitals. */
  private boolean shouted(int k) {
    return k >= 0 && k < t.count && (ctx[k] & SHOUTED) != 0;
  }

  /**
   * Word q, in capitals on a line in capitals, can be the surname after a name: a listed surname
   * (a place's name too: {@code KWAME ABERNETHY}) or a word no list or gazetteer knows, and no
   * verb, function word or word of the domain ({@code TYLER SAID}, {@code AMIR AND}). Elsewhere
   * a listed surname in capitals after a name in capitals counts too ({@code DESTINY
   * CAMPBELL-REID}).
   */
  private boolean shoutedSurname(int q) {
    boolean listed = (nameFlags[q] & Lexicon.SURNAME) != 0;
    return (shouted(q)
            || (listed && t.len(q) >= 3 && (t.shape[q] & Tokens.UPPER) != 0 && q > 0
                && (t.shape[q - 1] & Tokens.UPPER) != 0))
        && t.len(q) >= 2
        && (listed || (unknownUpper(q) && (ctx[q] & (Lexicon.PLACE | NOT_A_NAME_PLACE)) == 0))
        && (t.vocab[q] & SHOUTED_NOT_A_NAME) == 0
        && !vetoed(q);
  }

  private static final int SHOUTED_NOT_A_NAME =
      STOP | ORG_NEXT | TITLE | ROLE | THEORIST | REPORTING | AUX | DETERMINER | POSS_DET
          | PLACE_PREP | AND | MONTH | Vocabulary.CONNECTOR | FAMILY_TITLE | Vocabulary.LINK
          | CONTACT | NAMING | OBJECT;

  /** Amelia Rhodes 11/07/2017, Tyler (12/03/2016): a date right after a name is a date of birth. */
  private void datesAfterNames(Collector out) {
    for (int i = 0; i < out.looseCount; i++) {
      int d = out.looseDates[i * 2];
      int p = d - 1;
      if (t.isSym(p, '(') || t.isSym(p, ',') || t.isSym(p, '-') || t.isSym(p, '\u2013')) {
        p--;
        if (t.isSym(p, '"') && t.isSym(p + 1, ',') && t.glued(p + 1)) {
          p--; // a spreadsheet's row: "Demir, Elif",14/02/2015
        }
      }
      if (p >= 0 && p < d - 1 ? t.sameLine(p + 1) : t.sameLine(d)) {
        if (p >= 0 && t.isWord(p) && score[p] >= threshold && t.sameLine(d)
            && withYear(t.start[d], out.looseDates[i * 2 + 1]) && !signedBefore(p)
            && !timeAt(out.looseDates[i * 2 + 1])) {
          out.add(
              IdentifierKind.DATE_OF_BIRTH,
              t.start[d],
              out.looseDates[i * 2 + 1],
              0.8,
              "date-after-name");
        }
      }
    }
  }

  /**
   * A date of birth gives its year: four digits, or a day, a month and a year in numbers. A date
   * with no year after a name is when someone wrote ({@code Mariam Haile – 25 May}).
   */
  private boolean withYear(int s, int e) {
    int groups = 0;
    int run = 0;
    for (int i = s; i <= e; i++) {
      if (i < e && Tokens.isDigit(c[i])) {
        run++;
      } else {
        if (run >= 4) {
          return true;
        }
        groups += run > 0 ? 1 : 0;
        run = 0;
      }
    }
    return groups >= 3;
  }

  /**
   * Harry Ferguson, Brid Featherstone: a listed given name right before k, so k is a surname even
   * when it is the surname of a writer whose name alone names a model or a citation (Ferguson).
   */
  private boolean givenNameBefore(int k) {
    int p = k - 1;
    return p >= 0 && capital(p) && t.sameLine(k) && t.start[k] == t.end[p] + 1
        && (nameFlags[p] & Lexicon.GIVEN) != 0 && (ctx[p] & Lexicon.WORD) == 0
        && (t.vocab[p] & (STOP | ROLE | TITLE | THEORIST | ORG_NEXT | MONTH)) == 0;
  }

  /** A clock time ({@code 13:05}) right after offset e: the date a note was written. */
  private boolean timeAt(int e) {
    int i = e;
    while (i < t.n && i < e + 3 && (c[i] == ' ' || c[i] == ',')) {
      i++;
    }
    return i > e && i + 4 < t.n && Tokens.isDigit(c[i])
        && (c[i + 1] == ':' && Tokens.isDigit(c[i + 2]) && Tokens.isDigit(c[i + 3])
            || Tokens.isDigit(c[i + 1]) && c[i + 2] == ':' && Tokens.isDigit(c[i + 3])
                && Tokens.isDigit(c[i + 4]));
  }

  private static final Lexicon SIGNING = Lexicon.words("signed signature sign dated");

  /** Signed: A. Mahmood 20/02/2025: the date a record was signed, not a date of birth. */
  private boolean signedBefore(int p) {
    for (int j = p - 1, seen = 0; j >= 0 && seen < 6 && t.sameLine(j + 1); j--, seen++) {
      if (t.isWord(j) && SIGNING.get(t.hash[j]) != 0) {
        return true;
      }
    }
    return false;
  }

  private void score(int k) {
    if ((t.vocab[k] & (DETERMINER | POSS_DET | PLACE_PREP | AND)) != 0
        && !capitalisedArticleInName(k)) {
      return; // The, His, In, And: never a name
    }
    if (t.hash[k] == ST && t.len(k) == 2) {
      return; // St Aidan's, St Mary's: a saint's or a street's abbreviation, never a name
    }
    if ((t.vocab[k] & Vocabulary.CASE_SYSTEM) != 0
        && (t.isSym(k + 1, ':') || t.isSym(k + 1, '#') || t.isNum(k + 1))) {
      return; // CRIS: 2430061174/26, Mosaic 4419207: a case system before its number
    }
    if (t.isWord(k - 1) && (t.shape[k - 1] & Tokens.LOWER) != 0 && capital(k + 1)
        && t.sameLine(k + 1) && !t.glued(k + 1) && t.sameLine(k)
        && STREET_PREPOSITIONS.get(t.hash[k - 1]) != 0
        && PLAIN_STREET_TYPES.get(t.hash[k + 1]) != 0) {
      return; // church on Philip Lane, at Cabot Circus: a street's or a place's name
    }
    if ((t.vocab[k] & Vocabulary.STREET) != 0 && capital(k - 1) && t.sameLine(k)
        && !t.glued(k) && (ctx[k - 1] & Lexicon.PLACE) != 0
        && (nameFlags[k - 1] & Lexicon.GIVEN) == 0) {
      return; // Leyburn Grove, Wyke Park: a street's or a home's word after a place
    }
    int shape = t.shape[k];
    int f = nameFlags[k];
    if ((shape & (Tokens.CAP | Tokens.UPPER)) == 0
        && (f & (Lexicon.GIVEN | Lexicon.SURNAME)) == 0) {
      return; // a lower-case word is a name only when it is in the gazetteer
    }
    int v = t.vocab[k];
    boolean cap = (shape & Tokens.CAP) != 0;
    boolean known = (f & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0;
    boolean common = (f & Lexicon.COMMON) != 0;
    boolean given = (f & Lexicon.GIVEN) != 0;

    if (cap && !known && plainWord(k) && !maybeTitled(k, shape, v, cap, known)) {
      return; // However, Having, Over: an English word no list names, with no title before it
    }
    String strong = strongCue(k, shape, v, cap, known);
    if ("contact-verb".equals(strong) && (ctx[k] & Lexicon.PLACE) != 0
        && (nameFlags[k] & Lexicon.GIVEN) == 0 && visitBefore(k)) {
      strong = null; // a home visit to Whitby, visited Leeds: a place is visited too
    }

    double s;
    // KAYDEN in "check KAYDEN - who is he?": a listed given name of five letters or more that is
    // no English word is written in capitals for emphasis, as records do; shorter words in
    // capitals are abbreviations as often as names (ELSA, NIA)
    boolean shouted =
        ((ctx[k] & SHOUTED) != 0 && t.len(k) >= 3)
            || ((shape & Tokens.UPPER) != 0 && t.len(k) >= 5 && given && !common && v == 0
                && (ctx[k] & (Lexicon.PLACE | NOT_A_NAME_PLACE)) == 0);
    if (cap || (shape & Tokens.UPPER) != 0 && (strong != null || shouted)) {
      boolean start = NameCues.sentenceStart(t, k);
      if (!cap && shouted) {
        // a line in capitals says nothing of where its sentences start: read as if at a start
        s = given && !common ? 0.55 : known && !common ? 0.3 : 0.1;
      } else if (!cap) {
        s = known && !common ? 0.3 : 0.1;
      } else if (given && !common) {
        s = start ? 0.55 : 0.7;
      } else if (known && !common) {
        s = start ? 0.3 : 0.55;
      } else if (given) {
        boolean frequent = (f & Lexicon.FREQUENT) != 0;
        s = start ? (frequent ? 0.2 : 0.1) : (frequent ? 0.45 : 0.35);
      } else if (known) {
        s = start ? 0.05 : 0.15;
      } else {
        s = common ? 0 : (start ? 0.05 : 0.15);
      }
    } else if ((shape & Tokens.LOWER) != 0 && strong != null && known && !common) {
      s = 0.3;
    } else if ((shape & Tokens.LOWER) != 0
        && given
        && ((f & Lexicon.FREQUENT) != 0 || !common)
        && ("contact-verb".equals(strong)
            || "named".equals(strong)
            || "family-title".equals(strong))) {
      s = 0.15; // spoke to jade, known as tj: a frequent given name in lower case after a strong
      // cue
    } else if ((shape & Tokens.LOWER) != 0
        && strong == null
        && given
        && !common
        && (f & Lexicon.FREQUENT) != 0
        && t.has(k + 1, REPORTING)
        && t.sameLine(k + 1)
        && !t.has(k - 1, DETERMINER | POSS_DET)) {
      score[k] = 0.55; // jordan said
      reason[k] = "gazetteer+lower-case+reporting-verb";
      return;
    } else if (lowerText && (shape & Tokens.LOWER) != 0 && (ctx[k] & Lexicon.WORD) == 0
        && (known && !common && t.len(k) >= 3 || "title".equals(strong))) {
      // bev does my hair, sorry to mr okonkwo: a text all in lower case
      s = given && !common ? 0.55 : 0.3;
    } else {
      score[k] = 0;
      return;
    }
    int evidence = 0; // 1 reporting verb, 2 weak verb, 4 possessive
    if (strong != null) {
      s += strong.startsWith("title") || strong.startsWith("family") ? 0.6 : 0.45;

      if ((v & (STOP | THEORIST)) != 0 && !"title".equals(strong) && !givenNameBefore(k)) {
        s = 0;
      }
    } else {
      if (t.has(k + 1, REPORTING) && t.sameLine(k + 1)) {
        s += 0.3;
        evidence |= 1;
        if (!known && cap && SPEECH.get(t.hash[k + 1]) != 0 && unknownWord(k)) {
          s += 0.15; // Mthunzi said, Later Oyelaran told us: a verb of speech after a word no list
          // knows; organisations "say" in news, but the domain's ones are in the vocabulary
        }
      } else if (t.has(k + 1, AUX) && t.sameLine(k + 1)) {
        s += 0.1;
        evidence |= 2;
      }
      if ((shape & Tokens.POSSESSIVE) != 0) {
        s += 0.15;
        evidence |= 4;
      } else if (t.isSym(k + 1, ',') && t.isWord(k + 2) && t.hash[k + 2] == WHO
          && t.sameLine(k + 2) && (evidence & 1) == 0 && whoOfAPerson(k)) {
        // Gaz, who I've never seen; Mthunzi, who runs the group: "who" is said of a person
        s += known ? 0.3 : cap && unknownWord(k) ? 0.45 : 0;
      }
      if (t.isWord(k + 1) && (t.shape[k + 1] & Tokens.LOWER) != 0 && t.sameLine(k + 1)
          && BODY_NOUNS.get(t.hash[k + 1]) != 0
          && (t.has(k - 1, DETERMINER) || (capital(k - 1) && t.sameLine(k)
              && ((ctx[k - 1] & Lexicon.PLACE) != 0 || (t.vocab[k - 1] & STOP) != 0)))) {
        s = 0; // The Kingston team, Stoke Mandeville hospital: a place's or a body's name
      }
      if (t.has(k - 1, DETERMINER) && (t.shape[k - 1] & Tokens.LOWER) != 0) {
        s -= 0.3;
      } else if (t.has(k - 1, POSS_DET)
          && (t.shape[k - 1] & Tokens.LOWER) != 0
          && t.hash[k - 1] != OUR
          && (evidence & 1) == 0) {
        s -= 0.3; // his Lego dinosaur, her Nike trainers: a brand (but "our Kyle")
      }
      if (t.has(k - 1, PLACE_PREP)) {
        s -= (v & MONTH) != 0 ? 1 : 0.3; // in Hanley, in Jan
      }
      if (capital(k - 1)
          && t.sameLine(k)
          && score[k - 1] == 0
          && !NameCues.sentenceStart(t, k - 1)
          && (t.vocab[k - 1] & (TITLE | FAMILY_TITLE)) == 0) {
        s -= 0.3; // Public Law, Health Bill: part of a capitalised name of a thing
      }
      if (anonymised(k)) {
        s = 0;
      }
      if ((v & (STOP | TITLE | ROLE)) != 0 || ((v & THEORIST) != 0 && !givenNameBefore(k))) {
        s = 0;
      }
    }
    if (s >= threshold
        && (t.words[k] & (NameWords.JUDICIAL | NameWords.PERSONAL_TITLE)) != 0) {
      s = 0; // Lord Justice Hadley: the titles are not the name
    }
    int cf = ctx[k];
    boolean titled = "title".equals(strong) || "family-title".equals(strong);
    if (!known && (cf & Lexicon.WORD) != 0 && !titled) {
      s = 0; // However, Having, Over: an ordinary English word and no name list knows it
    }
    if (k > 0 && (ctx[k - 1] & NameLexicon.PAIR_PLACE) != 0 && t.sameLine(k)) {
      cf |= Lexicon.PLACE | Lexicon.UK_PLACE | NameLexicon.PAIR_PLACE; // Wood Green, Small Heath
    }
    int placeCue = titled || "post-nominal".equals(strong) ? 0 : NameCues.placeContext(t, k, cf);
    if (placeCue == 0 && strong == null && (cf & Lexicon.PLACE) != 0 && k > 0 && t.sameLine(k)
        && placeWordBefore(k, cf)) {
      placeCue = 1;
    }
    if (placeCue == 0 && strong == null && (cf & Lexicon.PLACE) != 0 && listedWithPlaces(k)) {
      placeCue = 1; // Dublin, Edinburgh, Lisbon, London
    }
    if (placeCue == 0 && strong == null && t.isSym(k - 1, ',') && t.sameLine(k - 1)
        && capital(k - 2) && PLAIN_STREET_TYPES.get(t.hash[k - 2]) != 0
        && !(capital(k + 1) && t.sameLine(k + 1))) {
      placeCue = 1; // Courthouse, Baker Street, Fenton: the town after the street
    }
    if (placeCue > 0 || ((cf & NameLexicon.PAIR_PLACE) != 0 && !titled)) {
      s = 0; // in Hackney, lives in Tromsø, moved between Stratford, Leyton and Ilford
      this.evidence.add(t.hash[k], DocumentEvidence.PLACE);
    } else if ((cf & Lexicon.PLACE) != 0 && !titled && !"post-nominal".equals(strong)) {
      if ((cf & (Lexicon.COUNTRY | Lexicon.AUTHORITY)) != 0
          && (shape & Tokens.LOWER) == 0
          && (strong == null || "possessive+role".equals(strong))) {
        s -= 0.4; // Barnet asked, Croydon's services: a council named as itself
      } else if ((cf & Lexicon.UK_PLACE) != 0 && strong == null && !given) {
        s -= 0.2;
      } else if (strong == null && !given && (shape & Tokens.CAP) != 0 && t.isWord(k - 1)
          && (t.shape[k - 1] & Tokens.LOWER) != 0 && t.sameLine(k)
          && !(capital(k + 1) && t.sameLine(k + 1) && !t.glued(k + 1))) {
        s -= 0.2; // this side of Lisbon: a city abroad that is also a surname, after a word
      }
    }
    if (strong == null && (this.evidence.get(t.hash[k]) & DocumentEvidence.PLACE) != 0) {
      s = 0; // named as a place elsewhere in the text
    }
    if (s < threshold) {
      // nothing to rule out
    } else if (weather && strong == null && NameVetoes.namedStorm(t, k)) {
      s = 0; // the second named storm of the season, after Agnes
    } else if (!titled && vetoed(k, strong)) {
      s = 0;
    } else if (NameVetoes.welshCounty(t, k)) {
      s = 0; // Cyngor Sir Ceredigion: a county council
    } else if (titled && NameVetoes.idiom(t, k)) {
      s = 0; // Mr Right
    } else if (titled && NameVetoes.titledBuilding(t, k)) {
      s = 0; // the Lord Collingwood Suite, Sir Kenneth Green Library
    }
    s = Math.round(s * 1000) / 1000.0;
    if (s >= threshold) {
      // vetoes that hold even against strong cues
      if ((anonymised(k) && !"post-nominal".equals(strong))
          || (("named".equals(strong) || "contact-verb".equals(strong))
              && (v & (TITLE | ROLE | FAMILY_TITLE)) != 0)) {
        s = 0; // I'll call Child A, whom I'll call Mr T
      }
      if (cite[k] && (!"title".equals(strong) || t.has(k + 1, CITE_AFTER))) {
        s = 0;
      }
      if ((shape & Tokens.JOINED) != 0
          && (NameLexicon.contraction(t, k)
              // Mr Ji-ho Park: after a title a lower-case part is a Korean given name's, not
              // "Merton-compliant"
              || (NameVetoes.lowerPartAfterHyphen(t, k) && !"title".equals(strong)))) {
        s = 0; // I'm, I'll, Merton-compliant
      }
      if ((shape & Tokens.UPPER) != 0 && t.len(k) <= 3 && !"title".equals(strong)) {
        s = 0; // NI, GP, YOT: an abbreviation
      }
      if (NameVetoes.mixedAcronym(t, k)) {
        s = 0; // DoLS, CaMHS
      }
      if ((v & MONTH) != 0 && (t.isNum(k - 1) || t.isNum(k + 1))) {
        s = 0; // 3 Jan 2024
      }
      if (strong == null
          && (shape & Tokens.POSSESSIVE) != 0
          && t.isWord(k - 1)
          && (t.hash[k - 1] == A || t.hash[k - 1] == AN)) {
        s = 0; // a McDonald's: a shop
      }
      if (strong == null
          && capital(k - 1)
          && t.sameLine(k)
          && !NameCues.sentenceStart(t, k - 1)
          && (t.vocab[k - 1] & ORG_NEXT) != 0) {
        s = 0; // Project Violet, Operation Encompass
      }
      if (strong == null
          && capital(k - 1)
          && capital(k + 1)
          && t.sameLine(k)
          && t.sameLine(k + 1)
          && nameFlags[k - 1] == 0
          && nameFlags[k + 1] == 0
          && (t.vocab[k - 1] & (TITLE | FAMILY_TITLE)) == 0) {
        s = 0; // Public Law Working Group: inside the capitalised name of a thing
      }
      if (t.has(k + 1, ORG_NEXT) && capital(k + 1) && t.sameLine(k + 1)
          && !(titled && (nameFlags[k + 1] & Lexicon.SURNAME) != 0)
          && !NameVetoes.surnameOfAPlace(t, k + 1)) {
        s = 0; // but Mr Ji-ho Park: after a title, a surname that is also an organisation's word
      }
      if ((v & (TITLE | ROLE)) != 0 && strong == null) {
        s = 0;
      }
      if (t.len(k) == 1) {
        s = 0;
      }
      if (!titled && (f & Lexicon.GIVEN) == 0 && NameCues.demonym(t, k) && t.isWord(k - 1)
          && (t.hash[k - 1] == A || t.hash[k - 1] == AN)
          && t.isWord(k + 1) && (t.shape[k + 1] & Tokens.LOWER) != 0 && t.sameLine(k + 1)) {
        s = 0; // A Victorian villa, An Edwardian terrace: the article and an adjective of an age
      }
      if (!titled && loneParticle(k)) {
        s = 0; // the "Ní" and "Ó" forms: a particle on its own is not a name
      }
    }
    score[k] = Math.min(1.0, s);
    reason[k] = score[k] >= threshold ? why(known, strong, evidence) : null;
  }

  /**
   * Marks as no name, before any word is scored, the capitalised runs that name a thing: in quotes
   * before an organisation word or "principle" ({@code ("Blue Sky" group)}, the {@code "Eddie
   * Stobart" principle}), here and wherever the text names them again; and the employer after
   * "works at" ({@code works at Sainsbury's}). One test of the word before each candidate.
   */
  private void namedThings(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (!capital(k) || t.capital(k - 1)) {
        continue;
      }
      boolean quoted = NameVetoes.quote(t, k - 1);
      if (!quoted && !NameVetoes.afterWorksAt(t, k)) {
        continue;
      }
      int e = k;
      while (e - k < 3 && capital(e + 1) && t.sameLine(e + 1)) {
        e++;
      }
      if (quoted && !NameVetoes.quotedThingAfter(t, e)) {
        continue;
      }
      for (int j = k; j <= e; j++) {
        veto[j] = (byte) (veto[j] | 3);
        if (quoted) {
          evidence.add(t.hash[j], DocumentEvidence.PLACE);
        }
      }
    }
  }

  /**
   * Kings Norton: a place of the UK or Ireland after a capitalised English word that is no given
   * name and starts no sentence is the end of a longer place's name.
   */
  private boolean placeWordBefore(int k, int cf) {
    int p = k - 1;
    return (cf & Lexicon.UK_PLACE) != 0
        && capital(p)
        && !t.glued(k)
        && (t.shape[p] & Tokens.POSSESSIVE) == 0
        && (nameFlags[p] & Lexicon.GIVEN) == 0
        && ((ctx[p] & Lexicon.WORD) != 0 || (nameFlags[p] & Lexicon.COMMON) != 0)
        && (t.vocab[p] & (TITLE | FAMILY_TITLE | ROLE)) == 0
        && !NameCues.sentenceStart(t, p);
  }

  /** Whether the name at k was found with a cue beyond the gazetteer and capitalisation. */
  private boolean strongAt(int k) {
    String r = reason[k];
    return r != null && r.indexOf('+') > 0 && !r.endsWith("+verb") && !r.endsWith("+possessive");
  }

  private static final int NOT_A_NAME_PLACE =
      Lexicon.UK_PLACE | Lexicon.COUNTRY | Lexicon.AUTHORITY | NameLexicon.PAIR_PLACE;

  /**
   * A capitalised English word that {@link #score} can rule out before looking for cues: it is no
   * place, follows no place of two words, and stands in no list that could make it a place
   * (nothing of what it would record as evidence can apply).
   */
  private boolean plainWord(int k) {
    int cf = ctx[k];
    return (cf & Lexicon.WORD) != 0
        && (cf & (Lexicon.PLACE | NameLexicon.PAIR_PLACE)) == 0
        && !(k > 0 && (ctx[k - 1] & NameLexicon.PAIR_PLACE) != 0)
        && !t.isSym(k - 1, ',')
        && !(t.isWord(k - 1)
            && (t.hash[k - 1] == NameCues.AND_WORD
                || t.hash[k - 1] == NameCues.BETWEEN
                || t.hash[k - 1] == NameCues.UPON));
  }

  /**
   * Whether {@link #strongCue} may find a title or a family title before k: false only when it
   * cannot.
   */
  private boolean maybeTitled(int k, int shape, int v, boolean cap, boolean known) {
    int initials = NameCues.initialsBefore(t, k);
    int p = titlePlace(k, initials);
    return titleAt(k, p, v, cap, known, initials)
        || (t.isWord(k - 1)
            && (t.shape[k - 1] & (Tokens.CAP | Tokens.UPPER)) != 0
            && NameCues.judicialBefore(t, k))
        || familyTitleAt(k, p, cap);
  }

  /**
   * An English word ending in -ing before a lower-case word: "A. Working with fathers", a list's
   * label and a gerund, not an initial and a surname.
   */
  private boolean gerund(int k) {
    int e = t.end[k];
    return t.len(k) >= 5
        && c[e - 3] == 'i'
        && c[e - 2] == 'n'
        && c[e - 1] == 'g'
        && ((nameFlags[k] & Lexicon.COMMON) != 0 || (ctx[k] & Lexicon.WORD) != 0)
        && t.isWord(k + 1)
        && (t.shape[k + 1] & Tokens.LOWER) != 0
        && t.sameLine(k + 1);
  }

  /** Where a title before k would stand: before its initials, and before the title's dot. */
  private int titlePlace(int k, int initials) {
    int p = initials == 0 ? k - 1 : NameCues.beforeInitials(t, k);
    if (initials == 0) {
      int q = lowerParticlesBefore(k);
      if (q < k && t.has(q - 1, TITLE) && t.sameLine(q)) {
        return q - 1; // Dr van der Berg, Mr le Roux: the title before the particles
      }
    }
    if (t.isSym(p, '.') && t.glued(p) && t.has(p - 1, TITLE)) {
      p--;
    }
    return p;
  }

  private boolean titleAt(int k, int p, int v, boolean cap, boolean known, int initials) {
    return t.has(p, TITLE)
        && t.sameLine(k)
        && !t.has(p - 1, POSS_DET) // HIS SISTER LEILA: a family word in capitals, not a title
        && ((t.shape[p] & (Tokens.CAP | Tokens.UPPER)) != 0
            // mr okonkwo, miss de souza: a text all in lower case writes its titles so too
            || lowerText && (t.words[p] & NameWords.PERSONAL_TITLE) != 0 && (v & STOP) == 0)
        && !(t.isWord(p - 1) && t.hash[p - 1] == THE && t.sameLine(p))
        && !(initials > 0 && v != 0 && !known)
        && !((t.shape[p] & Tokens.UPPER) != 0 && cap && (v & STOP) != 0);
  }

  private boolean familyTitleAt(int k, int p, boolean cap) {
    if (t.isWord(p) && t.hash[p] == BABY
        && (nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) != Lexicon.GIVEN) {
      return false; // Baby Oliwia, but not Baby Shark or Baby Bank
    }
    return t.has(p, FAMILY_TITLE)
        && t.sameLine(k)
        && (cap || (t.shape[p] & Tokens.CAP) != 0)
        && !((t.shape[p] & Tokens.LOWER) != 0 && insideCapitalised(p))
        && !(t.has(p, ROLE) && !parentsName(k));
  }

  /**
   * Mum Tendai, Dad Kevin: after a parent's word written as a title, a name the lists hold as a
   * given name or a word no list holds as an English word, and no verb (Mum Said, The Mum
   * Network).
   */
  private boolean parentsName(int k) {
    return capital(k)
        && (t.vocab[k] & (REPORTING | AUX | STOP | ORG_NEXT)) == 0
        && ((nameFlags[k] & Lexicon.GIVEN) != 0 || (ctx[k] & Lexicon.WORD) == 0)
        && (t.words[k] & NameWords.ORG_END) == 0;
  }

  /**
   * Comhairle nan Eilean Siar: a lower-case word between capitalised words, right after one that
   * is no possessive and starts no sentence, is inside the name of a thing, not a family title or
   * a role before a name.
   */
  private boolean insideCapitalised(int p) {
    return t.capital(p - 1)
        && t.sameLine(p)
        && !t.glued(p)
        && (t.shape[p - 1] & Tokens.POSSESSIVE) == 0
        && !NameCues.sentenceStart(t, p - 1);
  }

  /** The strongest cue around k, or null: titles, judicial forms, roles, ages, verbs. */
  private String rareCue;

  /** The cues that a symbol after the name starts: the years of a life, an e-mail address. */
  private String symbolCueAfter(int k, boolean known) {
    if (NameCues.lifeYears(t, k)) {
      return "life-years";
    }
    if ((known ? (nameFlags[k] & Lexicon.COMMON) == 0 : (ctx[k] & Lexicon.WORD) == 0)
        && NameCues.emailAfter(t, k)) {
      return "email-after";
    }
    if (commenterHeader(k)) {
      return "commenter";
    }
    return null;
  }

  private static final Lexicon AGO_UNITS =
      Lexicon.words("second seconds sec secs minute minutes min mins hour hours hr hrs day days"
          + " week weeks wk wks month months year years");
  private static final Lexicon WHEN_WORDS = Lexicon.words("today yesterday just");
  private static final long AGO = Lexicon.hash("ago");

  /**
   * Peter Stirling – 24 May, Sukhvinder Gill • 2 days ago: one to three capitalised words that
   * open a line, then a dash, a bullet or a middle dot and when the comment was posted, are the
   * name a blog's or a forum's comment is signed with.
   */
  private boolean commenterHeader(int k) {
    int d = k + 1;
    if (!t.sameLine(d) || t.glued(d) || !t.sameLine(d + 1) || t.glued(d + 1)) {
      return false;
    }
    char sym = c[t.start[d]];
    if (sym != '-' && sym != '\u2013' && sym != '\u2014' && sym != '\u2022' && sym != '\u00b7') {
      return false;
    }
    int first = k;
    while (first > 0 && k - first < 2 && t.sameLine(first) && capital(first - 1)
        && !t.glued(first)) {
      first--;
    }
    if (first > 0 && t.sameLine(first)
        && !(t.type[first - 1] == Tokens.SYM && (first == 1 || !t.sameLine(first - 1))
            && (c[t.start[first - 1]] == '\u21b3' || c[t.start[first - 1]] == '>'))) {
      return false; // not the start of a line
    }
    for (int j = first; j <= k; j++) {
      if (!capital(j) || (t.vocab[j] & (STOP | ORG_NEXT | TITLE | ROLE | MONTH | DETERMINER)) != 0
          || ((ctx[j] & Lexicon.WORD) != 0 && (nameFlags[j] & Lexicon.GIVEN) == 0)) {
        return false;
      }
    }
    int w = d + 1;
    if (t.isNum(w) && t.len(w) <= 2) {
      if (t.isWord(w + 1) && t.sameLine(w + 1) && t.has(w + 1, MONTH)) {
        return true; // – 24 May
      }
      return t.isWord(w + 1) && AGO_UNITS.get(t.hash[w + 1]) != 0 && t.isWord(w + 2)
          && t.hash[w + 2] == AGO && t.sameLine(w + 2); // • 2 days ago
    }
    return t.isWord(w) && (WHEN_WORDS.get(t.hash[w]) != 0 || t.has(w, MONTH)
        && t.isNum(w + 1) && t.sameLine(w + 1));
  }

  private String strongCue(int k, int shape, int v, boolean cap, boolean known) {
    if (plainCapitalised(k - 1) && t.sameLine(k) && !t.glued(k)
        && (k + 1 >= t.count || plainCapitalised(k + 1) && !t.glued(k + 1))) {
      // between two capitalised words that no vocabulary or word list marks, no cue can fire:
      // every cue below needs a title, a role, a particle, an initial, a verb or a symbol
      // beside the word. Most words of capitalised runs (lists, headings, names) end here.
      return null;
    }
    int initials = NameCues.initialsBefore(t, k);
    int p = titlePlace(k, initials);
    if (titleAt(k, p, v, cap, known, initials)) {
      return "title";
    }
    boolean word = cap || (shape & Tokens.UPPER) != 0;
    if (word) {
      String c = shapeCue(k, shape, v, cap, known, initials);
      if (c != null) {
        return c;
      }
    }
    if (familyTitleAt(k, p, cap)) {
      return "family-title";
    } else if (t.has(k - 1, ROLE) && t.sameLine(k) && (t.shape[k - 1] & Tokens.LOWER) != 0
        && !insideCapitalised(k - 1)) {
      return "role-before";
    } else if (t.isSym(k - 1, ',')
        && t.has(k - 2, ROLE)
        && ((t.shape[k - 2] & Tokens.LOWER) != 0 || NameCues.sentenceStart(t, k - 2))) {
      return "role-before";
    } else if (t.isSym(k - 1, '(')
        && t.isSym(k + 1, ')')
        && t.has(k - 2, ROLE)
        && (t.shape[k - 2] & Tokens.LOWER) != 0
        && t.sameLine(k + 1)
        && t.sameLine(k - 1)) {
      return "role-before"; // my manager (Hyacinth), her carer (Joy)
    } else if ((t.isSym(k + 1, ',') || t.isSym(k + 1, '(')) && NameCues.dobCue(t, k + 2)) {
      return "date-of-birth-after";
    } else if ((shape & Tokens.POSSESSIVE) != 0
        && (t.has(k + 1, ROLE)
            || (t.isWord(k + 1) && (t.shape[k + 1] & Tokens.LOWER) != 0 && t.has(k + 2, ROLE)
                && t.sameLine(k + 2)))) {
      return "possessive+role"; // Tyler's mum, Amir's foster carer
    } else if (t.isSym(k + 1, ',') && t.has(k + 2, POSS_DET) && (t.has(k + 3, ROLE)
        // Rukhsana, our advanced practitioner; Dev, my new manager
        || t.isWord(k + 3) && (t.shape[k + 3] & Tokens.LOWER) != 0 && t.has(k + 4, ROLE)
            && (t.shape[k + 4] & Tokens.LOWER) != 0 && t.sameLine(k + 4))) {
      return "role-after";
    } else if (t.isSym(k + 1, ',') && cap && t.sameLine(k + 2)
        && t.has(k + 2, DETERMINER) && (t.shape[k + 2] & Tokens.LOWER) != 0
        && (t.has(k + 3, ROLE) && (t.shape[k + 3] & Tokens.LOWER) != 0
            || (t.isWord(k + 3) && ((t.shape[k + 3] & Tokens.LOWER) != 0
                    || t.has(k + 3, STOP) || NameCues.demonym(t, k + 3))
                && t.has(k + 4, ROLE) && (t.shape[k + 4] & Tokens.LOWER) != 0)
            || NameCues.ageAdjectiveThenRole(t, k + 3))
        && (ctx[k] & Lexicon.PLACE) == 0) {
      // Precious, a social worker of nine years; Ivy, a seamstress; Hawre, a Sorani interpreter
      return "role-after";
    } else if (t.isSym(k + 1, ',') && cap && t.isWord(k + 2) && t.hash[k + 2] == ONE
        && t.isWord(k + 3) && t.hash[k + 3] == OF && roleWithin(k + 4, 4)
        && (ctx[k] & Lexicon.PLACE) == 0) {
      return "role-after"; // Efua, one of last year's students
    } else if (NameCues.age(t, k)) {
      return "age";
    } else if (cap && (t.isSym(k + 1, ',') || t.isSym(k + 1, '(') || t.isSym(k + 1, '<')
        || t.isSym(k + 1, ':') || t.isSym(k + 1, '-') || t.isSym(k + 1, '\u2013')
        || t.isSym(k + 1, '\u2014') || t.isSym(k + 1, '\u2022') || t.isSym(k + 1, '\u00b7'))
        && (rareCue = symbolCueAfter(k, known)) != null) {
      return rareCue; // Andrei Popescu (2007-2024); Nguyễn Thị Lan, l.nguyen@example.org
    } else if (cap && t.isWord(k - 1) && (t.shape[k - 1] & Tokens.LOWER) != 0 && t.len(k - 1) <= 4
        && NameCues.postedBy(t, k)) {
      return "posted-by"; // Reply from Gwenllian, posted by Dave
    } else if ((cap || (shape & Tokens.UPPER) != 0) && t.isSym(k - 1, ':') && t.sameLine(k)
        && t.isWord(k - 2) && (t.hash[k - 2] == NAME_WORD && personsNameLabel(k - 2)
            || NAME_FIELD_WORDS.get(t.hash[k - 2]) != 0 && (k == 2 || !t.sameLine(k - 2))
            // Known as: Mișu
            || t.hash[k - 2] == AS && t.isWord(k - 3) && t.hash[k - 3] == KNOWN_WORD
                && (k == 3 || !t.sameLine(k - 3)))) {
      return "name-label"; // Name: Will Hope, Child's name: Jack Green, Surname: KOWALSKI
    } else if (NameCues.contactBefore(t, k, nameFlags[k])) {
      return "contact-verb";
    } else if (cap && NameCues.withMe(t, k)) {
      return "with-me"; // Tunde and I will attend, me and Kemi
    } else if (NameCues.namingBefore(t, k)) {
      return "named";
    } else if (cap && (v & MONTH) == 0 && callerSaysWho(k, known)) {
      return "caller"; // Hi, it's Rob from the Young Carers Project; this is Ifeoma here
    }
    return null;
  }

  /** Token q is a capitalised word (or one of four capitals or more) that no list marks. */
  private boolean plainCapitalised(int q) {
    if (q < 0 || q >= t.count || t.type[q] != Tokens.WORD || t.vocab[q] != 0 || t.words[q] != 0) {
      return false;
    }
    int sh = t.shape[q];
    return (sh & Tokens.CAP) != 0 || (sh & Tokens.UPPER) != 0 && t.len(q) >= 4;
  }

  private static final long IT = Lexicon.hash("it");
  private static final long IM = Lexicon.hash("im");
  private static final long THIS = Lexicon.hash("this");
  private static final long FROM = Lexicon.hash("from");
  private static final long HERE = Lexicon.hash("here");

  /**
   * How a caller or a writer says who they are: {@code it's Rob}, at the end of the phrase or
   * before {@code from}, {@code here} or a surname; {@code this is Ifeoma from} (or {@code here})
   * only with what follows, since {@code this is Leeds} names a place.
   */
  private boolean callerSaysWho(int k, boolean known) {
    if (!t.sameLine(k) || !(known || unknownWord(k)) || (t.shape[k] & Tokens.POSSESSIVE) != 0) {
      return false; // but "it's Butlin's": a place named after its owner
    }
    int p = k - 1;
    if (t.isWord(p) && t.hash[p] == IM && (t.shape[p] & Tokens.JOINED) != 0
        && t.c[t.start[p]] == 'I' && t.sameLine(k) && !t.glued(k)) {
      // Hi, I'm Kemi and...: a given name no English word spells, or a word no list knows
      return (nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN || unknownWord(k);
    }
    boolean its = t.isWord(p) && t.hash[p] == IT && (t.shape[p] & Tokens.POSSESSIVE) != 0;
    boolean thisIs = t.isWord(p) && t.hash[p] == IS && t.isWord(p - 1) && t.hash[p - 1] == THIS
        && t.sameLine(p);
    if (!its && !thisIs) {
      return false;
    }
    int q = k + 1;
    if (capital(q) && t.sameLine(q) && !t.glued(q) && (nameFlags[q] & Lexicon.SURNAME) != 0) {
      q++; // it's Jordan Wright
    }
    boolean next = t.isWord(q) && t.sameLine(q) && (t.hash[q] == FROM || t.hash[q] == HERE);
    if (thisIs) {
      return next;
    }
    return next
        || q >= t.count
        || !t.sameLine(q)
        || t.isSym(q, ',') || t.isSym(q, '.') || t.isSym(q, '!') || t.isSym(q, '\u2026')
        || t.isSym(q, '"') || t.isSym(q, '\u201d');
  }

  /**
   * The cues of written forms around a capitalised word: judicial titles, post-nominals,
   * initials, Gaelic particles, a handle or a party role after it. Most words have none of the
   * neighbours these need, so the cheap tests come first.
   */
  private String shapeCue(int k, int shape, int v, boolean cap, boolean known, int initials) {
    boolean prevWord = t.isWord(k - 1) && (t.shape[k - 1] & (Tokens.CAP | Tokens.UPPER)) != 0;
    if (prevWord && NameCues.judicialBefore(t, k)) {
      return "title"; // Lord Justice Hadley, Employment Judge Kowalski, HHJ Osei
    }
    if (t.isWord(k + 1) && (t.shape[k + 1] & Tokens.UPPER) != 0 && NameCues.postNominalAfter(t, k)) {
      return "post-nominal"; // Hadley LJ, Carr J, Ms Ede KC
    }
    if (initials >= 2 && cap && t.sameLine(k)) {
      return "initials"; // J. R. Tolley
    }
    if (initials == 1
        && t.len(k) >= 3
        && v == 0
        && (known || unknownWord(k))
        && !NameCues.sentenceStart(t, k - 1)
        && t.sameLine(k)
        && !gerund(k)) {
      return "initials"; // D. Patel, (R. Kowalczyk)
    }
    if (cap && prevWord && NameCues.gaelicParticleBefore(t, k)) {
      return "particle"; // Ó Briain, Ní Bhriain
    }
    if (t.isSym(k + 1, '(')) {
      if (NameCues.handleAfter(t, k)) {
        return "handle-after"; // Dana Whitlock (@danawhit)
      }
      if (NameCues.partyAfter(t, k)) {
        return "party"; // INGRID SOLBERG (Applicant)
      }
    }
    return null;
  }

  /** A shape that rules a name out: an organisation, a cited case, an idiom, a thing. */
  boolean vetoed(int k) {
    return vetoed(k, null);
  }

  private boolean vetoed(int k, String strong) {
    return baseVetoed(k)
        || (strong != null && !"post-nominal".equals(strong) && !"initials".equals(strong)
            && NameVetoes.afterThe(t, k))
        || (anonymised(k) && !"post-nominal".equals(strong));
  }

  // per-token memo of the vetoes that do not depend on the cue: bit 0 known, bit 1 vetoed,
  // bit 2 known, bit 3 anonymised, bit 4 known, bit 5 a word no list knows; in capitalised text
  // the same runs are asked about again and again
  private final byte[] veto;

  private boolean baseVetoed(int k) {
    if (k < 0 || k >= t.count) {
      return false;
    }
    int m = veto[k];
    if ((m & 1) == 0) {
      boolean v =
          NameVetoes.organisation(t, k)
              || NameVetoes.afterOrganisationOf(t, k)
              || NameVetoes.branchOfANationalBody(t, k)
              || NameVetoes.inTheCommunity(t, k)
              || NameVetoes.caseName(t, k)
              || NameVetoes.thing(t, k, (marks & NameWords.THING_BEFORE) != 0)
              || ((marks & NameWords.THING_NOUN) != 0 && NameVetoes.theNameOfAThing(t, k))
              || NameVetoes.dayRange(t, k)
              || NameVetoes.neutralCitation(t, k)
              || NameVetoes.councillorsWard(t, k)
              || NameVetoes.idiom(t, k)
              || NameVetoes.saint(t, k)
              || NameVetoes.royalStyle(t, k)
              || NameVetoes.scripture(t, k)
              || NameVetoes.naturalFeature(t, k)
              || NameVetoes.eponym(t, k)
              || NameVetoes.publisher(t, k)
              || NameVetoes.servicesOfAnArea(t, k)
              || NameVetoes.nationalBody(t, k)
              || NameVetoes.brand(t, k)
              || NameVetoes.partOfACode(t, k)
              // counsel's instructing firm and an MP's seat: only where their words are
              || ((marks & NameWords.BODY_CONTEXT) != 0
                  && (NameVetoes.instructingFirm(t, k) || NameVetoes.constituency(t, k)))
              || t.hash[k] == DATE_LABEL && t.isWord(k + 1) && t.hash[k + 1] == OF_WORD;
      m |= 1 | (v ? 2 : 0);
      veto[k] = (byte) m;
    }
    return (m & 2) != 0;
  }

  private boolean anonymised(int k) {
    if (k < 0 || k >= t.count) {
      return false;
    }
    int m = veto[k];
    if ((m & 4) == 0) {
      m |= 4 | (NameVetoes.anonymisedPhrase(t, k) && !givenNameAndInitial(k) ? 8 : 0);
      veto[k] = (byte) m;
    }
    return (m & 8) != 0;
  }

  /**
   * Jayden B, Lewis W.: a given name the lists hold, no English word, with the initial of a
   * surname after it names a person as a youth club's or a school's records do; only a role or a
   * title before a letter ({@code Child A}, {@code Mr X}) stands for a name left out.
   */
  private boolean givenNameAndInitial(int k) {
    return capital(k)
        && (nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN
        && (t.vocab[k] & (TITLE | ROLE | FAMILY_TITLE | STOP)) == 0
        && (t.words[k] & NameWords.PERSONAL_TITLE) == 0
        && t.isWord(k + 1)
        && t.len(k + 1) == 1
        && !t.has(k - 1, TITLE | ROLE | FAMILY_TITLE);
  }

  /**
   * A capitalised word no list knows: not a listed name, not an English word, not a place, not
   * the domain's vocabulary.
   */
  private boolean unknownWord(int k) {
    if (k < 0 || k >= t.count) {
      return false;
    }
    int m = veto[k];
    if ((m & 16) == 0) { // memo bits 4 and 5: the answer depends on the token and its neighbours only
      m |= 16 | (unknownWordAt(k) ? 32 : 0);
      veto[k] = (byte) m;
    }
    return (m & 32) != 0;
  }

  private boolean unknownWordAt(int k) {
    return capital(k)
        && t.len(k) >= 2
        && nameFlags[k] == 0
        && (ctx[k] & (Lexicon.WORD | NOT_A_NAME_PLACE)) == 0
        && (t.vocab[k]
                & (STOP | ORG_NEXT | TITLE | ROLE | THEORIST | FAMILY_TITLE | MONTH | REPORTING
                    | AUX | DETERMINER | POSS_DET | PLACE_PREP | AND))
            == 0
        // Des, Del, Della: the "of" of places abroad is a given name too when capitalised
        && (t.words[k] & ~(NameWords.TLD | (t.len(k) >= 3 ? NameWords.OF_ABROAD : 0))) == 0
        && !NameVetoes.mixedAcronym(t, k)
        && !Character.isUpperCase(t.c[t.start[k] + 1]) // CTOs
        && !(t.glued(k) && (t.isSym(k - 1, '@') || t.isSym(k - 1, '#')))
        && !NameCues.demonym(t, k)
        && ((t.shape[k] & Tokens.JOINED) == 0 || !NameVetoes.lowerPartAfterHyphen(t, k))
        && !NameVetoes.placeShaped(t, k)
        && !(t.isNum(k + 1) && t.glued(k + 1)) // SpO2, HbA1c: a measure's abbreviation
        && !agentNoun(k);
  }

  /**
   * Responder, Befrienders: an English verb with {@code -er} or {@code -ers} after it, a word the
   * word list happens not to hold. Asked only of words no list knows.
   */
  private boolean agentNoun(int k) {
    int s = t.start[k];
    int e = t.end[k];
    if ((t.c[e - 1] | 0x20) == 's') {
      e--;
    }
    if (e - s < 6 || (t.c[e - 1] | 0x20) != 'r' || (t.c[e - 2] | 0x20) != 'e') {
      return false;
    }
    long h = Lexicon.SEED;
    for (int i = s; i < e - 2; i++) {
      h = Lexicon.step(h, Lexicon.lower(t.c[i]));
    }
    return (names.get(h) & Lexicon.WORD) != 0;
  }

  /**
   * Olamide Adeyemi, Tendai Chikwanha: two adjacent capitalised words, at least one known to no
   * list and the other a listed name or unknown too, neither an English word nor a place, in
   * running text and not the start of an organisation's name.
   */
  private void unknownPairs(int[] cands, int nc) {
    for (int i = 0; i + 1 < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (cands[i + 1] != q
          || score[k] >= threshold
          || (nameFlags[k] != 0 && nameFlags[q] != 0)
          || !capital(k)
          || !capital(q)
          || !t.sameLine(q)
          || t.glued(q)
          || t.gapBefore(q)
          || (t.shape[k] & Tokens.POSSESSIVE) != 0
          || cite[k]
          || cite[q]
          || (score[q] >= threshold && !unknownWord(k))) {
        continue;
      }
      boolean uk = unknownWord(k);
      boolean uq = unknownWord(q);
      // Precious Nkemelu: a listed given name, even one that is an English word, before a word no
      // list knows
      boolean nk =
          uk
              || (nameFlags[k] & Lexicon.COMMON) == 0 && nameFlags[k] != 0
              || (uq && (nameFlags[k] & Lexicon.GIVEN) != 0
                  // not a pair in quotes: the "Golden Wellie"
                  && !(NameVetoes.quote(t, k - 1) && NameVetoes.quote(t, q + 1)));
      boolean nq = uq || (nameFlags[q] & Lexicon.COMMON) == 0 && nameFlags[q] != 0;
      if ((uk || uq)
          && nk
          && nq
          && ((ctx[k] & (Lexicon.WORD | NOT_A_NAME_PLACE)) == 0
              // Jordan Pickersgill, Florence Abernethy: a listed given name that is also a
              // country or a town, before a word no list knows and no place
              // (not Milton Keynes, Addis Ababa: a place of two words, or one after "in")
              || uq && (nameFlags[k] & (Lexicon.GIVEN | Lexicon.COMMON)) == Lexicon.GIVEN
                  && (ctx[k] & (Lexicon.WORD | Lexicon.MULTI | NameLexicon.PAIR_PLACE)) == 0
                  && (ctx[q] & Lexicon.PLACE) == 0 && !t.has(k - 1, PLACE_PREP)
              // Hope Ndlovu, Precious Nkemelu: a given name that is also a word, before a
              // word no list knows
              || uq && (nameFlags[k] & Lexicon.GIVEN) != 0 && t.vocab[k] == 0
                  && (ctx[k] & (Lexicon.COUNTRY | Lexicon.AUTHORITY | NameLexicon.PAIR_PLACE))
                      == 0
                  && (ctx[q] & NameLexicon.PAIR_PLACE) == 0
                  && (ctx[q] & Lexicon.PLACE) == 0 && !t.has(k - 1, PLACE_PREP)
                  && t.len(q) >= 3)
          && (ctx[q] & (Lexicon.WORD | NOT_A_NAME_PLACE)) == 0
          && !NameVetoes.afterThe(t, k)
          && !vetoed(k)
          && !vetoed(q)
          && !t.has(k - 1, DETERMINER)
          && !(capital(k - 1) && t.sameLine(k) && !t.glued(k) && !NameCues.sentenceStart(t, k - 1)
              && score[k - 1] < threshold && !t.has(k - 1, TITLE))) {
        score[k] = 0.6;
        reason[k] = "capitalised-pair";
        if (score[q] < threshold) {
          score[q] = 0.6;
          reason[q] = "capitalised-pair";
        }
      }
    }
  }

  /**
   * Tom Birch in a list of attendees, DEV PATEL in a log: a frequent given name and a surname side
   * by side, in a list (after a colon, a comma, a bracket or at the start of a line, and before
   * punctuation or the end of the line) when both are also English words; two names in capitals.
   */
  private void knownPairs(int[] cands, int nc) {
    for (int i = 0; i + 1 < nc; i++) {
      int k = cands[i];
      int q = k + 1;
      if (cands[i + 1] != q || !t.sameLine(q) || t.glued(q) || t.gapBefore(q) || cite[k] || cite[q]
          || (score[k] >= threshold && score[q] >= threshold)
          || (t.shape[k] & Tokens.POSSESSIVE) != 0) {
        continue;
      }
      int fk = nameFlags[k];
      int fq = nameFlags[q];
      boolean upper = (t.shape[k] & Tokens.UPPER) != 0 && (t.shape[q] & Tokens.UPPER) != 0
          && t.len(k) >= 2 && t.len(q) >= 2;
      boolean caps = capital(k) && capital(q);
      if (!(caps || upper)
          || (fk & Lexicon.GIVEN) == 0
          || !((fq & Lexicon.SURNAME) != 0 || (upper && unknownUpper(q)))
          || (t.vocab[k] & (STOP | ORG_NEXT | TITLE | ROLE | THEORIST)) != 0
          // a theorist's surname after a given name is the writer named in full (Harry Ferguson)
          || (t.vocab[q] & (STOP | ORG_NEXT | TITLE | ROLE)) != 0
          || (upper && ((t.vocab[k] | t.vocab[q]) & SHOUTED_NOT_A_NAME) != 0) // TYLER SAID
          || vetoed(k)
          || vetoed(q)
          || (ctx[k] & NOT_A_NAME_PLACE) != 0
          || (ctx[q] & NOT_A_NAME_PLACE) != 0
          || (t.has(k - 1, PLACE_PREP) && (fk & Lexicon.COMMON) != 0
              // but back to Harry Smith's work: a place has no possessive before a noun
              && !((t.shape[q] & Tokens.POSSESSIVE) != 0 && verbAfter(q + 1)))) {
        continue; // not "buses from Temple Meads": an English word after a place's preposition
      }
      boolean commonBoth = (fk & Lexicon.COMMON) != 0 && (fq & Lexicon.COMMON) != 0;
      boolean frequent = (fk & Lexicon.FREQUENT) != 0;
      boolean listed = listStart(k) && listEnd(q + 1);
      if (upper ? (fk & Lexicon.COMMON) == 0 || listed
          : frequent && (!commonBoth || listed || (verbAfter(q + 1) && !afterOf(k)))
              // Hope Ndlovu, Precious Moyo: a given name that is also a word, before a surname
              // that is none, and no place
              || (fq & (Lexicon.SURNAME | Lexicon.COMMON)) == Lexicon.SURNAME
                  && (ctx[q] & (Lexicon.PLACE | Lexicon.WORD)) == 0
                  && (ctx[k] & (Lexicon.PLACE | Lexicon.MULTI)) == 0
                  && !t.has(k - 1, PLACE_PREP)) {
        for (int j = k; j <= q; j++) {
          if (score[j] < threshold) {
            score[j] = 0.6;
            reason[j] = "given+surname";
          }
        }
      }
    }
  }

  /**
   * Tom Smith visited, Jack Green told us: a lower-case word after a pair of capitalised words
   * that are both English words too (tom, smith) is the verb their sentence goes on with, where
   * a thing's name goes on with another capital (Rose Garden Centre) or a street's word.
   */
  private boolean verbAfter(int q) {
    return q < t.count
        && t.sameLine(q)
        && !t.glued(q)
        && t.isWord(q)
        && (t.shape[q] & Tokens.LOWER) != 0
        && (t.vocab[q] & (DETERMINER | POSS_DET)) == 0;
  }

  /**
   * Rose and Florence Appiah-Mensah, Jack and Amelia Cole: a given name before "and" and a given
   * name with its surname shares the surname, so is a name too, though an English word (rose).
   */
  private void sharedSurnames(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int j = k + 2;
      if (t.isWord(k + 1) && t.hash[k + 1] == AND_WORD && t.sameLine(k + 1)
          && score[k] < threshold
          && capital(k)
          && (nameFlags[k] & Lexicon.GIVEN) != 0
          && (t.shape[k] & Tokens.POSSESSIVE) == 0
          && j + 1 < t.count && t.sameLine(j) && t.sameLine(j + 1) && !t.glued(j + 1)
          && score[j] >= threshold && score[j + 1] >= threshold
          && (nameFlags[j] & Lexicon.GIVEN) != 0
          && !t.has(k - 1, DETERMINER | POSS_DET)
          && !cite[k] && !vetoed(k)) {
        score[k] = 0.7;
        reason[k] = "shares-surname";
      }
    }
  }

  /** Members of Blue Sky: a pair of English words after "of" names a group or a thing. */
  private boolean afterOf(int k) {
    return k > 0 && t.isWord(k - 1) && t.hash[k - 1] == OF_WORD;
  }

  private static final long OF_WORD = Lexicon.hash("of");
  private static final long ST = Lexicon.hash("st");
  private static final long AND_WORD = Lexicon.hash("and");

  private boolean unknownUpper(int k) {
    return nameFlags[k] == 0 && (ctx[k] & Lexicon.WORD) == 0 && t.vocab[k] == 0
        && (t.words[k] & ~NameWords.TLD) == 0;
  }

  private boolean listStart(int k) {
    int p = k - 1;
    return p < 0 || !t.sameLine(k) || t.isSym(p, ':') || t.isSym(p, ',') || t.isSym(p, '(')
        || t.isSym(p, ';') || t.isSym(p, '\u2013') || t.isSym(p, '-') || t.isSym(p, '/');
  }

  private boolean listEnd(int q) {
    return q >= t.count || !t.sameLine(q) || t.gapBefore(q) || t.isSym(q, ',') || t.isSym(q, '(')
        || t.isSym(q, ')')
        || t.isSym(q, ';') || t.isSym(q, '\u2013') || t.isSym(q, '-') || t.isSym(q, '/')
        || t.isSym(q, '.');
  }

  /** 09:25 Gaz: the number at q ends a time, not a house number. */
  private boolean timeBefore(int q) {
    return t.glued(q) && (t.isSym(q - 1, ':') || t.isSym(q - 1, '.')) && t.isNum(q - 2);
  }

  /**
   * Hawi, mentioned again and again: a capitalised word no list knows, at least twice in running
   * text (not at the start of a sentence) in this text or an earlier window of it, is a name.
   */
  private void repeatedUnknown(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (unknownWord(k) && t.len(k) >= 3 && !NameCues.sentenceStart(t, k) && !cite[k]
          && !vetoed(k) && (t.shape[k] & Tokens.JOINED) == 0) {
        // in Kyrone's own behaviour: a possessive after "in" is a person's, not a place
        boolean owner = (t.shape[k] & Tokens.POSSESSIVE) != 0 && t.has(k - 1, PLACE_PREP);
        if (!owner
            && (t.has(k - 1, PLACE_PREP)
                || (t.isNum(k - 1) && !timeBefore(k - 1))
                || t.has(k + 1, Vocabulary.STREET)
                || NameCues.placeContext(t, k, Lexicon.PLACE) > 0)) {
          evidence.add(t.hash[k], DocumentEvidence.PLACE); // in Hargeisa, 58 Sneinton Dale
        } else {
          evidence.countUnknown(t.hash[k]);
        }
      }
    }
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] < threshold && nameFlags[k] == 0 && evidence.unknownRepeated(t.hash[k])
          && unknownWord(k) && !cite[k] && (ctx[k] & Lexicon.PLACE) == 0 // Bihar, Ohio: places
          && (evidence.get(t.hash[k]) & DocumentEvidence.PLACE) == 0
          && !vetoed(k) && (t.vocab[k] & STOP) == 0) {
        score[k] = 0.55;
        reason[k] = "unknown-word-repeated";
      }
    }
  }

  /**
   * Rob (R. Kowalczyk), Gaz (Gary Wilkes): a given name or a word no list knows, right before a
   * name in brackets, is the short name of that person.
   */
  private void glossedNames(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      if (score[k] >= threshold
          || !capital(k)
          || !t.isSym(k + 1, '(')
          || !t.sameLine(k + 1)
          || (t.shape[k] & Tokens.POSSESSIVE) != 0
          || !((nameFlags[k] & Lexicon.GIVEN) != 0 || unknownWord(k))
          || (t.vocab[k] & (STOP | ORG_NEXT | TITLE | ROLE | THEORIST | FAMILY_TITLE)) != 0
          || (ctx[k] & NOT_A_NAME_PLACE) != 0
          || cite[k]
          || vetoed(k)) {
        continue;
      }
      if (bracketedName(k + 2)) {
        score[k] = 0.7;
        reason[k] = "before-bracketed-name";
      }
    }
  }

  /** The brackets opening before q hold only a name found here: initials and scored words. */
  private boolean bracketedName(int q) {
    boolean found = false;
    for (int j = q, n = 0; j < t.count && n < 8 && t.sameLine(j); j++, n++) {
      if (t.isSym(j, ')')) {
        return found;
      }
      if (t.isSym(j, '.') && t.glued(j)) {
        continue;
      }
      if (!t.isWord(j)) {
        return false;
      }
      if (score[j] >= threshold) {
        found = true;
      } else if (!(t.len(j) == 1 && (t.shape[j] & Tokens.UPPER) != 0)) {
        return false;
      }
    }
    return false;
  }

  /** Ó, Ní, de, le with no capitalised word after it: a particle on its own. */
  boolean loneParticle(int k) {
    return t.len(k) <= 2
        && (t.words[k] & NameWords.PARTICLE) != 0
        && !(capital(k + 1) && t.sameLine(k + 1));
  }

  /**
   * The last word of the name part that follows the name ending at e after one to three particles
   * ({@code Ó hAodha}, {@code Mac an tSaoir}, {@code Mac a' Phearsain}, {@code van der Merwe},
   * {@code do Céu}), or e when none does. The part is a word found as a name, a capitalised word
   * that is no English word and not the domain's, or an Irish word with its first letter mutated
   * ({@code hAodha}).
   */
  private int afterParticles(int e) {
    int q = e + 1;
    int n = 0;
    if ((t.words[e] & NameWords.PARTICLE) != 0) {
      int after = afterArticle(q); // Mr Mac an tSaoir: the name so far ends in the particle
      if (after > q) {
        q = after;
        n++;
      }
    }
    while (n < 3 && particle(q) && (n > 0 || !t.glued(q))) {
      q++;
      n++;
      if (n == 1) {
        q = afterArticle(q); // Mac an tSaoir, Mac a' Phearsain
      }
    }
    if (n == 0 || q >= t.count || !t.sameLine(q) || t.glued(q) || !t.isWord(q)) {
      return e;
    }
    boolean part =
        score[q] >= threshold
            || mutated(q)
            || ((capital(q) || (t.shape[q] & Tokens.UPPER) != 0 && t.len(q) >= 3)
                && t.len(q) >= 2
                && (ctx[q] & (Lexicon.WORD | NOT_A_NAME_PLACE)) == 0
                && (nameFlags[q] & Lexicon.COMMON) == 0
                && (t.vocab[q] & SHOUTED_NOT_A_NAME) == 0
                && !vetoed(q))
            // van der Berg: after two particles a listed surname, though an English word too
            || (n >= 2 && capital(q) && (nameFlags[q] & Lexicon.SURNAME) != 0 && !vetoed(q));
    return part ? q : e;
  }

  /**
   * Maria de la Cruz said, Siti binti Rahman called: a surname found after one to three particles
   * in lower case takes in the given name before them, a capitalised word the name lists hold as a
   * given name, though at the start of a sentence it was too weak a name alone. Returns the given
   * name's token, or k.
   */
  private int givenBeforeParticles(int k) {
    int q = k - 1;
    int n = 0;
    while (n < 3 && q > 0 && t.isWord(q) && t.sameLine(q + 1) && !t.glued(q + 1)
        && (t.shape[q] & Tokens.LOWER) != 0 && (t.words[q] & NameWords.PARTICLE) != 0) {
      q--;
      n++;
    }
    if (n == 0 || !t.isWord(q) || !t.sameLine(q + 1) || t.glued(q + 1) || !capital(q)
        || (t.shape[q] & Tokens.POSSESSIVE) != 0
        || ((nameFlags[q] & Lexicon.GIVEN) == 0 && score[q] < 0.3)
        || (t.vocab[q] & (STOP | ORG_NEXT | TITLE | ROLE | DETERMINER | POSS_DET)) != 0
        || vetoed(q)) {
      return k;
    }
    return q;
  }

  /**
   * - Hope Ndlovu (Mosaic 3371902): a listed given name, though an English word too, right before
   * a surname found as a name is the given name of the same person. Returns its token, or k.
   */
  private int givenBeforeSurname(int k) {
    int q = k - 1;
    if (q < 0 || !capital(q) || !t.sameLine(k) || t.glued(k) || score[q] >= threshold
        || (nameFlags[q] & Lexicon.GIVEN) == 0
        || ((nameFlags[k] & Lexicon.SURNAME) == 0 && !unknownWord(k))
        || (t.shape[q] & (Tokens.POSSESSIVE | Tokens.JOINED)) != 0
        || (t.vocab[q] & (STOP | ORG_NEXT | TITLE | ROLE | DETERMINER | POSS_DET | AUX | REPORTING
            | PLACE_PREP | AND | CONTACT)) != 0 // nor Meet Aisha: a verb of meeting
        || (ctx[q] & (Lexicon.PLACE | NOT_A_NAME_PLACE)) != 0
        || cite[q]
        || capital(q - 1) && t.sameLine(q)
        || vetoed(q)) {
      return k;
    }
    return q;
  }

  /**
   * Peter Jackson J, Sir James Munby P: the given names before a judge's surname and post-nominal,
   * which the first-name-and-initial reading of a citation ({@code Jackson J}) would leave out.
   */
  private int givenBeforeJudge(int k) {
    int q = k;
    while (k - q < 2 && q > 0 && capital(q - 1) && t.sameLine(q) && !t.glued(q)
        && (nameFlags[q - 1] & Lexicon.GIVEN) != 0
        && (t.shape[q - 1] & (Tokens.POSSESSIVE | Tokens.JOINED)) == 0
        && (t.vocab[q - 1] & (STOP | ORG_NEXT | TITLE | ROLE | DETERMINER | POSS_DET | AUX
            | REPORTING | PLACE_PREP | AND)) == 0
        && !baseVetoed(q - 1)) { // not anonymisedPhrase: "Peter Jackson J" is no "Worker J"
      q--;
    }
    return q;
  }

  private static final Lexicon PLAIN_TITLES = Lexicon.words("mr mrs ms miss mx dr");
  private static final Lexicon SURNAMES_OF_PLACES = Lexicon.words("hall park church lodge");

  /**
   * Dr Hyun-woo Park, Mrs Irene Hall: after a plain title and a given name, a listed surname that
   * is also a word ending an organisation's or a place's name is the surname when nothing
   * capitalised follows it (not Lady Margaret Hall, nor Mr Smith Park Road).
   */
  private boolean titledSurnameAfter(int title, int q) {
    return q < t.count
        && t.isWord(title)
        && PLAIN_TITLES.get(t.hash[title]) != 0
        && capital(q)
        && t.sameLine(q)
        && !t.glued(q)
        && (nameFlags[q] & Lexicon.SURNAME) != 0
        && SURNAMES_OF_PLACES.get(t.hash[q]) != 0
        && (t.shape[q - 1] & Tokens.POSSESSIVE) == 0
        && !(t.isWord(q + 1) && (t.shape[q + 1] & (Tokens.CAP | Tokens.UPPER)) != 0
            && t.sameLine(q + 1));
  }

  /**
   * al-Sayed, el-Badry, ul-Haq, ash-Shami: an Arabic name part written with its article in lower
   * case and a hyphen, one word of the tokenizer that does not start with a capital.
   */
  private boolean articlePart(int q) {
    if (!t.isWord(q) || (t.shape[q] & Tokens.JOINED) == 0) {
      return false;
    }
    int s = t.start[q];
    int n = t.len(q);
    for (int a = 2; a <= 3 && a + 2 < n; a++) {
      if (t.c[s + a] == '-' && Character.isUpperCase(t.c[s + a + 1])) {
        String article = new String(t.c, s, a);
        return ARABIC_ARTICLES.contains(article);
      }
    }
    return false;
  }

  private static final java.util.Set<String> ARABIC_ARTICLES =
      java.util.Set.of("al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "ath");

  /** After the Gaelic article at q ({@code an}, {@code a'}) on the same line, or q when none. */
  private int afterArticle(int q) {
    if (!t.isWord(q) || !t.sameLine(q)) {
      return q;
    }
    if (t.hash[q] == AN) {
      return q + 1;
    }
    if (t.hash[q] == A && t.glued(q + 1)
        && (t.isSym(q + 1, '\'') || t.isSym(q + 1, '\u2019'))) {
      return q + 2;
    }
    return q;
  }

  /** hAodha, tSaoir, bhFeargail, nGaora: an Irish word with a letter a mutation put before it. */
  private boolean mutated(int q) {
    int s = t.start[q];
    if ((t.shape[q] & (Tokens.CAP | Tokens.UPPER | Tokens.LOWER)) != 0 || t.len(q) < 3) {
      return false;
    }
    char a = t.c[s];
    int i = s + 1;
    if (a == 'b' && t.c[i] == 'h') {
      i++; // bhF
    }
    return "bdghmnt".indexOf(a) >= 0 && Character.isUpperCase(t.c[i]);
  }

  private static final long[] PAST_CITE = {
    Lexicon.hash("argued"), Lexicon.hash("suggested"), Lexicon.hash("noted"),
    Lexicon.hash("wrote"), Lexicon.hash("proposed"), Lexicon.hash("defined"),
    Lexicon.hash("identified")
  };

  /**
   * Obafemi noted that…: a verb in the past, or any verb of citing after a whole name (Callum
   * Fraser writes), after a word the text never cites with a year, a theorist or "et al.", is
   * what a person did, as minutes record it, not a citation
   * (Munro argued… is one when the text cites Munro (2011) too).
   */
  private boolean pastWithoutCitation(int k, int j) {
    long h = t.hash[j];
    boolean past = false;
    for (long w : PAST_CITE) {
      past |= w == h;
    }
    // Callum Fraser writes…: a news story's or a newsletter's byline gives the whole name, in the
    // present too; a citation gives the surname alone or with a year
    boolean fullName =
        k > 0
            && capital(k - 1)
            && (nameFlags[k - 1] & Lexicon.GIVEN) != 0
            && t.sameLine(k)
            && !t.glued(k);
    return (past || fullName)
        && (t.vocab[k] & THEORIST) == 0
        && (evidence.get(t.hash[k]) & DocumentEvidence.CITED) == 0
        && !t.has(k - 1, CITE_BEFORE);
  }

  private static final long AS = Lexicon.hash("as");

  /**
   * Mum's boyfriend "Big Stevie", her partner "Dean", known as "Big Stevie": one to three
   * capitalised words in quotes right after a role word, or after "as" with a naming verb or
   * "name" before it (had given his name to school as "Gaz"), are
   * what the person is called, English words or not. Not after other nouns (the group "Blue Sky")
   * or a naming verb alone (a game called "Hydra Royale").
   */
  private void quotedNames(int[] cands, int nc) {
    for (int i = 0; i < nc; i++) {
      int k = cands[i];
      int p = k - 2;
      boolean bracket = t.isSym(p, '(') && t.glued(k - 1);
      if (!t.glued(k) || !capital(k) || !NameVetoes.quote(t, k - 1) || !t.sameLine(k - 1)
          || !(bracket || (t.isWord(p) || t.isSym(p, ',')) && !t.glued(k - 1))) {
        continue;
      }
      boolean cue;
      if (bracket) {
        // Tiffany Holt ("Tiff", Year 8): a nickname in brackets after a name found
        cue = p > 0 && t.isWord(p - 1) && score[p - 1] >= threshold && t.sameLine(p);
      } else if (t.isSym(p, ',')) {
        cue = nameWordBefore(k - 1) && personAfter(k); // the name from the interview, "Kez", a man
      } else if (OBJECT_PRONOUNS.get(t.hash[p]) != 0) {
        cue = t.has(p - 1, NAMING) && t.sameLine(p); // boys call him "Bookie"
      } else {
        cue = ((t.vocab[p] & ROLE) != 0 && (t.shape[p] & Tokens.LOWER) != 0
                && (t.vocab[p] & NAMING) == 0)
            || (t.hash[p] == AS
                && (((t.has(p - 1, NAMING) || t.hash[p - 1] == KNOW || t.hash[p - 1] == KNOWS)
                        && personBefore(p - 1))
                    || nameWordBefore(p)));
      }
      if (!cue) {
        continue;
      }
      int e = k;
      while (e - k < 2 && capital(e + 1) && t.sameLine(e + 1) && !t.glued(e + 1)) {
        e++;
      }
      if (!NameVetoes.quote(t, e + 1) || !t.glued(e + 1) || vetoed(k)) {
        continue;
      }
      for (int j = k; j <= e; j++) {
        if (score[j] < threshold && (t.vocab[j] & (TITLE | ROLE | DETERMINER)) == 0) {
          score[j] = 0.7;
          reason[j] = "quoted-after-role";
        }
      }
    }
  }

  private static final long NAME_WORD = Lexicon.hash("name");
  private static final long KNOWN_WORD = Lexicon.hash("known");
  private static final Lexicon OBJECT_PRONOUNS = Lexicon.words("him her them me us");
  private static final long KNOW = Lexicon.hash("know");
  private static final long KNOWS = Lexicon.hash("knows");
  private static final Lexicon PERSON_WORDS =
      Lexicon.words(
          "he she him her his himself herself male female adult youth lad man woman boy girl"
              + " police people everyone friends mates peers kids staff");

  /**
   * A young man the police know as, an adult male known as, she is known as: a person's word in
   * the clause before the naming verb at v, so that what follows is what a person is called, not
   * a centre, a scheme or a building ("a centre known as").
   */
  private boolean personBefore(int v) {
    for (int q = v - 1; q >= v - 6 && q >= 0 && t.sameLine(q + 1); q--) {
      if (!t.isWord(q)) {
        if (t.type[q] == Tokens.SYM && ".;:!?".indexOf(c[t.start[q]]) >= 0) {
          return false;
        }
        continue;
      }
      if (((t.vocab[q] & ROLE) != 0 && (t.shape[q] & Tokens.LOWER) != 0)
          || PERSON_WORDS.get(t.hash[q]) != 0) {
        return true;
      }
      if (NAMING_FILLERS.get(t.hash[q]) == 0 && !adverb(q)) {
        return false;
      }
    }
    return false;
  }

  /** Words between a person and the naming verb: is, was, also, who (she is also known as). */
  /**
   * Kez", believed to be an adult male: a person's word in the clause after the quoted word at k
   * (at most eight tokens on, up to the end of the sentence).
   */
  private boolean personAfter(int k) {
    for (int q = k + 1; q <= k + 9 && q < t.count && t.sameLine(q); q++) {
      if (t.type[q] == Tokens.SYM && ".;:!?".indexOf(c[t.start[q]]) >= 0) {
        return false;
      }
      if (t.isWord(q) && ONE_PERSON.get(t.hash[q]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Words for one person, said of what a quoted name stands for: an adult male, a girl. */
  private static final Lexicon ONE_PERSON =
      Lexicon.words("he she him his male female adult man woman boy girl lad youth");

  private static final Lexicon NAMING_FILLERS =
      Lexicon.words("is was are were be been being also now who that often still just simply");

  private boolean adverb(int q) {
    int e = t.end[q];
    return e - t.start[q] > 4 && c[e - 2] == 'l' && c[e - 1] == 'y';
  }

  /** Surname:, Forenames: at the start of a line: a form's field for one part of a name. */
  private static final Lexicon NAME_FIELD_WORDS =
      Lexicon.words("surname surnames forename forenames firstname lastname nickname alias"
          // a case system's headers and a form's fields: Person: Ebuka OKAFOR-REID
          + " person");

  private static final Lexicon NAME_LABEL_WORDS =
      Lexicon.words("full first given preferred legal birth maiden last family middle second");

  /**
   * Name:, Child's name:, Full name: at the start of a line: the label of a person's name in a
   * form, not of a team's or a service's.
   */
  private boolean personsNameLabel(int n) {
    int q = n - 1;
    return q < 0
        || !t.sameLine(n)
        || (t.isWord(q) && ((t.shape[q] & Tokens.POSSESSIVE) != 0
            || NAME_LABEL_WORDS.get(t.hash[q]) != 0) && (q == 0 || !t.sameLine(q)));
  }

  /**
   * "name" at most seven words before p on its line, a comma right before p allowed: had given
   * his name to school as "Gaz"; the name from the last return interview, "Kez".
   */
  private boolean nameWordBefore(int p) {
    for (int q = p - 1; q >= p - 8 && q >= 0 && t.sameLine(q + 1)
        && (t.isWord(q) || (t.isSym(q, ',') && q == p - 1)); q--) {
      if (t.isWord(q) && t.hash[q] == NAME_WORD) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word in quotes from q on the same line: {@code "Gez"}, {@code 'Edu'}. */
  private boolean quotedNickname(int q) {
    boolean single = singleQuote(q) && singleQuote(q + 2); // Kathleen 'Kat' McDonagh
    boolean bracket = t.isSym(q, '(') && t.isSym(q + 2, ')') // Oluwaseun (Seun) Adebayo-Clarke
        && q + 1 < t.count && t.vocab[q + 1] == 0 && (ctx[q + 1] & Lexicon.PLACE) == 0;
    return (NameVetoes.quote(t, q) && NameVetoes.quote(t, q + 2) || single || bracket)
        && t.sameLine(q)
        && !t.glued(q)
        // Jermaine "JJ" Johnson: a nickname of two to four capitals too
        && (capital(q + 1) || t.isWord(q + 1) && (t.shape[q + 1] & Tokens.UPPER) != 0
            && t.len(q + 1) >= 2 && t.len(q + 1) <= 4)
        && t.glued(q + 1)
        && t.glued(q + 2)
        && (t.shape[q + 1] & Tokens.POSSESSIVE) == 0;
  }

  private boolean singleQuote(int k) {
    if (k < 0 || k >= t.count || t.type[k] != Tokens.SYM) {
      return false;
    }
    char ch = t.c[t.start[k]];
    return ch == '\'' || ch == '\u2018' || ch == '\u2019';
  }

  /**
   * The first of one to three particles in lower case right before k on its line ({@code van
   * der} in {@code Dr van der Berg}), or k when there is none.
   */
  private int lowerParticlesBefore(int k) {
    int q = k;
    while (k - q < 3 && q > 0 && t.isWord(q - 1) && t.sameLine(q) && !t.glued(q)
        && (t.shape[q - 1] & Tokens.LOWER) != 0 && (t.words[q - 1] & NameWords.PARTICLE) != 0) {
      q--;
    }
    return q;
  }

  /** Ó, Ní, Mac, van, de between two parts of a name. */
  private boolean particle(int k) {
    return t.isWord(k)
        && t.sameLine(k)
        && !t.glued(k)
        && (t.words[k] & NameWords.PARTICLE) != 0;
  }

  /**
   * Where a name's span starts: at the title when one stands right before it ({@code Mrs Irene
   * Marsh}), over initials ({@code Mr J. Wolanczyk}, {@code J. R. Tolley}) and Gaelic particles
   * ({@code Ó Briain}); judicial titles, role words and post-nominals stay outside.
   */
  private int spanStart(int k) {
    int s = k;
    int initials = NameCues.initialsBefore(t, k);
    int p = k - 1;
    while (initials > 0) {
      if (t.isSym(p, '.')) {
        p--;
      }
      s = p;
      p--;
      initials--;
    }
    if (s == k && p >= 0 && NameCues.gaelicParticleBefore(t, k)) {
      s = p;
      p--;
    }
    if (s == k) {
      int q = lowerParticlesBefore(k);
      if (q < k && t.isWord(q - 1) && (t.words[q - 1] & NameWords.PERSONAL_TITLE) != 0) {
        s = q; // Dr van der Berg
        p = q - 1;
      }
    }
    int q = p;
    if (t.isSym(q, '.') && t.glued(q)) {
      q--;
    }
    if (q >= 0
        && t.isWord(q)
        && t.sameLine(q + 1)
        && (t.shape[q] & (Tokens.CAP | Tokens.UPPER)) != 0
        && (t.words[q] & NameWords.PERSONAL_TITLE) != 0
        && !t.has(q - 1, POSS_DET)) {
      s = q;
      // Mr and Mrs Ilyas: both titles belong to the name
      if (t.isWord(q - 1) && t.hash[q - 1] == AND_WORD && t.sameLine(q)
          && t.isWord(q - 2) && t.sameLine(q - 1)
          && (t.shape[q - 2] & (Tokens.CAP | Tokens.UPPER)) != 0
          && (t.words[q - 2] & NameWords.PERSONAL_TITLE) != 0) {
        s = q - 2;
      }
    }
    return s;
  }

  /** The strong cues; their reason codes are built once, not per finding. */
  private static final String[] STRONG = {
    null,
    "title",
    "post-nominal",
    "initials",
    "particle",
    "handle-after",
    "party",
    "family-title",
    "role-before",
    "date-of-birth-after",
    "possessive+role",
    "role-after",
    "age",
    "contact-verb",
    "named"
  };

  private static final String[] WHY = new String[STRONG.length * 16];

  static {
    for (int i = 0; i < STRONG.length; i++) {
      for (int e = 0; e < 8; e++) {
        WHY[(i * 8 + e) * 2] = buildWhy(false, STRONG[i], e);
        WHY[(i * 8 + e) * 2 + 1] = buildWhy(true, STRONG[i], e);
      }
    }
  }

  /** The reason code of a name: where the evidence came from. */
  private static String why(boolean known, String strong, int evidence) {
    for (int i = 0; i < STRONG.length; i++) {
      if (STRONG[i] == strong || (strong != null && strong.equals(STRONG[i]))) {
        return WHY[(i * 8 + (evidence & 7)) * 2 + (known ? 1 : 0)];
      }
    }
    return buildWhy(known, strong, evidence);
  }

  private static String buildWhy(boolean known, String strong, int evidence) {
    StringBuilder b = new StringBuilder(known ? "gazetteer" : "capitalised");
    if (strong != null) {
      b.append('+').append(strong);
    }
    if ((evidence & 1) != 0) {
      b.append("+reporting-verb");
    } else if ((evidence & 2) != 0) {
      b.append("+verb");
    }
    if ((evidence & 4) != 0) {
      b.append("+possessive");
    }
    return b.toString();
  }

}
