package org.cpdkit.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.entry.ActivityType;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.entry.EvidenceReference;
import org.cpdkit.core.entry.PeerReflection;
import org.cpdkit.core.entry.ReflectionMode;
import org.cpdkit.core.entry.ReflectionModel;
import org.cpdkit.core.entry.StructuredReflection;
import org.cpdkit.core.portfolio.HcpcProfession;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.standard.StandardCode;

/** Reads the entries CSV: all rows, or the first problem; never part of a file. */
final class CsvReader {

  private static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();

  private CsvReader(String source, List<String> header) {
    this.source = source;
    this.header = header;
  }

  static List<CpdEntry> entries(String text, String source) {
    List<CpdEntry> out = new ArrayList<>();
    read(text, source, false, (r, row) -> out.add(r.entry(row)));
    return out;
  }

  static List<Portfolio> portfolios(String text, String source) {
    Map<String, Practitioner> practitioners = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    Map<String, List<CpdEntry>> entries = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> ids = new HashMap<>();
    read(text, source, true, (r, row) -> {
      Practitioner p = r.practitioner(row);
      String number = p.registrationNumber();
      Practitioner earlier = practitioners.putIfAbsent(number, p);
      if (earlier != null && !earlier.equals(p)) {
        String col = !earlier.regulator().equals(p.regulator()) ? CsvColumns.REGULATOR
            : !earlier.registeredOn().equals(p.registeredOn()) ? CsvColumns.REGISTERED_ON
            : !earlier.hcpcProfession().equals(p.hcpcProfession()) ? CsvColumns.HCPC_PROFESSION
            : CsvColumns.ASSESSED_YEAR_COMPLETED_ON;
        throw r.error(row, col, "differs from row " + firstRow.get(number) + " for the same registration number");
      }
      firstRow.putIfAbsent(number, (int) row.getRecordNumber());
      List<CpdEntry> list = entries.computeIfAbsent(number, k -> new ArrayList<>());
      if (r.isBlankEntry(row)) {
        return;
      }
      CpdEntry e = r.entry(row);
      Integer other = ids.computeIfAbsent(number, k -> new HashMap<>()).putIfAbsent(e.id(), (int) row.getRecordNumber());
      if (other != null) {
        throw r.error(row, "id", "the same entry id as row " + other + " for this registration number");
      }
      list.add(e);
    });
    List<Portfolio> out = new ArrayList<>();
    practitioners.forEach((number, p) -> {
      try {
        out.add(Portfolio.builder().practitioner(p).entries(entries.get(number)).build());
      } catch (InvalidValueException e) {
        throw new CsvFormatException(source, firstRow.get(number), 0, null, e.getMessage());
      }
    });
    return out;
  }

  interface RowHandler {
    void row(CsvReader reader, CSVRecord row);
  }

