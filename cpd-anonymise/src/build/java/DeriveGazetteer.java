/*
 * Derives the place gazetteer and the English word list used by the identifier scanner
 * (cpd-anonymise/src/main/resources/org/cpdkit/anonymise/places.lex.gz and words.lex.gz) from the
 * published place lists, the UK local authority list in src/build/data and the SCOWL British
 * English word list.
 *
 * Run from the repository root (Java 17+, no build needed):
 *
 *   java cpd-anonymise/src/build/java/DeriveGazetteer.java \
 *       <places-dir-with-cities.tsv-and-countries.csv> \
 *       cpd-anonymise/src/build/data/uk-local-authorities.txt <british-english.txt> \
 *       cpd-anonymise/src/main/resources/org/cpdkit/anonymise
 *
 * Which places are kept, and why (see docs/anonymisation.md):
 *  - every populated place of the United Kingdom and Ireland in the GeoNames extract (at least
 *    1,000 inhabitants, or a borough or district of a city), because the texts are British;
 *  - elsewhere, places of at least 50,000 inhabitants, capitals and seats of first-order
 *    divisions, so the world's cities are known without the many small places whose names are
 *    people's names everywhere;
 *  - every country, by its English and its native name;
 *  - every UK local authority area and county, whole and, for joined names ("Kensington and
 *    Chelsea"), each part;
 *  - the districts and estates of the UK's and Ireland's towns and cities in uk-districts.txt and
 *    the regions of other countries in world-regions.txt, both read from the directory of the
 *    local authorities' list.
 * A place is context, never a veto on its own: many places are also people's names.
 * Each entry is the lower-cased letters of the name without spaces or punctuation (the scanner
 * hashes letters only), once as written and once without diacritics; flags: P place, U a place in
 * the United Kingdom or Ireland, C country, L UK local authority or county, M the first word of a place of several words (so the scanner
 * knows when to look at the next word too).
 *
 * The word list keeps the SCOWL entries that start with a lower-case letter (ordinary English
 * words), without possessives, up to 16 letters.
 *
 * Output format: gzip of UTF-8 lines "key<TAB>flags" (places) or "word" (words), sorted, after a
 * header line.
 */
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

public class DeriveGazetteer {

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println(
          "usage: DeriveGazetteer <places-dir> <uk-local-authorities.txt> <british-english.txt>"
              + " <out-dir>");
      System.exit(2);
    }
    Path places = Path.of(args[0]);
    Map<String, String> flags = new TreeMap<>();
    int kept = 0;
    try (BufferedReader r =
        Files.newBufferedReader(places.resolve("cities.tsv"), StandardCharsets.UTF_8)) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          continue;
        }
        String country = f[1];
        String feature = f[2];
        long population = f[3].isEmpty() ? 0 : Long.parseLong(f[3]);
        boolean local = country.equals("GB") || country.equals("IE");
        boolean big =
            population >= 50_000 || feature.equals("PPLC") || feature.equals("PPLA");
        if (local || big) {
          add(flags, f[0], local ? "PU" : "P");
          kept++;
        }
      }
    }
    for (String line : Files.readAllLines(places.resolve("countries.csv"), StandardCharsets.UTF_8)) {
      List<String> f = csv(line);
      if (f.size() < 3 || f.get(0).equals("Code")) {
        continue;
      }
      add(flags, f.get(1), "PC");
      add(flags, f.get(2), "PC");
    }
    int authorities = 0;
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      authorities++;
      add(flags, name, "PL");
      for (String part : name.split(",| and | with ")) {
        if (!part.isBlank()) {
          add(flags, part.strip(), "PL");
        }
      }
    }
    // beside the local authorities: the UK's districts and the world's regions, written by hand
    // (a district that is also a name in the name lexicon already derived into out-dir, Openshaw,
    // Moseley, is only a place: the UK's flag would weaken "Jade Openshaw")
    Path data = Path.of(args[1]).toAbsolutePath().getParent();
    Path out = Path.of(args[3]);
    Set<String> names = nameKeys(out.resolve("names.lex.gz"));
    int districts = addList(flags, data.resolve("uk-districts.txt"), "PU", names);
    int regions = addList(flags, data.resolve("world-regions.txt"), "P", Set.of());
    try (Writer w = gzip(out.resolve("places.lex.gz"))) {
      w.write(
          "# cpdkit place gazetteer v1: letters<TAB>flags (P place, U in the UK or Ireland, C"
              + " country, L UK local authority or county, M first word of a place of several"
              + " words)\n");
      for (Map.Entry<String, String> e : flags.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    Set<String> words = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()
          && Character.isLowerCase(line.charAt(0))
          && !line.endsWith("'s")
          && line.length() <= 16) {
        String key = letters(line);
        if (key.length() >= 2) {
          words.add(key);
        }
      }
    }
    try (Writer w = gzip(out.resolve("words.lex.gz"))) {
      w.write("# cpdkit English word list v1 (SCOWL british-english, lower-case entries)\n");
      for (String word : words) {
        w.write(word + "\n");
      }
    }
    System.out.printf(
        "%d place keys from %d place rows, %d local authority names, %d districts and %d regions;"
            + " %d words%n",
        flags.size(), kept, authorities, districts, regions, words.size());
  }

  /**
   * Adds every name of a list of one name per line (# for comments) with the flags f, or as a
   * place alone when the name is one of the people's names given.
   */
  private static int addList(Map<String, String> flags, Path list, String f, Set<String> names)
      throws IOException {
    int n = 0;
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        add(flags, name, names.contains(letters(name.toLowerCase(Locale.ROOT))) ? "P" : f);
        n++;
      }
    }
    return n;
  }

  /** The keys of the name lexicon derived by DeriveNameLexicon (gzip, "name<TAB>flags" lines). */
  private static Set<String> nameKeys(Path lexicon) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (BufferedReader r =
        new BufferedReader(
            new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(lexicon)),
                StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          keys.add(line.substring(0, tab));
        }
      }
    }
    return keys;
  }

  private static Writer gzip(Path p) throws IOException {
    return new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(p)) {
          {
            def.setLevel(9);
          }
        },
        StandardCharsets.UTF_8);
  }

  /** Adds a place as written and without diacritics; marks the first word of a multi-word one. */
  private static void add(Map<String, String> flags, String name, String f) {
    String nfc = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    for (String form : new String[] {nfc, stripped(nfc)}) {
      String key = letters(form);
      if (key.length() < 2) {
        continue;
      }
      flags.merge(key, f, DeriveGazetteer::union);
      String[] words = form.trim().split("[\\s-]+");
      if (words.length > 1) {
        String first = letters(words[0]);
        if (first.length() >= 2) {
          flags.merge(first, "M", DeriveGazetteer::union);
        }
      }
    }
  }

  private static String union(String a, String b) {
    StringBuilder s = new StringBuilder();
    for (char c : "PUCLM".toCharArray()) {
      if (a.indexOf(c) >= 0 || b.indexOf(c) >= 0) {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static String stripped(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return Normalizer.normalize(b.toString(), Normalizer.Form.NFC)
        .replace("ł", "l")
        .replace("ø", "o")
        .replace("đ", "d")
        .replace("ı", "i")
        .replace("ß", "ss")
        .replace("æ", "ae")
        .replace("œ", "oe");
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
