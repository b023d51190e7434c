package org.cpdkit.anonymise;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A labelled corpus of texts: identifier spans written {@code [[KIND|text]]} and look-alikes that
 * must not be flagged as a person written {@code {{KIND|text}}}; and the measures taken on it:
 * recall per kind, names found in full, precision overall and for names, documents with a miss,
 * look-alikes flagged as a person, false flags per 1,000 words of already anonymised text.
 */
final class LabelledCorpus {
  private static final Pattern SPAN = Pattern.compile("\\[\\[([A-Z_]+)\\|(.*?)]]|\\{\\{([A-Z_]+)\\|(.*?)}}");

  record Label(IdentifierKind kind, int start, int end) {}

  record LookAlike(String kind, int start, int end) {}

  record Doc(String name, boolean anonymised, String text, List<Label> labels, List<LookAlike> lookAlikes) {
    int number() {
      return Integer.parseInt(name.substring(name.lastIndexOf('/') + 1).substring(0, 3));
    }

    /** Odd-numbered files are looked at while improving the scanner; even-numbered ones are held out. */
    boolean development() {
      return number() % 2 == 1;
    }
  }

  private LabelledCorpus() {}

  /**
   * The documents under a class-path folder (and its sub-folders), named {@code NNN-….txt}, whose
   * first line is a header; the text starts after the header and one blank line.
   */
  static List<Doc> load(String resource, Predicate<Path> which) throws IOException, URISyntaxException {
    java.net.URL url = LabelledCorpus.class.getResource(resource);
    org.junit.jupiter.api.Assumptions.assumeTrue(url != null, "labelled corpus not present: " + resource);
    Path dir = Path.of(url.toURI());
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files
          .filter(f -> f.getFileName().toString().matches("\\d{3}-.*\\.txt"))
          .filter(which)
          .sorted()
          .toList()) {
        String raw = Files.readString(p, StandardCharsets.UTF_8);
        int nl = raw.indexOf('\n');
        String header = raw.substring(0, nl);
        boolean anonymised = header.toLowerCase(Locale.ROOT).contains("anonymised: yes");
        String body = raw.substring(nl + 1);
        if (body.startsWith("\n")) {
          body = body.substring(1);
        }
        StringBuilder text = new StringBuilder();
        List<Label> labels = new ArrayList<>();
        List<LookAlike> lookAlikes = new ArrayList<>();
        Matcher m = SPAN.matcher(body);
        int at = 0;
        while (m.find()) {
          text.append(body, at, m.start());
          int s = text.length();
          if (m.group(1) != null) {
            text.append(m.group(2));
            labels.add(new Label(IdentifierKind.valueOf(m.group(1)), s, text.length()));
          } else {
            text.append(m.group(4));
            lookAlikes.add(new LookAlike(m.group(3), s, text.length()));
          }
          at = m.end();
        }
        text.append(body.substring(at));
        String name = dir.relativize(p).toString().replace('\\', '/');
        docs.add(new Doc(name, anonymised, text.toString(), labels, lookAlikes));
      }
    }
    return docs;
  }

  static final class Tally {
    final Map<IdentifierKind, int[]> recall = new EnumMap<>(IdentifierKind.class); // hits, total
    final Map<String, int[]> lookAlikes = new TreeMap<>(); // flagged as a person, total
    int findings;
    int correct;
    int nameFindings;
    int nameCorrect;
    int namesInFull;
    /** Name labels that are initials or one letter (Mr K, D, EB), and those found in full. */
    int initialLabels;
    int initialsInFull;
    int docs;
    int docsWithMiss;
    int anonWords;
    int anonFalse;
    int labels;

    double recallOf(IdentifierKind k) {
      int[] r = recall.get(k);
      return r == null || r[1] == 0 ? Double.NaN : (double) r[0] / r[1];
    }

    double namesInFullShare() {
      int[] r = recall.get(IdentifierKind.PERSON_NAME);
      return r == null || r[1] == 0 ? Double.NaN : (double) namesInFull / r[1];
    }

    /** Names found in full among the labels that are not initials or one letter alone. */
    double namesInFullWithoutInitials() {
      int[] r = recall.get(IdentifierKind.PERSON_NAME);
      int n = r == null ? 0 : r[1] - initialLabels;
      return n == 0 ? Double.NaN : (double) (namesInFull - initialsInFull) / n;
    }

    double precision() {
      return findings == 0 ? 1 : (double) correct / findings;
    }

    double namePrecision() {
      return nameFindings == 0 ? 1 : (double) nameCorrect / nameFindings;
    }

    double missShare() {
      return docs == 0 ? 0 : (double) docsWithMiss / docs;
    }

    double falsePerThousand() {
      return anonWords == 0 ? 0 : 1000.0 * anonFalse / anonWords;
    }

    int lookAlikesFlagged() {
      return lookAlikes.values().stream().mapToInt(r -> r[0]).sum();
    }

    int lookAlikesTotal() {
      return lookAlikes.values().stream().mapToInt(r -> r[1]).sum();
    }

    double structuredRecall() {
      int h = 0;
      int n = 0;
      for (Map.Entry<IdentifierKind, int[]> e : recall.entrySet()) {
        if (e.getKey() != IdentifierKind.PERSON_NAME) {
          h += e.getValue()[0];
          n += e.getValue()[1];
        }
      }
      return n == 0 ? 1 : (double) h / n;
    }
  }

  private static boolean overlaps(IdentifierFinding f, int s, int e) {
    return f.start() < e && s < f.end();
  }

  static Tally evaluate(List<Doc> docs, IdentifierScanner scanner, boolean details) {
    Tally t = new Tally();
    for (Doc d : docs) {
      List<IdentifierFinding> found = scanner.scan(d.text());
      t.docs++;
      boolean miss = false;
      for (Label l : d.labels()) {
        boolean hit = found.stream().anyMatch(f -> f.kind() == l.kind() && overlaps(f, l.start(), l.end()));
        int[] r = t.recall.computeIfAbsent(l.kind(), k -> new int[2]);
        r[1]++;
        t.labels++;
        boolean initials = l.kind() == IdentifierKind.PERSON_NAME
            && initialsAlone(d.text().substring(l.start(), l.end()));
        if (initials) {
          t.initialLabels++;
        }
        if (hit) {
          r[0]++;
          if (l.kind() == IdentifierKind.PERSON_NAME && coveredInFull(found, l)) {
            t.namesInFull++;
            if (initials) {
              t.initialsInFull++;
            }
          } else if (l.kind() == IdentifierKind.PERSON_NAME && details) {
            System.out.println("PART  " + d.name() + " «" + context(d.text(), l.start(), l.end()) + "»");
          }
        } else {
          miss = true;
          if (details) {
            System.out.println("MISS  " + d.name() + " " + l.kind() + " «" + context(d.text(), l.start(), l.end()) + "»");
          }
        }
      }
      if (miss) {
        t.docsWithMiss++;
      }
      for (LookAlike a : d.lookAlikes()) {
        int[] r = t.lookAlikes.computeIfAbsent(a.kind(), k -> new int[2]);
        r[1]++;
        boolean flagged = found.stream()
            .anyMatch(f -> f.kind() == IdentifierKind.PERSON_NAME && overlaps(f, a.start(), a.end()));
        if (flagged) {
          r[0]++;
        }
      }
      for (IdentifierFinding f : found) {
        t.findings++;
        boolean name = f.kind() == IdentifierKind.PERSON_NAME;
        t.nameFindings += name ? 1 : 0;
        boolean ok = d.labels().stream().anyMatch(l -> f.kind() == l.kind() && overlaps(f, l.start(), l.end()));
        if (ok) {
          t.correct++;
          t.nameCorrect += name ? 1 : 0;
        } else {
          if (d.anonymised()) {
            t.anonFalse++;
          }
          if (details) {
            System.out.println("FALSE " + d.name() + " " + f.kind() + " " + f.reason() + " «"
                + context(d.text(), f.start(), f.end()) + "»");
          }
        }
      }
      if (d.anonymised()) {
        t.anonWords += d.text().split("\\s+").length;
      }
    }
    return t;
  }

  /**
   * Initials or one letter, with or without a title: Mr K, Mr and Mrs K, D, EB, A.B. The scanner's
   * contract reads these as already anonymised forms and does not flag them.
   */
  static boolean initialsAlone(String label) {
    String title = "(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.? ";
    String s = label.replaceFirst("^(?:" + title + "(?:and " + title + ")?)", "");
    return s.matches("(?:\\p{Lu}\\.?){1,3}");
  }

  /** Every letter of the label is inside a name finding. */
  private static boolean coveredInFull(List<IdentifierFinding> found, Label l) {
    int at = l.start();
    for (IdentifierFinding f : found) {
      if (f.kind() == IdentifierKind.PERSON_NAME && f.start() <= at && f.end() > at) {
        at = f.end();
      }
    }
    return at >= l.end();
  }

  private static String context(String text, int s, int e) {
    return text.substring(Math.max(0, s - 40), s).replace('\n', ' ')
        + "[" + text.substring(s, e) + "]"
        + text.substring(e, Math.min(text.length(), e + 30)).replace('\n', ' ');
  }

  /**
   * Measures a corpus written in folders, one writer each: prints its development and held-out
   * splits, then each folder, and returns the tally of all its files, after printing it too.
   * The misses of the development split are listed when {@code corpus.details} is set.
   */
  static Tally measureByFolder(String title, String resource, int fewestDocuments, List<String> folders)
      throws IOException, URISyntaxException {
    List<Doc> docs = load(resource, p -> true);
    assertThat(docs.size()).as("corpus documents").isGreaterThan(fewestDocuments);
    IdentifierScanner scanner = IdentifierScanner.standard();
    Tally dev = evaluate(docs.stream().filter(Doc::development).toList(), scanner, Boolean.getBoolean("corpus.details"));
    Tally held = evaluate(docs.stream().filter(d -> !d.development()).toList(), scanner, false);
    Tally all = evaluate(docs, scanner, false);
    System.out.println(table(title + ", development split (odd-numbered files)", dev));
    System.out.println(table(title + ", held-out split (even-numbered files)", held));
    for (String folder : folders) {
      List<Doc> in = docs.stream().filter(d -> d.name().startsWith(folder + "/")).toList();
      if (!in.isEmpty()) {
        System.out.println(table(title + ", folder " + folder + "/ (both splits)", evaluate(in, scanner, false)));
      }
    }
    System.out.println(table(title + ", all files", all));
    return all;
  }

  /** Asserts the floors a corpus's figures must not fall below (see docs/anonymisation.md). */
  static void assertFloors(Tally all, double nameRecall, double namePrecision, double structuredRecall, int lookAlikes) {
    assertThat(all.recallOf(IdentifierKind.PERSON_NAME)).as("name recall").isGreaterThanOrEqualTo(nameRecall);
    assertThat(all.namePrecision()).as("name precision").isGreaterThanOrEqualTo(namePrecision);
    assertThat(all.structuredRecall()).as("structured recall").isGreaterThanOrEqualTo(structuredRecall);
    assertThat(all.lookAlikesFlagged()).as("look-alikes flagged as a person").isLessThanOrEqualTo(lookAlikes);
  }

  static String table(String title, Tally t) {
    StringBuilder b = new StringBuilder();
    b.append(title).append(String.format(Locale.ROOT, " (%d documents, %d labels)%n", t.docs, t.labels));
    b.append(String.format(Locale.ROOT, "| %-15s | %7s | %7s |%n", "kind", "labels", "recall"));
    for (IdentifierKind k : IdentifierKind.values()) {
      int[] r = t.recall.get(k);
      if (r != null) {
        b.append(String.format(Locale.ROOT, "| %-15s | %7d | %7.3f |%n", k, r[1], t.recallOf(k)));
      }
    }
    b.append(String.format(Locale.ROOT,
        "structured recall %.3f; names found in full %.3f; name precision %.3f (%d of %d name findings);"
            + " precision %.3f (%d of %d findings); documents with a miss %.1f %% (%d of %d)",
        t.structuredRecall(), t.namesInFullShare(), t.namePrecision(), t.nameCorrect, t.nameFindings,
        t.precision(), t.correct, t.findings, 100 * t.missShare(), t.docsWithMiss, t.docs));
    if (t.anonWords > 0) {
      b.append(String.format(Locale.ROOT, "; false flags per 1,000 words of anonymised text %.2f (%d in %d words)",
          t.falsePerThousand(), t.anonFalse, t.anonWords));
    }
    b.append(String.format(Locale.ROOT, "%n"));
    if (t.initialLabels > 0) {
      b.append(String.format(Locale.ROOT,
          "names found in full without the %d labels that are initials or one letter (Mr K, D, EB),"
              + " which the contract reads as anonymised: %.3f%n",
          t.initialLabels, t.namesInFullWithoutInitials()));
    }
    if (!t.lookAlikes.isEmpty()) {
      b.append(String.format(Locale.ROOT, "look-alikes flagged as a person: %d of %d", t.lookAlikesFlagged(),
          t.lookAlikesTotal()));
      for (Map.Entry<String, int[]> e : t.lookAlikes.entrySet()) {
        b.append(String.format(Locale.ROOT, "; %s %d of %d", e.getKey(), e.getValue()[0], e.getValue()[1]));
      }
      b.append(String.format(Locale.ROOT, "%n"));
    }
    return b.toString();
  }
}
