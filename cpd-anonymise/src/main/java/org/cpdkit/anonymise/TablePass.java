package org.cpdkit.anonymise;

import java.util.regex.Pattern;

/**
 * Tables as systems export them: a header line of short cells (comma, tab, semicolon or pipe
 * separated, or fixed-width columns set apart by runs of spaces) names what each column holds, so
 * a cell under {@code DOB}, {@code CaseRef}, {@code NHS No}, {@code Postcode} or {@code Allocated
 * worker} is that kind of identifier when its text has the kind's shape, cue or no cue around it.
 *
 * <p>Lines are found from the line starts the tokenizer records ({@link Tokens#lines}), so a text
 * costs one look per line; only a line of at most 120 tokens is counted for separators, and only
 * one that looks like a header is read character by character. Per-window state.
 */
final class TablePass {
  private static final int NONE = -1;
  private static final int NAME = 0;
  private static final int DOB = 1;
  private static final int CASE = 2;
  private static final int NHS = 3;
  private static final int NI = 4;
  private static final int PHONE = 5;
  private static final int POSTCODE = 6;
  private static final int ADDRESS = 7;
  private static final int INITIALS = 8;

  private static final IdentifierKind[] KIND = {
    IdentifierKind.PERSON_NAME,
    IdentifierKind.DATE_OF_BIRTH,
    IdentifierKind.CASE_REFERENCE,
    IdentifierKind.NHS_NUMBER,
    IdentifierKind.NI_NUMBER,
    IdentifierKind.PHONE,
    IdentifierKind.POSTCODE,
    IdentifierKind.STREET_ADDRESS,
    IdentifierKind.PERSON_NAME
  };

  /** The most cells a header has, and the most characters in one of its cells. */
  private static final int MAX_CELLS = 40;

  private static final int MAX_HEADER_CELL = 40;

  private static final Pattern DATE =
      Pattern.compile(
          "\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2}"
              + "|\\d{1,2}(st|nd|rd|th)? [A-Za-z]{3,9}\\.? \\d{4}|[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4}");
  private static final Pattern NI_SHAPE =
      Pattern.compile("[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]");

  private final Tokens t;
  private final char[] c;
  private final int n;
  private final Collector out;

  /** Per column of the table being read: its kind (or NONE) and, for fixed width, its start. */
  private int[] kinds;

  private int[] columns;
  private int width;
  private char delimiter;

  /** Cells of the line just split: start and end offsets, trimmed. */
  private int[] cellStart;

  private int[] cellEnd;
  private int cells;

  /** The letters of the header cell being classified, lower-cased; made with the first header. */
  private StringBuilder letters;

  private static boolean letterOrDigit(char ch) {
    return Tokens.isLetter(ch) || Tokens.isDigit(ch);
  }

  /** What a table left open at a window's end carries to the next window of the same text. */
  static final class Open {
    final int[] kinds;
    final int[] columns;
    final int width;
    final char delimiter;

    Open(int[] kinds, int[] columns, int width, char delimiter) {
      this.kinds = kinds;
      this.columns = columns;
      this.width = width;
      this.delimiter = delimiter;
    }
  }

  private final DocumentEvidence evidence;
  private final boolean more;

  /**
   * @param evidence what the text's earlier windows said, the table they left open among it
   * @param more whether another window of the same text follows this one
   */
  TablePass(Tokens t, Collector out, DocumentEvidence evidence, boolean more) {
    this.t = t;
    this.c = t.c;
    this.n = t.n;
    this.out = out;
    this.evidence = evidence;
    this.more = more;
  }

  void run() {
    final int[] lines = t.lines;
    final int count = t.count;
    int tableEnd = 0;
    Open open = evidence.openTable;
    if (open != null) {
      // a long export cut into windows: its rows go on under the header an earlier window read
      evidence.openTable = null;
      allocate();
      System.arraycopy(open.kinds, 0, kinds, 0, open.width);
      System.arraycopy(open.columns, 0, columns, 0, open.width);
      width = open.width;
      delimiter = open.delimiter;
      tableEnd = rows(-1);
    }
    for (int li = 0, m = t.lineCount; li < m; li++) {
      int a = lines[li];
      int b = li + 1 < m ? lines[li + 1] : count;
      if (b - a >= 3 && b - a <= 3 * MAX_CELLS && t.start[a] >= tableEnd) {
        int end = header(a, b);
        if (end > 0) {
          tableEnd = end;
        }
      }
    }
  }

