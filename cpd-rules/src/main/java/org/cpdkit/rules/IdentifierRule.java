package org.cpdkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.cpdkit.core.portfolio.Portfolio;
import org.cpdkit.core.session.PeerReflectionSession;
import org.cpdkit.core.toolkit.ToolkitRun;

/**
 * The rule {@value #ID}: every free-text field of a record is given to a {@link TextInspector}
 * (the identifier scanner, or a local authority's own), and each span it finds is reported at the
 * field's JSON Pointer with its kind and UTF-16 span. The message names the kind, never the text.
 * For portfolios it also reports the anonymisation requirement's status: met when nothing is found.
 *
 * @param <T> the type of record
 */
public final class IdentifierRule<T> implements Rule<T> {

  /** The rule's identifier. */
  public static final String ID = "anonymisation.identifier";

  private final TextInspector inspector;
  private final Function<T, List<TextField>> fields;
  /**
   * How to walk the record's fields one at a time, making a field's pointer only for a field with
   * a finding; null to list them with {@link #fields}.
   */
  private final BiConsumer<T, TextFields.Sink> walk;
  private final RuleDescription description;
  private final boolean requirement;

  private IdentifierRule(TextInspector inspector, Function<T, List<TextField>> fields, Source source) {
    this(inspector, fields, null, source, false);
  }

  private IdentifierRule(
      TextInspector inspector,
      Function<T, List<TextField>> fields,
      BiConsumer<T, TextFields.Sink> walk,
      Source source,
      boolean requirement) {
    this.requirement = requirement;
    this.inspector = Objects.requireNonNull(inspector, "inspector");
    this.fields = fields;
    this.walk = walk;
    String summary = "No free text identifies a person: names, addresses, contact details and other identifiers.";
    String rationale =
        "Regulators ask for anonymised CPD: a record must leave out any detail that could identify the people "
            + "a social worker supports, their families or colleagues.";
    this.description =
        source == null
            ? RuleDescription.of(ID, Severity.ERROR, summary, rationale)
            : RuleDescription.of(ID, Severity.ERROR, summary, rationale, source);
  }

  /** The rule for portfolios, with the regulator's source. */
  public static IdentifierRule<Portfolio> forPortfolios(TextInspector inspector, Source source) {
    return new IdentifierRule<>(inspector, TextFields::of, TextFields::walk, source, true);
  }

  /** The rule for peer-reflection sessions. */
  public static IdentifierRule<PeerReflectionSession> forSessions(TextInspector inspector) {
    return new IdentifierRule<>(inspector, TextFields::of, null);
  }

  /** The rule for toolkit runs. */
  public static IdentifierRule<ToolkitRun> forToolkitRuns(TextInspector inspector) {
    return new IdentifierRule<>(inspector, TextFields::of, null);
  }

  /** The rule for any record, given how to walk its free-text fields. */
  public static <T> IdentifierRule<T> of(TextInspector inspector, Function<T, List<TextField>> fields) {
    return new IdentifierRule<>(inspector, Objects.requireNonNull(fields, "fields"), null);
  }

  @Override
  public RuleDescription description() {
    return description;
  }

  @Override
  public void check(T subject, RuleContext context) {
    Inspection inspection = new Inspection(context);
    if (walk != null) {
      walk.accept(subject, inspection);
    } else {
      for (TextField field : fields.apply(subject)) {
        inspection.inspect(field.pointer(), null, field.text());
      }
    }
    int found = inspection.found;
    java.util.Set<String> places = inspection.places;
    if (requirement) {
      RequirementStatus.Builder status = RequirementStatus.builder()
          .order(90)
          .required("No free text identifies a person (names, addresses, contact details and other identifiers)");
      if (found == 0) {
        context.status(status.state(RequirementState.MET).recorded("no identifiers found"));
      } else {
        context.status(status.state(RequirementState.NOT_MET)
            .recorded((found == 1 ? "1 identifier" : found + " identifiers") + " found in "
                + (places.size() == 1 ? "1 record item" : places.size() + " record items"))
            .missing("anonymise every text listed in the findings"));
      }
    }
  }

  /**
   * The longest text whose spans are kept for the rest of a record's check. In generated national
   * data about a third of the texts under 50 characters (tags, titles, roles) recur within their
   * portfolio, but fewer than one in a thousand of those over 100 do.
   */
  private static final int MEMO_LENGTH = 64;

  /** The findings in the fields of one record, as they are inspected one at a time. */
  private final class Inspection implements TextFields.Sink {
    private final RuleContext context;
    int found;
    final java.util.Set<String> places = new java.util.HashSet<>();
    /**
     * The spans of each text inspected so far in this record, when the inspector is {@link
     * TextInspectors.Pure}: a tag, a title or a peer's role often recurs from entry to entry, and
     * is inspected once. Dropped with the check, so no text is kept beyond it.
     */
    private final java.util.Map<String, List<TextSpan>> seen;

    Inspection(RuleContext context) {
      this.context = context;
      this.seen = inspector instanceof TextInspectors.Pure ? new java.util.HashMap<>() : null;
    }

    private List<TextSpan> spans(String text) {
      // Only short texts are looked up: a long one (a reflection) almost never recurs within a
      // record, and hashing it for the look-up would read all of it once more for nothing.
      if (seen == null || text.length() > MEMO_LENGTH) {
        return inspector.inspect(text);
      }
      List<TextSpan> spans = seen.get(text);
      if (spans == null) {
        spans = inspector.inspect(text);
        seen.put(text, spans);
      }
      return spans;
    }

    @Override
    public void text(TextFields.Place place, String text) {
      inspect(null, place, text);
    }

    /** Inspects one field, whose pointer is given or made from {@code place} at its first finding. */
    void inspect(String pointer, TextFields.Place place, String text) {
      int length = text.length();
      for (TextSpan span : spans(text)) {
        if (pointer == null) {
          pointer = place.pointer();
        }
        found++;
        places.add(place(pointer));
        if (span.end() > length) {
          throw new IllegalStateException("TextInspector returned a span beyond the end of the field");
        }
        context.report(
            pointer,
            "This text holds what looks like an identifier (" + span.kind()
                + "); remove or anonymise it, for example by role or initial.",
            span);
      }
    }
  }

  /** The item a text belongs to: {@code /entries/2} for {@code /entries/2/impactOnPractice}. */
  private static String place(String pointer) {
    int first = pointer.indexOf('/', 1);
    if (first < 0) {
      return pointer;
    }
    int second = pointer.indexOf('/', first + 1);
    return second < 0 ? pointer : pointer.substring(0, second);
  }
}
