package org.cpdkit.rules.anonymisation;

import static org.cpdkit.rules.anonymisation.Vocabulary.AGE_WORD;
import static org.cpdkit.rules.anonymisation.Vocabulary.AND;
import static org.cpdkit.rules.anonymisation.Vocabulary.AUX;
import static org.cpdkit.rules.anonymisation.Vocabulary.CITE_AFTER;
import static org.cpdkit.rules.anonymisation.Vocabulary.CITE_BEFORE;
import static org.cpdkit.rules.anonymisation.Vocabulary.DETERMINER;
import static org.cpdkit.rules.anonymisation.Vocabulary.FAMILY_TITLE;
import static org.cpdkit.rules.anonymisation.Vocabulary.ORG_NEXT;
import static org.cpdkit.rules.anonymisation.Vocabulary.PLACE_PREP;
import static org.cpdkit.rules.anonymisation.Vocabulary.POSS_DET;
import static org.cpdkit.rules.anonymisation.Vocabulary.REPORTING;
import static org.cpdkit.rules.anonymisation.Vocabulary.ROLE;
import static org.cpdkit.rules.anonymisation.Vocabulary.STOP;
import static org.cpdkit.rules.anonymisation.Vocabulary.THEORIST;
import static org.cpdkit.rules.anonymisation.Vocabulary.THEORY_NOUN;
import static org.cpdkit.rules.anonymisation.Vocabulary.TITLE;
import static org.cpdkit.rules.anonymisation.Vocabulary.YEARS;

/**
 * Scores each word as a possible person's name from the gazetteer and from context on both
 * sides, and reports runs of adjacent names as one finding. Three passes over the tokens (lexical
 * evidence, citations right to left, scoring), each linear.
 */
final class Names {
    private final Tokens t;
    private final char[] c;
    private final Lexicon names;
    private final double threshold;
    private final int[] nameFlags;
    private final boolean[] cite;
    private final double[] score;
    private final String[] reason;

    Names(Tokens t, Lexicon names, double threshold) {
        this.t = t;
        this.c = t.c;
        this.names = names;
        this.threshold = threshold;
        this.nameFlags = new int[t.count];
        this.cite = new boolean[t.count];
        this.score = new double[t.count];
        this.reason = new String[t.count];
    }

    private boolean capital(int k) {
        return t.isWord(k) && (t.shape[k] & Tokens.CAP) != 0;
    }

    /** I'm, we're, don't, I'll: an apostrophe with at most two letters after it. */
    private boolean contraction(int k) {
        int e = t.end[k];
        for (int i = e - 1; i >= e - 3 && i > t.start[k]; i--) {
            if (Tokens.isApostrophe(c[i])) {
                return true;
            }
        }
        return false;
    }