  /**
   * Reads the line of tokens [a, b) as a header if it is one, then the rows under it; returns the
   * offset where the table ends, or 0 when the line is no header.
   */
  private int header(int a, int b) {
    int commas = 0;
    int pipes = 0;
    int semis = 0;
    int tabs = 0;
    int gaps = 0;
    boolean word = false; // a word of two letters or more: every column's name has one
    for (int j = a; j < b; j++) {
      if (j - a == 10 && commas + pipes + semis + tabs + gaps == 0) {
        return 0; // a header's first cell is short: ten tokens and no separator is prose
      }
      if (t.type[j] == Tokens.WORD) {
        word |= t.end[j] - t.start[j] >= 2;
      } else if (t.type[j] == Tokens.SYM) {
        char ch = c[t.start[j]];
        if (ch == ',') {
          commas++;
        } else if (ch == '|') {
          pipes++;
        } else if (ch == ';') {
          semis++;
        } else if (ch == '.' || ch == '!' || ch == '?') {
          if (j + 1 < b && t.type[j + 1] == Tokens.WORD && !t.glued(j + 1)) {
            return 0; // a sentence goes on after its full stop: prose, not a header
          }
        }
      }
      if (j > a) {
        int gap = t.start[j] - t.end[j - 1];
        if (gap > 0 && c[t.end[j - 1]] == '\t') {
          tabs++;
        } else if (gap >= 2) {
          gaps++;
        }
      }
    }
    if (!word) {
      return 0;
    }
    if (tabs >= 2) {
      delimiter = '\t';
    } else if (pipes >= 2) {
      delimiter = '|';
    } else if (commas >= 2) {
      delimiter = ',';
    } else if (semis >= 2) {
      delimiter = ';';
    } else if (gaps >= 2) {
      delimiter = ' ';
    } else {
      return 0;
    }
    allocate();
    int from = lineStart(t.start[a]);
    int to = lineEnd(from);
    split(from, to);
    if (cells < 3 || cells > MAX_CELLS) {
      return 0;
    }
    int known = 0;
    width = cells;
    if (c[to - 1 > from ? to - 1 : from] == '.') {
      return 0; // a line that ends a sentence
    }
    if (mixedCase()) {
      return 0; // "Cathal Ó Dálaigh (COD), Social Worker, chair": a line of data, not of names
    }
    for (int i = 0; i < cells; i++) {
      int len = cellEnd[i] - cellStart[i];
      if (len > MAX_HEADER_CELL || !headerCell(cellStart[i], cellEnd[i])) {
        return 0;
      }
      kinds[i] = len == 0 ? NONE : column(cellStart[i], cellEnd[i]);
      columns[i] = cellStart[i] - from;
      if (kinds[i] != NONE) {
        known++;
      }
    }
    if (known == 0 || known == 1 && !sameWidthBelow(to)) {
      return 0; // one column known: only when the line below has as many cells
    }
    out.header(a, b);
    return rows(to);
  }

  /**
   * Reads the rows after the line ending at offset p (-1: from the window's start) up to a blank
   * line; returns where the table ends. A table that runs to the end of a window that another
   * window of the text follows is left open for it.
   */
  private int rows(int p) {
    while (p < n) {
      int s = p + 1; // after the line end
      if (s >= n) {
        break;
      }
      int e = lineEnd(s);
      if (blank(s, e)) {
        return s;
      }
      if (!rule(s, e)) {
        row(s, e);
      }
      p = e;
    }
    if (more) {
      evidence.openTable = new Open(
          java.util.Arrays.copyOf(kinds, width), java.util.Arrays.copyOf(columns, width), width,
          delimiter);
    }
    return n;
  }

  private void allocate() {
    if (kinds == null) { // made only when a line looks like a header: most texts have none
      kinds = new int[MAX_CELLS];
      columns = new int[MAX_CELLS];
      cellStart = new int[MAX_CELLS * 2];
      cellEnd = new int[MAX_CELLS * 2];
    }
  }