  private static void read(String text, String source, boolean portfolios, RowHandler handler) {
    long records = 0;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(ReportCsv.FORMAT).get()) {
      CsvReader reader = null;
      try {
        for (CSVRecord row : parser) {
          records = row.getRecordNumber();
          if (reader == null) {
            reader = header(row, source, portfolios);
          } else {
            reader.check(row);
            handler.row(reader, row);
          }
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw quoting(source, records + 1, parser.getCurrentLineNumber(), e);
      }
      if (reader == null) {
        throw new CsvFormatException(source, 1, 0, null, "the file is empty; the first row must be the header");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CsvFormatException quoting(String source, long row, long line, RuntimeException e) {
    String m = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
    String problem = m.contains("EOF")
        ? "a quoted cell is not closed before the end of the file (it opens on or before line " + line + ")"
        : "a closing quote is followed by other characters (line " + line
            + "); inside a quoted cell, write a quote as two quotes";
    return new CsvFormatException(source, (int) row, 0, null, problem);
  }

  private static CsvReader header(CSVRecord row, String source, boolean portfolios) {
    List<String> names = new ArrayList<>();
    row.forEach(names::add);
    CsvReader r = new CsvReader(source, names);
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (n.isBlank()) {
        throw new CsvFormatException(source, 1, i + 1, null, "a column has no name");
      }
      if (!CsvColumns.KNOWN.contains(n) && !CsvColumns.isExtension(n)) {
        String close = CsvColumns.closest(n);
        throw new CsvFormatException(source, 1, i + 1, null,
            "unknown column \"" + n + "\"" + (close == null ? "" : "; did you mean \"" + close + "\"?"));
      }
      if (r.index.putIfAbsent(n, i) != null) {
        throw new CsvFormatException(source, 1, i + 1, n, "the column appears twice");
      }
    }
    List<String> required = new ArrayList<>(CsvColumns.REQUIRED);
    if (portfolios) {
      required.addAll(0, List.of(CsvColumns.REGISTRATION_NUMBER, CsvColumns.REGULATOR));
    }
    for (String n : required) {
      if (!r.index.containsKey(n)) {
        throw new CsvFormatException(source, 1, 0, null, "missing column \"" + n + "\"");
      }
    }
    if (!r.index.containsKey("reflectionModel")) {
      for (String s : CsvColumns.SECTIONS) {
        if (r.index.containsKey(s)) {
          throw new CsvFormatException(source, 1, r.index.get(s) + 1, s, "needs a reflectionModel column");
        }
      }
    }
    return r;
  }

  private void check(CSVRecord row) {
    if (row.size() != header.size()) {
      throw new CsvFormatException(source, (int) row.getRecordNumber(), 0, null,
          "has " + row.size() + (row.size() == 1 ? " cell" : " cells") + " where the header has " + header.size());
    }
    for (int i = 0; i < row.size(); i++) {
      String v = row.get(i);
      if (!v.isEmpty() && ReportCsv.isFormulaStart(v.charAt(0)) && v.charAt(0) != '\t' && v.charAt(0) != '\r') {
        throw new CsvFormatException(source, (int) row.getRecordNumber(), i + 1, header.get(i),
            "starts with " + v.charAt(0) + ", which a spreadsheet runs as a formula; start it with an apostrophe (')"
                + " to keep it as text");
      }
    }
  }

  CsvFormatException error(CSVRecord row, String column, String problem) {
    Integer i = index.get(column);
    return new CsvFormatException(source, (int) row.getRecordNumber(), i == null ? 0 : i + 1, column, problem);
  }

  /** The cell, with a neutralising apostrophe removed; empty when the column is absent. */
  private String cell(CSVRecord row, String column) {
    Integer i = index.get(column);
    if (i == null) {
      return "";
    }
    String v = row.get(i);
    if (v.length() > 1 && v.charAt(0) == '\'' && (ReportCsv.isFormulaStart(v.charAt(1)) || v.charAt(1) == '\'')) {
      return v.substring(1);
    }
    return v;
  }

  private Optional<String> optional(CSVRecord row, String column) {
    String v = cell(row, column);
    return v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  private String required(CSVRecord row, String column) {
    String v = cell(row, column);
    if (v.isBlank()) {
      throw error(row, column, "must not be blank");
    }
    return v;
  }

  boolean isBlankEntry(CSVRecord row) {
    for (String c : CsvColumns.ENTRY) {
      if (!cell(row, c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  Practitioner practitioner(CSVRecord row) {
    String number = required(row, CsvColumns.REGISTRATION_NUMBER);
    Regulator regulator = code(row, CsvColumns.REGULATOR, Regulator.class, "regulator");
    Practitioner.Builder b = Practitioner.builder().registrationNumber(number).regulator(regulator);
    optional(row, CsvColumns.REGISTERED_ON).ifPresent(d -> b.registeredOn(date(row, CsvColumns.REGISTERED_ON)));
    optional(row, CsvColumns.HCPC_PROFESSION)
        .ifPresent(v -> b.hcpcProfession(code(row, CsvColumns.HCPC_PROFESSION, HcpcProfession.class, "HCPC profession")));
    optional(row, CsvColumns.ASSESSED_YEAR_COMPLETED_ON)
        .ifPresent(d -> b.assessedYearCompletedOn(date(row, CsvColumns.ASSESSED_YEAR_COMPLETED_ON)));
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw error(row, column(e.field()), e.rule());
    }
  }

  CpdEntry entry(CSVRecord row) {
    CpdEntry.Builder b = CpdEntry.builder()
        .id(required(row, "id"))
        .title(required(row, "title"))
        .date(date(row, "date"));
    optional(row, "activityType").ifPresent(v -> b.activityType(code(row, "activityType", ActivityType.class, "activity type")));
    optional(row, "activityDescription").ifPresent(b::activityDescription);
    optional(row, "endDate").ifPresent(d -> b.endDate(date(row, "endDate")));
    optional(row, "minutes").ifPresent(m -> b.timeSpent(Duration.ofMinutes(minutes(row, m))));
    optional(row, "participatory").ifPresent(v -> b.participatory(bool(row, "participatory", v)));
    optional(row, "status").ifPresent(v -> b.status(code(row, "status", EntryStatus.class, "status")));
    b.whatIDid(cell(row, "whatIDid")).whatILearned(cell(row, "whatILearned")).impactOnPractice(cell(row, "impactOnPractice"));
    for (String code : cell(row, "standards").split(";")) {
      if (!code.isBlank()) {
        try {
          b.addStandards(StandardCode.of(code.strip()));
        } catch (InvalidValueException e) {
          throw error(row, "standards", "\"" + code.strip() + "\" is not a standard code: " + e.rule());
        }
      }
    }
    java.util.Set<org.cpdkit.core.portfolio.CodeTheme> themes = new java.util.LinkedHashSet<>();
    for (String code : cell(row, "codeThemes").split(";")) {
      if (!code.isBlank() && !themes.add(theme(row, code.strip()))) {
        throw error(row, "codeThemes", "names the same theme twice");
      }
    }
    b.codeThemes(themes);
    peer(row).ifPresent(b::peerReflection);
    structured(row).ifPresent(b::structuredReflection);
    for (String line : lines(cell(row, "evidence"))) {
      b.addEvidence(evidence(row, line));
    }
    b.tags(lines(cell(row, "tags")));
    optional(row, "usedForRenewal").ifPresent(d -> b.usedForRenewal(date(row, "usedForRenewal")));
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (CsvColumns.isExtension(name) && !row.get(i).isBlank()) {
        b.putExtension(name, cell(row, name));
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw error(row, column(e.field()), e.rule());
    }
  }

  private Optional<PeerReflection> peer(CSVRecord row) {
    String[] cols = {"peerReflectionMode", "peerReflectionDate", "peerRoles", "whatILearnedFromPeers", "peerSessionId"};
    boolean any = false;
    for (String c : cols) {
      any |= !cell(row, c).isBlank();
    }
    if (!any) {
      return Optional.empty();
    }
    PeerReflection.Builder p = PeerReflection.builder();
    optional(row, "peerReflectionMode").ifPresent(m -> p.mode(code(row, "peerReflectionMode", ReflectionMode.class, "mode")));
    optional(row, "peerReflectionDate").ifPresent(d -> p.date(date(row, "peerReflectionDate")));
    p.peerRoles(lines(cell(row, "peerRoles")));
    p.whatILearnedFromPeers(cell(row, "whatILearnedFromPeers"));
    optional(row, "peerSessionId").ifPresent(p::sessionId);
    try {
      return Optional.of(p.build());
    } catch (InvalidValueException e) {
      throw error(row, e.field().equals("sessionId") ? "peerSessionId" : column(e.field()), e.rule());
    }
  }

  private Optional<StructuredReflection> structured(CSVRecord row) {
    Optional<String> model = optional(row, "reflectionModel");
    if (model.isEmpty()) {
      for (String s : CsvColumns.SECTIONS) {
        if (!cell(row, s).isBlank()) {
          throw error(row, s, "a reflection section needs a reflectionModel on the same row");
        }
      }
      return Optional.empty();
    }
    ReflectionModel m = code(row, "reflectionModel", ReflectionModel.class, "reflection model");
    StructuredReflection.Builder s = StructuredReflection.builder().model(m);
    for (String col : CsvColumns.SECTIONS) {
      String v = cell(row, col);
      if (v.isBlank()) {
        continue;
      }
      String section = col.substring("reflection.".length());
      if (!m.sections().contains(section)) {
        throw error(row, col, "is not a section of " + m.code() + "; its sections are " + m.sections());
      }
      s.putSection(section, v);
    }
    try {
      return Optional.of(s.build());
    } catch (InvalidValueException e) {
      throw error(row, "reflectionModel", e.rule());
    }
  }

  private EvidenceReference evidence(CSVRecord row, String line) {
    String description = line;
    Optional<URI> uri = Optional.empty();
    int open = line.lastIndexOf(" <");
    if (line.endsWith(">") && open >= 0) {
      try {
        uri = Optional.of(new URI(line.substring(open + 2, line.length() - 1)));
        description = line.substring(0, open);
      } catch (URISyntaxException e) {
        throw error(row, "evidence", "the link in <…> is not a URI (" + e.getReason() + ")");
      }
    }
    try {
      EvidenceReference.Builder b = EvidenceReference.builder().description(description);
      uri.ifPresent(b::uri);
      return b.build();
    } catch (InvalidValueException e) {
      throw error(row, "evidence", e.rule());
    }
  }

  static List<String> lines(String cell) {
    List<String> out = new ArrayList<>();
    for (String l : cell.split("\r\n|\n|\r")) {
      if (!l.isBlank()) {
        out.add(l);
      }
    }
    return out;
  }

  private LocalDate date(CSVRecord row, String column) {
    String v = cell(row, column).strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(v, UK_DAY);
      } catch (DateTimeParseException e2) {
        throw error(row, column, "not a date; write it as YYYY-MM-DD (such as 2026-03-12) or DD/MM/YYYY");
      }
    }
  }

  private long minutes(CSVRecord row, String v) {
    String s = v.strip();
    if (s.isEmpty() || s.length() > 7 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw error(row, "minutes", "not a whole number of minutes, such as 90");
    }
    return Long.parseLong(s);
  }

  private boolean bool(CSVRecord row, String column, String v) {
    switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true":
      case "yes":
        return true;
      case "false":
      case "no":
        return false;
      default:
        throw error(row, column, "not yes or no");
    }
  }

  private org.cpdkit.core.portfolio.CodeTheme theme(CSVRecord row, String code) {
    for (org.cpdkit.core.portfolio.CodeTheme t : org.cpdkit.core.portfolio.CodeTheme.values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw error(row, "codeThemes", "not a theme of the Code; expected prioritise-people, practise-effectively, "
        + "preserve-safety or promote-professionalism-and-trust, separated by ;");
  }

  private <E extends Enum<E> & org.cpdkit.core.entry.Coded> E code(CSVRecord row, String column, Class<E> type,
      String what) {
    String v = cell(row, column).strip();
    if (v.isEmpty()) {
      throw error(row, column, "must not be blank");
    }
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(v)) {
        return e;
      }
    }
    StringBuilder accepted = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      accepted.append(accepted.length() == 0 ? "" : ", ").append(e.code());
    }
    throw error(row, column, "unknown " + what + "; expected one of " + accepted);
  }

  private String column(String field) {
    switch (field) {
      case "timeSpent":
        return "minutes";
      case "sessionId":
        return "peerSessionId";
      case "extensions":
        return header.stream().filter(CsvColumns::isExtension).findFirst().orElse("id");
      default:
        return index.containsKey(field) ? field : "id";
    }
  }
}