    private int lookup(int k) {
        if ((t.shape[k] & Tokens.JOINED) != 0 && contraction(k)) {
            return 0;
        }
        int f = names.get(t.hash[k]);
        if (f == 0 && (t.shape[k] & Tokens.JOINED) != 0) {
            // Smith-Jones, Lacey-Mae, O'Neill: look the parts up
            int s = t.start[k];
            int e = t.end[k];
            long h = Lexicon.SEED;
            int all = -1;
            int any = 0;
            for (int i = s; i <= e; i++) {
                if (i == e || !Tokens.isLetter(c[i])) {
                    int pf = i - s >= 2 ? names.get(h) : 0;
                    if (i - s >= 2) {
                        all &= pf;
                        any |= pf;
                    }
                    h = Lexicon.SEED;
                    s = i + 1;
                } else {
                    h = Lexicon.step(h, Lexicon.lower(c[i]));
                }
            }
            if ((any & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0) {
                f = (any & (Lexicon.GIVEN | Lexicon.SURNAME | Lexicon.FREQUENT)) | (all & Lexicon.COMMON);
            }
        }
        return f;
    }

    private boolean sentenceStart(int k) {
        int p = k - 1;
        while (p >= 0 && t.type[p] == Tokens.SYM && "\"'\u201c\u2018(*-\u2022".indexOf(c[t.start[p]]) >= 0
                && (t.shape[p + 1] & Tokens.NEWLINE_BEFORE) == 0) {
            p--;
        }
        if (p < 0 || (t.shape[p + 1] & Tokens.NEWLINE_BEFORE) != 0) {
            return true;
        }
        if (t.type[p] == Tokens.SYM) {
            char ch = c[t.start[p]];
            return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';';
        }
        return false;
    }

    void run(Collector out) {
        final int count = t.count;
        for (int k = 0; k < count; k++) {
            if (t.type[k] == Tokens.WORD && t.len(k) >= 2) {
                boolean cand = (t.shape[k] & Tokens.CAP) != 0
                        || t.has(k - 1, TITLE | FAMILY_TITLE | ROLE) || t.isSym(k - 1, ',')
                        || (t.shape[k] & Tokens.POSSESSIVE) != 0;
                if (cand) {
                    nameFlags[k] = lookup(k);
                }
            }
        }
        // citations: Munro (2011), Rogers, M. and Allen, D. (2021), Ferguson and Smith (2019), et al.
        for (int k = count - 1; k >= 0; k--) {
            if (!capital(k) && !(t.isWord(k) && (t.shape[k] & Tokens.UPPER) != 0)) {
                continue;
            }
            int j = k + 1;
            boolean c1 = (t.isSym(j, '(') && t.isNum(j + 1) && t.len(j + 1) == 4)
                    || (t.isSym(j, ',') && t.isNum(j + 1) && t.len(j + 1) == 4)
                    || t.has(j, CITE_AFTER)
                    || (t.isSym(j, ',') && t.isWord(j + 1) && t.len(j + 1) == 1 && t.isSym(j + 2, '.'))
                    || (t.isSym(j, ',') && t.isWord(j + 1) && (t.shape[j + 1] & Tokens.UPPER) != 0
                        && t.len(j + 1) <= 3 && t.isSym(j + 2, '.'))
                    || t.has(k - 1, CITE_BEFORE)
                    || ((t.shape[k] & Tokens.POSSESSIVE) != 0 && t.has(j, THEORY_NOUN))
                    || (t.has(j, AND) && j + 1 < count && cite[j + 1])
                    || (t.isSym(j, '&') && j + 1 < count && cite[j + 1])
                    || (t.isSym(j, ',') && capital(j + 1) && j + 1 < count && cite[j + 1])
                    || (capital(j) && cite[j] && t.sameLine(j) && !t.glued(j));
            cite[k] = c1;
        }
        for (int k = 1; k < count; k++) {
            if (cite[k - 1] && capital(k) && !cite[k] && (t.has(k - 1, AND) || t.isSym(k - 1, '&'))) {
                cite[k] = true;
            }
            if (k >= 2 && cite[k - 2] && capital(k) && (t.has(k - 1, AND) || t.isSym(k - 1, '&'))) {
                cite[k] = true;
            }
        }
        for (int k = 0; k < count; k++) {
            if (t.type[k] == Tokens.WORD && t.len(k) >= 2) {
                score(k);
            }
        }
        // pairs: a given name followed by a capitalised name-like word
        for (int k = 0; k + 1 < count; k++) {
            if (score[k] >= threshold && capital(k + 1) && t.sameLine(k + 1) && !t.glued(k + 1)
                    && (t.shape[k] & Tokens.POSSESSIVE) == 0 && score[k + 1] < threshold
                    && (nameFlags[k + 1] & Lexicon.COMMON) == 0 && !cite[k + 1]
                    && (t.vocab[k + 1] & (STOP | ORG_NEXT | THEORIST | TITLE | ROLE)) == 0) {
                score[k + 1] = Math.max(score[k + 1], (nameFlags[k + 1] & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0
                        ? 0.8 : 0.6);
                reason[k + 1] = "follows-name";
            }
        }
        propagate();
        int k = 0;
        while (k < count) {
            if (score[k] < threshold || reason[k] == null) {
                k++;
                continue;
            }
            int e = k;
            double best = score[k];
            String why = reason[k];
            while (e + 1 < count && score[e + 1] >= threshold && t.sameLine(e + 1) && !t.glued(e + 1)
                    && (t.shape[e] & Tokens.POSSESSIVE) == 0) {
                e++;
                if (score[e] > best) {
                    best = score[e];
                    why = reason[e];
                }
            }
            out.add(IdentifierKind.PERSON_NAME, t.start[k], t.end[e], best, why);
            k = e + 1;
        }
    }

    /**
     * A name found with good evidence once is a name wherever it appears capitalised in the same
     * text ("Jade was embarrassed" after "Jade's mum").
     */
    private void propagate() {
        Lexicon seen = null;
        for (int k = 0; k < t.count; k++) {
            if (score[k] >= threshold && (t.shape[k] & Tokens.CAP) != 0) {
                if (seen == null) {
                    seen = new Lexicon(1100);
                }
                if (seen.size() < 1024) {
                    seen.add(t.hash[k], 1);
                }
            }
        }
        if (seen == null) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            if (score[k] < threshold && (t.shape[k] & Tokens.CAP) != 0 && t.len(k) >= 2 && !cite[k]
                    && (t.vocab[k] & (STOP | THEORIST | TITLE | ROLE)) == 0 && seen.get(t.hash[k]) != 0
                    && !(t.has(k + 1, ORG_NEXT) && capital(k + 1))) {
                score[k] = 0.75;
                reason[k] = "same-name-elsewhere";
            }
        }
    }

    private void score(int k) {
        int shape = t.shape[k];
        int v = t.vocab[k];
        int f = nameFlags[k];
        boolean cap = (shape & Tokens.CAP) != 0;
        boolean known = (f & (Lexicon.GIVEN | Lexicon.SURNAME)) != 0;
        boolean common = (f & Lexicon.COMMON) != 0;
        boolean given = (f & Lexicon.GIVEN) != 0;

        // strong cues
        String strong = null;
        int p = k - 1;
        if (t.isSym(p, '.') && t.glued(p) && t.has(p - 1, TITLE)) {
            p--;
        }
        if (t.has(p, TITLE) && t.sameLine(k) && (t.shape[p] & (Tokens.CAP | Tokens.UPPER)) != 0) {
            strong = "title";
        } else if (t.has(p, FAMILY_TITLE) && t.sameLine(k) && (cap || (t.shape[p] & Tokens.CAP) != 0)) {
            strong = "family-title";
        } else if (t.has(k - 1, ROLE) && t.sameLine(k) && (t.shape[k - 1] & Tokens.LOWER) != 0) {
            strong = "role-before";
        } else if (t.isSym(k - 1, ',') && t.has(k - 2, ROLE)
                && ((t.shape[k - 2] & Tokens.LOWER) != 0 || sentenceStart(k - 2))) {
            strong = "role-before";
        } else if ((t.isSym(k + 1, ',') || t.isSym(k + 1, '(')) && dobCue(k + 2)) {
            strong = "date-of-birth-after";
        } else if ((shape & Tokens.POSSESSIVE) != 0 && t.has(k + 1, ROLE)) {
            strong = "possessive+role";
        } else if (t.isSym(k + 1, ',') && t.has(k + 2, POSS_DET) && t.has(k + 3, ROLE)) {
            strong = "role-after";
        } else if (age(k)) {
            strong = "age";
        }

        double s;
        if (cap || (shape & Tokens.UPPER) != 0 && strong != null) {
            boolean start = sentenceStart(k);
            if (!cap) {
                s = known && !common ? 0.3 : 0.1;
            } else if (given && !common) {
                s = start ? 0.55 : 0.7;
            } else if (known && !common) {
                s = start ? 0.3 : 0.55;
            } else if (given) {
                boolean frequent = (f & Lexicon.FREQUENT) != 0;
                s = start ? (frequent ? 0.2 : 0.1) : (frequent ? 0.5 : 0.35);
            } else if (known) {
                s = start ? 0.05 : 0.15;
            } else {
                s = common ? 0 : (start ? 0.05 : 0.15);
            }
        } else if ((shape & Tokens.LOWER) != 0 && strong != null && known && !common) {
            s = 0.3;
        } else {
            score[k] = 0;
            return;
        }
        String why = known ? "gazetteer" : "capitalised";
        if (strong != null) {
            s += strong.startsWith("title") || strong.startsWith("family") ? 0.6 : 0.45;
            why = why + "+" + strong;
            if ((v & (STOP | THEORIST)) != 0 && !"title".equals(strong)) {
                s = 0;
            }
        } else {
            if (t.has(k + 1, REPORTING) && t.sameLine(k + 1)) {
                s += 0.3;
                why += "+reporting-verb";
            } else if (t.has(k + 1, AUX) && t.sameLine(k + 1)) {
                s += 0.1;
                why += "+verb";
            }
            if ((shape & Tokens.POSSESSIVE) != 0) {
                s += 0.15;
                why += "+possessive";
            }
            if (t.has(k - 1, DETERMINER) && (t.shape[k - 1] & Tokens.LOWER) != 0) {
                s -= 0.3;
            }
            if (t.has(k - 1, PLACE_PREP)) {
                s -= 0.2;
            }
            if (capital(k - 1) && t.sameLine(k) && score[k - 1] == 0 && !sentenceStart(k - 1)
                    && (t.vocab[k - 1] & (TITLE | FAMILY_TITLE)) == 0) {
                s -= 0.3; // Public Law, Health Bill: part of a capitalised name of a thing
            }
            if (anonymisedPhrase(k)) {
                s = 0;
            }
            if ((v & (STOP | THEORIST | TITLE | ROLE)) != 0) {
                s = 0;
            }
        }
        // vetoes that hold even against strong cues
        if (cite[k] && !"title".equals(strong)) {
            s = 0;
        }
        if (t.has(k + 1, ORG_NEXT) && capital(k + 1) && t.sameLine(k + 1)) {
            s = 0;
        }
        if ((v & (TITLE | ROLE)) != 0 && strong == null) {
            s = 0;
        }
        if (t.len(k) == 1) {
            s = 0;
        }
        score[k] = Math.min(1.0, s);
        reason[k] = why;
    }

    /** Young Person K, Child A, Family B: capitalised words ending in a single capital letter. */
    private boolean anonymisedPhrase(int k) {
        int j = k + 1;
        for (int n = 0; n < 3 && capital(j) && t.sameLine(j); n++) {
            j++;
        }
        return t.isWord(j) && t.len(j) == 1 && (t.shape[j] & Tokens.UPPER) != 0 && t.sameLine(j) && j > k;
    }

    private boolean dobCue(int j) {
        return t.has(j, Vocabulary.DOB_CUE)
                || (t.isWord(j) && t.len(j) == 1 && (c[t.start[j]] | 0x20) == 'd' && t.isSym(j + 1, '.'));
    }

    /** Tyler (7), Tyler (aged 7), Tyler, aged 7, Tyler, 7, and Tyler aged 7. */
    private boolean age(int k) {
        int j = k + 1;
        if (t.isSym(j, '(')) {
            int q = j + 1;
            if (t.has(q, AGE_WORD)) {
                q++;
            }
            if (t.isNum(q) && t.len(q) <= 2) {
                q++;
                if (t.has(q, YEARS)) {
                    q++;
                }
                return t.isSym(q, ')') || t.isSym(q, ',');
            }
            return false;
        }
        if (t.isSym(j, ',')) {
            j++;
            if (t.has(j, AGE_WORD) && t.isNum(j + 1)) {
                return true;
            }
            return t.isNum(j) && t.len(j) <= 2 && (t.isSym(j + 1, ',') || t.isSym(j + 1, '.') || t.has(j + 1, YEARS));
        }
        return t.has(j, AGE_WORD) && t.isNum(j + 1);
    }
}
