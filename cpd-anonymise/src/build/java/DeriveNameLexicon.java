/*
 * Derives the compact name lexicon used by the identifier scanner
 * (cpd-anonymise/src/main/resources/org/cpdkit/anonymise/names.lex.gz)
 * from the published name lists and the SCOWL British English word list.
 *
 * Run from the repository root (Java 17+, no build needed):
 *
 *   java cpd-anonymise/src/build/java/DeriveNameLexicon.java \
 *       <names-dir-with-given-names.tsv-and-surnames.tsv> <british-english.txt> \
 *       cpd-anonymise/src/main/resources/org/cpdkit/anonymise/names.lex.gz \
 *       cpd-anonymise/src/build/data/given-name-short-forms.txt
 *
 * Which names are kept, and why (see docs/anonymisation.md):
 *  - given names counted in the US SSA lists: total of at least 100 births, which drops the
 *    long tail of one-off spellings that mostly collide with ordinary tokens;
 *  - given names counted only in the UK lists (ONS, NRS, NISRA): at least 20 births, because
 *    these lists are much smaller and carry the names of the UK's newer communities;
 *  - surnames from the US 2000 census: at least 300 bearers;
 *  - list-only names (count 0, from national lists of common names) are all kept: they are few and
 *    they add common names of many countries;
 *  - the short forms of given names that British speech and writing use (gaz, kez, robbo), from a
 *    list written for the project: birth registers never hold them.
 * Each kept name carries flags: G (given name), S (surname), and C when the lower-case form is an
 * ordinary English word in the SCOWL list (hope, will, grace, mark), which makes the scanner ask
 * for a stronger cue before calling it a person, and F when the name is frequent (at least 20,000
 * births or bearers), which makes a capitalised use mid-sentence more telling.
 *
 * Output format: gzip of UTF-8 lines "name<TAB>flags", sorted by name, after a header line.
 */
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

public class DeriveNameLexicon {
  static final int GIVEN = 1, SURNAME = 2, COMMON = 4, FREQUENT = 8;

  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      System.err.println(
          "usage: DeriveNameLexicon <names-dir> <british-english.txt> <out.gz> [short-forms.txt]");
      System.exit(2);
    }
    Path names = Path.of(args[0]);
    Set<String> words = new HashSet<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      if (!line.isEmpty() && Character.isLowerCase(line.charAt(0)) && !line.endsWith("'s")) {
        words.add(line);
      }
    }
    Map<String, Integer> flags = new TreeMap<>();
    read(
        names.resolve("given-names.tsv"),
        GIVEN,
        flags,
        (count, source) -> count == 0 || (source.contains("ssa-us") ? count >= 100 : count >= 20));
    read(
        names.resolve("surnames.tsv"),
        SURNAME,
        flags,
        (count, source) -> count == 0 || count >= 300);
    if (args.length == 4) {
      for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
        String form = line.strip();
        if (!form.isEmpty() && !form.startsWith("#")) {
          flags.merge(form.toLowerCase(Locale.ROOT), GIVEN, (a, b) -> a | b);
        }
      }
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : flags.entrySet()) {
      if (words.contains(e.getKey())) {
        e.setValue(e.getValue() | COMMON);
        common++;
      }
    }
    Path out = Path.of(args[2]);
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(out)) {
              {
                def.setLevel(9);
              }
            },
            StandardCharsets.UTF_8)) {
      w.write(
          "# cpdkit name lexicon v1: name<TAB>flags (G given, S surname, C common English word, F"
              + " frequent)\n");
      for (Map.Entry<String, Integer> e : flags.entrySet()) {
        int f = e.getValue();
        w.write(e.getKey());
        w.write('\t');
        if ((f & GIVEN) != 0) w.write('G');
        if ((f & SURNAME) != 0) w.write('S');
        if ((f & COMMON) != 0) w.write('C');
        if ((f & FREQUENT) != 0) w.write('F');
        w.write('\n');
      }
    }
    System.out.printf(
        "%d names (%d also common words), %d bytes%n", flags.size(), common, Files.size(out));
  }

  interface Keep {
    boolean test(long count, String source);
  }

  static void read(Path tsv, int flag, Map<String, Integer> into, Keep keep) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || !keep.test(Long.parseLong(f[1]), f[2])) {
          continue;
        }
        String name = Normalizer.normalize(f[0].toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        // The scanner hashes letters only (it skips apostrophes, hyphens and dots), so store
        // the same form: o'neill and oneill meet.
        StringBuilder key = new StringBuilder(name.length());
        boolean ok = true;
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          if (Character.isLetter(c)) {
            key.append(c);
          } else if (c == ' ') {
            ok = false; // multi-word forms (van den berg) are matched word by word
            break;
          }
        }
        if (!ok || key.length() < 2) {
          continue;
        }
        int f2 = flag | (Long.parseLong(f[1]) >= 20_000 ? FREQUENT : 0);
        into.merge(key.toString(), f2, (a, b) -> a | b);
      }
    }
  }
}