  /** Whether some cells of the line split last start in capitals and others in lower case. */
  private boolean mixedCase() {
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < cells; i++) {
      for (int j = cellStart[i]; j < cellEnd[i]; j++) {
        if (Tokens.isLetter(c[j])) {
          char ch = c[j];
          boolean up = ch < 128 ? ch <= 'Z' : Character.isUpperCase(ch);
          upper |= up;
          lower |= !up;
          break;
        }
      }
    }
    return upper && lower;
  }

  /** The cells of a header: words, with the marks column names use, and no sentence's. */
  private boolean headerCell(int s, int e) {
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (!(letterOrDigit(ch) || ch == ' ' || ch == '_' || ch == '/' || ch == '.'
          || ch == '#' || ch == '-' || ch == '(' || ch == ')' || ch == '&' || ch == '\''
          || ch == '"' || ch == '\u2019')) {
        return false;
      }
    }
    return true;
  }

  /** The first line below the header that is not a rule splits into as many cells. */
  private boolean sameWidthBelow(int to) {
    int s = to + 1;
    while (s < n) {
      int e = lineEnd(s);
      if (!rule(s, e)) {
        if (blank(s, e)) {
          return false;
        }
        split(s, e);
        return cells == width;
      }
      s = e + 1;
    }
    return false;
  }

  /** Finds the cells of one row and reports the ones under a known column. */
  private void row(int from, int to) {
    split(from, to);
    if (delimiter == ' ') {
      if (cellStart[0] > from) {
        return; // an indented line is a remark under the row before, not a row
      }
      for (int i = 0; i < cells; i++) {
        int col = column(cellStart[i] - from);
        if (col >= 0 && kinds[col] != NONE) {
          report(kinds[col], cellStart[i], cellEnd[i]);
        }
      }
    } else {
      if (cells < width - 1) {
        return; // fewer cells than the header: a line of prose or a note, not a row
      }
      for (int i = 0; i < Math.min(cells, width); i++) {
        if (kinds[i] != NONE) {
          report(kinds[i], cellStart[i], cellEnd[i]);
        }
      }
    }
  }

  /** The header column a fixed-width cell starting at this offset in its line belongs to. */
  private int column(int offset) {
    for (int i = 0; i < width; i++) {
      if (Math.abs(columns[i] - offset) <= 3) {
        return i;
      }
    }
    return -1;
  }

  private void report(int kind, int s, int e) {
    if (e - s >= 2 && (c[s] == '"' || c[s] == '\'') && c[e - 1] == c[s]) {
      s++;
      e--;
      while (s < e && Tokens.isSpace(c[s])) {
        s++;
      }
      while (e > s && Tokens.isSpace(c[e - 1])) {
        e--;
      }
    }
    if (e <= s || e - s > 100) {
      return;
    }
    if (valid(kind, s, e)) {
      out.add(KIND[kind], s, e, kind == NAME || kind == INITIALS ? 0.75 : 0.8, "table-column");
    }
  }

  private boolean valid(int kind, int s, int e) {
    int digits = 0;
    int letters = 0;
    for (int i = s; i < e; i++) {
      if (Tokens.isDigit(c[i])) {
        digits++;
      } else if (Tokens.isLetter(c[i])) {
        letters++;
      }
    }
    return switch (kind) {
      case DOB -> digits >= 4 && DATE.matcher(java.nio.CharBuffer.wrap(c, s, e - s)).matches();
      case CASE -> digits >= 3 && e - s <= 30 && reference(s, e);
      case NHS -> digits == 10 && letters == 0 && e - s <= 14;
      case NI -> NI_SHAPE.matcher(java.nio.CharBuffer.wrap(c, s, e - s)).matches();
      case PHONE -> digits >= 9 && digits <= 15 && letters == 0 && phoneChars(s, e);
      case POSTCODE -> digits >= 1 && e - s <= 10 && letters + digits >= 3 && alnumSpace(s, e);
      case ADDRESS -> digits >= 1 && letters >= 3;
      case NAME -> digits == 0 && letters >= 2 && name(s, e);
      case INITIALS -> digits == 0 && letters == e - s && initials(s, e);
      default -> false;
    };
  }

  /**
   * A cell of an initials or signature column: two to four letters, the first and most of the
   * rest capitals ({@code KA}, {@code TTĐ}, {@code MSh}).
   */
  private boolean initials(int s, int e) {
    if (e - s < 2 || e - s > 4 || !Character.isUpperCase(c[s])) {
      return false;
    }
    int lower = 0;
    for (int i = s + 1; i < e; i++) {
      if (!Character.isUpperCase(c[i])) {
        lower++;
      }
    }
    if (lower > 1 || lower == 1 && !Character.isLowerCase(c[e - 1])) {
      return false;
    }
    int j = firstToken(s);
    return j >= t.count || PLACEHOLDERS.get(t.hash[j]) == 0; // not YES, N/A, TBC
  }

  private boolean reference(int s, int e) {
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (!(letterOrDigit(ch) || ch == '/' || ch == '-' || ch == '_' || ch == '.')) {
        return false;
      }
    }
    return true;
  }

  private boolean phoneChars(int s, int e) {
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (!(Tokens.isDigit(ch) || ch == ' ' || ch == '+' || ch == '(' || ch == ')' || ch == '-'
          || ch == '.')) {
        return false;
      }
    }
    return true;
  }

  private boolean alnumSpace(int s, int e) {
    for (int i = s; i < e; i++) {
      if (!(letterOrDigit(c[i]) || c[i] == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cell that reads as a person's name: one to six words of letters (with hyphens,
   * apostrophes, full stops and a comma between surname and given name), none of them a role, a
   * team's or a service's word, or a placeholder such as {@code Unallocated}.
   */
  private boolean name(int s, int e) {
    int words = 0;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (Tokens.isLetter(ch)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (ch == ' ' || ch == ',') {
        inWord = false;
      } else if (!(ch == '-' || ch == '\'' || ch == '\u2019' || ch == '.')) {
        return false;
      }
    }
    if (words > 6) {
      return false;
    }
    int first = firstToken(s);
    for (int j = first; j < t.count && t.start[j] < e; j++) {
      if (t.type[j] != Tokens.WORD) {
        continue;
      }
      // a stop word opens no name (Not known, All staff) but may end one (Đặng, Thu Trang)
      int stop = j == first || (t.shape[j] & Tokens.CAP) == 0 ? Vocabulary.STOP : 0;
      if ((t.vocab[j] & (Vocabulary.ROLE | Vocabulary.DETERMINER | stop)) != 0
          && (t.vocab[j] & Vocabulary.TITLE) == 0
          || (t.words[j] & NameWords.ORG_END) != 0
          || PLACEHOLDERS.get(t.hash[j]) != 0 || ROLE_CELLS.get(t.hash[j]) != 0) {
        return false;
      }
    }
    return true;
  }

  private static final Lexicon PLACEHOLDERS =
      Lexicon.words(
          "unallocated allocated vacant tbc tba tbd unknown none nil various pending awaiting"
              + " closed open yes no n a na nfa duty agency cover sickness leave annual absent"
              + " present apologies all everyone various other same self anonymous anon withheld");

  /** A referrer's role where a person's column would hold a name. */
  private static final Lexicon ROLE_CELLS =
      Lexicon.words("amhp gp hv sw iro idva police school nursery hospital");

  private int firstToken(int offset) {
    int lo = 0;
    int hi = t.count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** What a header cell says its column holds. */
  private int column(int s, int e) {
    StringBuilder b = letters == null ? (letters = new StringBuilder(MAX_HEADER_CELL)) : letters;
    b.setLength(0);
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (Tokens.isLetter(ch)) {
        b.append(ch < 128 ? (char) (ch | 0x20) : Character.toLowerCase(ch));
      } else if (Tokens.isDigit(ch)) {
        return NONE; // Address line 2, Q3: not a column of one person's details
      }
    }
    if (b.length() < 2) {
      return NONE; // a, b, c: no column's name
    }
    String h = b.toString();
    if (h.equals("dob") || h.startsWith("dob") || h.contains("dateofbirth")
        || h.contains("birthdate") || h.equals("born") || h.equals("birthday")) {
      return DOB;
    }
    if (h.contains("nhs") || h.equals("chi") || h.startsWith("chino") || h.startsWith("chinum")
        || h.startsWith("hcno") || h.startsWith("hcnum") || h.startsWith("healthandcare")) {
      return NHS;
    }
    if (h.equals("ni") || h.startsWith("nino") || h.startsWith("ninum")
        || h.contains("nationalinsurance")) {
      return NI;
    }
    if (h.contains("postcode") || h.contains("zip") || h.contains("eircode")
        || h.contains("postalcode")) {
      return POSTCODE;
    }
    if (h.contains("email") || h.contains("web") || h.contains("url")) {
      return NONE; // the e-mail and web detectors read these on their own
    }
    if (h.contains("phone") || h.startsWith("tel") || h.contains("mobile")
        || h.equals("contactnumber")) {
      return PHONE;
    }
    if (h.contains("address") || h.equals("street")) {
      return ADDRESS;
    }
    if (h.equals("ref") || h.equals("reference") || h.equals("id") || h.equals("no")
        || reference(h)) {
      return CASE;
    }
    if (h.equals("initials") || h.endsWith("initials") || h.equals("inits")
        || h.startsWith("signature") || h.equals("signed") || h.equals("sig")
        || h.equals("am") || h.equals("pm")) {
      return INITIALS; // Initials, Worker initials, Signed, Signature (AM): a person's initials
    }
    if ((h.endsWith("name") || h.endsWith("names")) && !thingsName(h)) {
      return NAME;
    }
    if (PERSON_COLUMNS.get(Lexicon.hash(h)) != 0) {
      return NAME;
    }
    return NONE;
  }

  private static boolean reference(String h) {
    if (REFERENCE_ALONE.contains(h)) {
      return true; // Case, File, URN: a column of references named for what they are
    }
    for (String suffix : REFERENCE_SUFFIXES) {
      if (h.endsWith(suffix)) {
        String head = h.substring(0, h.length() - suffix.length());
        for (String p : REFERENCE_HEADS) {
          if (head.equals(p)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final java.util.Set<String> REFERENCE_ALONE =
      java.util.Set.of("case", "file", "crn", "urn", "upn", "ucrn", "mrn");

  private static final String[] REFERENCE_SUFFIXES = {
    "ref", "reference", "no", "number", "num", "id", "identifier"
  };

  private static final String[] REFERENCE_HEADS = {
    "case", "client", "person", "child", "file", "referral", "court", "mosaic", "lcs", "eclipse",
    "swift", "record", "serviceuser", "crn", "ur", "urn", "upn", "patient",
    "customer", "resident", "tenancy", "tenant", "claim", "application"
  };

  private static boolean thingsName(String h) {
    for (String p : THINGS) {
      if (h.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Columns named for a thing's name, not a person's: Team name, Course name, Venue name. */
  private static final String[] THINGS = {
    "team", "course", "venue", "file", "user", "org", "company", "provider", "place", "service",
    "setting", "site", "agency", "product", "event", "group", "programme", "program", "module",
    "project", "building", "room", "street", "road", "town", "city", "area", "locality", "ward",
    "unit", "hospital", "practice", "gp", "surgery", "school", "nursery", "college", "employer",
    "business", "trust", "council", "authority", "document", "form", "field", "column", "sheet",
    "host", "server", "account", "login", "screen", "display", "pet", "brand", "scheme", "session"
  };

  private static final Lexicon PERSON_COLUMNS =
      Lexicon.words(
          "worker allocatedworker socialworker keyworker caseworker practitioner manager"
              + " teammanager linemanager supervisor supervisee carer client child mother father"
              + " parent attendee delegate learner student trainer facilitator staff staffmember"
              + " officer author createdby updatedby modifiedby enteredby recordedby nok nextofkin"
              + " contact contactperson surname forename forenames firstname lastname givenname"
              + " familyname iro chair minutetaker referrer guardian presenter speaker interpreter"
              + " advocate assessor reviewer approvedby signedby owner assignedto allocatedto sw"
              + " tm who person subject employee member participant lead leadworker allocated"
              + " professional pa supervisingsw");

  private int lineStart(int offset) {
    int i = offset;
    while (i > 0 && c[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private int lineEnd(int from) {
    int i = from;
    while (i < n && c[i] != '\n') {
      i++;
    }
    return i;
  }

  private boolean blank(int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Tokens.isSpace(c[i])) {
        return false;
      }
    }
    return true;
  }

  /** A line of dashes, equals signs, pipes and colons: a header's rule, not a row. */
  private boolean rule(int s, int e) {
    boolean any = false;
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (ch == '-' || ch == '=' || ch == '_' || ch == '\u2014') {
        any = true;
      } else if (!(ch == ' ' || ch == '\t' || ch == '|' || ch == ':' || ch == '+' || ch == '\r')) {
        return false;
      }
    }
    return any;
  }

  /** Splits [from, to) into cells by the table's delimiter; quoted cells keep their delimiters. */
  private void split(int from, int to) {
    cells = 0;
    if (to > from && c[to - 1] == '\r') {
      to--;
    }
    if (delimiter == ' ') {
      int i = from;
      while (i < to && cells < cellStart.length) {
        while (i < to && c[i] == ' ') {
          i++;
        }
        if (i >= to) {
          break;
        }
        int s = i;
        int last = i;
        while (i < to) {
          if (c[i] == '\t' || c[i] == ' ' && i + 1 < to && c[i + 1] == ' ') {
            break;
          }
          if (c[i] != ' ') {
            last = i;
          }
          i++;
        }
        cellStart[cells] = s;
        cellEnd[cells] = last + 1;
        cells++;
        while (i < to && (c[i] == ' ' || c[i] == '\t')) {
          i++;
        }
      }
      return;
    }
    int s = from;
    boolean quoted = false;
    for (int i = from; i <= to && cells < cellStart.length; i++) {
      if (i < to && c[i] == '"') {
        quoted = !quoted;
      }
      if (i == to || c[i] == delimiter && !quoted) {
        int a = s;
        int b = i;
        while (a < b && Tokens.isSpace(c[a])) {
          a++;
        }
        while (b > a && Tokens.isSpace(c[b - 1])) {
          b--;
        }
        cellStart[cells] = a;
        cellEnd[cells] = b;
        cells++;
        s = i + 1;
      }
    }
  }
}
