package org.cpdkit.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.portfolio.Practitioner;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.toolkit.ToolkitRun;
import org.cpdkit.rules.Report;
import org.cpdkit.rules.RuleOutcome;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePacks;
import org.cpdkit.rules.session.SessionRules;
import org.cpdkit.rules.toolkit.ToolkitRules;

/**
 * One input through every reader and then the rules, with the properties that must hold for any
 * bytes at all: only {@link CpdFormatException} leaves a reader, its message is one printable
 * line; a document that reads writes back and reads again equal, to the same bytes; no rule
 * fails. Shared by the seeded mutation run of the build and the coverage-guided runs by hand.
 */
final class FuzzTarget {
  private static final CpdJson JSON = CpdJson.standard();
  private static final CpdJson COMPACT = CpdJson.builder().pretty(false).build();
  private static final List<DocumentType<?>> SOME = List.of(DocumentType.PORTFOLIO, DocumentType.ENTRY, DocumentType.TEAM_REPORT);
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 11, 7), LocalDate.of(2027, 12, 1));

  /** What one input did. */
  enum Outcome {
    READ,
    REJECTED
  }

  private FuzzTarget() {}

  /** Runs the input; throws {@link AssertionError} when a property does not hold. */
  static Outcome run(byte[] input) {
    Document doc = readOrNull(() -> JSON.readAny(input));
    String text = new String(input, StandardCharsets.UTF_8);
    Document fromText = readOrNull(() -> JSON.readAny(text));
    // Every typed reader for what reads; for the rest, the readers of the most common documents.
    for (DocumentType<?> type : doc != null ? DocumentType.all() : SOME) {
      readOrNull(() -> JSON.read(type, new ByteArrayInputStream(input), "fuzz.json"));
    }
    readLines(input);
    if (doc == null) {
      return Outcome.REJECTED;
    }
    acceptedIsStrict(input);
    roundTrip(doc);
    if (fromText != null) {
      roundTrip(fromText);
    }
    rules(doc.value());
    return Outcome.READ;
  }

  private static Document readOrNull(java.util.function.Supplier<Object> read) {
    try {
      Object v = read.get();
      return v instanceof Document ? (Document) v : null;
    } catch (CpdFormatException e) {
      wellFormed(e);
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("a reader threw " + e.getClass().getName() + " instead of CpdFormatException", e);
    }
  }

  private static void wellFormed(CpdFormatException e) {
    String m = e.getMessage();
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
        throw new AssertionError("a message with control character U+" + Integer.toHexString(c) + ": " + m.replace('\n', ' '));
      }
    }
    if (e.line() < 0 || e.column() < 0) {
      throw new AssertionError("a negative location: " + m);
    }
  }

  private static void readLines(byte[] input) {
    byte[] flat = input.clone();
    for (int i = 0; i < flat.length; i++) {
      if (flat[i] == '\n' || flat[i] == '\r') {
        flat[i] = ' ';
      }
    }
    byte[] two = new byte[flat.length * 2 + 2];
    System.arraycopy(flat, 0, two, 0, flat.length);
    two[flat.length] = '\n';
    System.arraycopy(flat, 0, two, flat.length + 1, flat.length);
    two[two.length - 1] = '\n';
    for (DocumentType<?> type : List.of(DocumentType.PORTFOLIO)) {
      try (java.util.stream.Stream<?> lines = JSON.readLines(type, new ByteArrayInputStream(two), "fuzz.jsonl")) {
        Iterator<?> it = lines.iterator();
        while (it.hasNext()) {
          it.next();
        }
      } catch (CpdFormatException e) {
        wellFormed(e);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("readLines threw " + e.getClass().getName() + " instead of CpdFormatException", e);
      }
    }
  }

  /**
   * An independent look at bytes the reader accepted: strict UTF-8 after at most one byte order
   * mark, no raw NUL, no key twice in an object, no lone surrogate, no number over the limit.
   */
  private static void acceptedIsStrict(byte[] input) {
    int offset = input.length >= 3 && (input[0] & 0xff) == 0xEF && (input[1] & 0xff) == 0xBB && (input[2] & 0xff) == 0xBF ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(input, offset, input.length - offset))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("accepted bytes that are not UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      throw new AssertionError("accepted two byte order marks");
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new AssertionError("accepted a raw NUL (UTF-16 or UTF-32 read as UTF-8)");
    }
    tools.jackson.core.json.JsonFactory strict = tools.jackson.core.json.JsonFactory.builder()
        .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder().maxNumberLength(10_000).build())
        .build();
    try (tools.jackson.core.JsonParser p = strict.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
      tools.jackson.core.JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t.isNumeric() && p.getString().length() > 100) {
          throw new AssertionError("accepted a number of " + p.getString().length() + " characters");
        }
        if (t == tools.jackson.core.JsonToken.VALUE_STRING && hasLoneSurrogate(p.getString())) {
          throw new AssertionError("accepted a string with a lone surrogate");
        }
      }
    } catch (tools.jackson.core.JacksonException e) {
      throw new AssertionError("accepted what a strict parser refuses: " + e.getOriginalMessage());
    }
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void roundTrip(Document doc) {
    DocumentType type = doc.type();
    byte[] written;
    Object again;
    try {
      written = JSON.toBytes(type, doc.value());
      again = JSON.read(type, written);
    } catch (RuntimeException e) {
      throw new AssertionError("a document that reads did not write back and read again: " + e, e);
    }
    if (!again.equals(doc.value())) {
      throw new AssertionError("a " + type + " read back unequal after writing");
    }
    if (!java.util.Arrays.equals(JSON.toBytes(type, again), written)) {
      throw new AssertionError("a " + type + " wrote different bytes the second time");
    }
    Object compact = COMPACT.read(type, COMPACT.toBytes(type, doc.value()));
    if (!compact.equals(doc.value())) {
      throw new AssertionError("a " + type + " read back unequal after compact writing");
    }
  }

  private static void rules(Object value) {
    if (value instanceof Portfolio) {
      portfolioRules((Portfolio) value);
    } else if (value instanceof CpdEntry) {
      Portfolio p;
      try {
        p = Portfolio.builder()
            .practitioner(Practitioner.builder().registrationNumber("SW000001").regulator(Regulator.SOCIAL_WORK_ENGLAND).build())
            .addEntries((CpdEntry) value)
            .build();
      } catch (InvalidValueException e) {
        return;
      }
      portfolioRules(p);
    } else if (value instanceof PeerReflectionSession) {
      noFailure(SessionRules.checker().check((PeerReflectionSession) value), "session rules");
    } else if (value instanceof ToolkitRun) {
      for (LocalDate day : DAYS) {
        noFailure(ToolkitRules.checker().check((ToolkitRun) value, day), "toolkit rules");
      }
    }
  }

  private static void portfolioRules(Portfolio p) {
    for (RulePack pack : RulePacks.all()) {
      for (LocalDate day : DAYS) {
        noFailure(pack.check(p, day), pack.id());
      }
    }
  }

  private static void noFailure(Report report, String what) {
    for (RuleOutcome o : report.rules()) {
      if (o.failed()) {
        throw new AssertionError("rule " + o.ruleId() + " of " + what + " threw");
      }
    }
  }
}
