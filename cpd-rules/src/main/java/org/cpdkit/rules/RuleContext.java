package org.cpdkit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule is given besides its subject: the day the record is checked as of, and where it
 * reports findings and requirement statuses. The context stamps the rule's id and effective
 * severity on every finding, so a rule cannot report under another's name. One context serves one
 * rule for one check; it is not shared between threads.
 */
public final class RuleContext {

  private final String ruleId;
  private final Severity severity;
  private final LocalDate asOf;
  private final List<Finding> findings = new ArrayList<>();
  private final List<RequirementStatus> statuses = new ArrayList<>();
  private final List<EntryResult> entries = new ArrayList<>();
  private LocalDate deadline;

  RuleContext(String ruleId, Severity severity, LocalDate asOf) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.asOf = asOf;
  }

  /**
   * A context for running one rule outside a {@link Checker}, as tests of a single rule do.
   *
   * @param rule the rule that will report through it
   * @param asOf the day the record is checked as of
   */
  public static RuleContext forRule(Rule<?> rule, LocalDate asOf) {
    return new RuleContext(rule.id(), rule.description().defaultSeverity(), asOf);
  }

  /** The day the record is checked as of; rules use it instead of the wall clock. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The identifier of the rule this context serves. */
  public String ruleId() {
    return ruleId;
  }

  /** The severity the rule's findings get. */
  public Severity severity() {
    return severity;
  }

  /**
   * Reports a finding.
   *
   * @param location a JSON Pointer into the record ({@code ""} for the whole record)
   * @param message what is wrong and what to do, without any of the record's text
   */
  public void report(String location, String message) {
    report(location, message, Map.of());
  }

  /**
   * Reports a finding with the figures behind it.
   *
   * @param location a JSON Pointer into the record
   * @param message what is wrong and what to do, without any of the record's text
   * @param arguments the figures behind the message, by name
   */
  public void report(String location, String message, Map<String, ?> arguments) {
    findings.add(finding(location, message, arguments).build());
  }

  /**
   * Reports a span found in a free-text field.
   *
   * @param location the JSON Pointer of the text field
   * @param message what was found and what to do, without the text itself
   * @param span the kind and UTF-16 span within the field
   */
  public void report(String location, String message, TextSpan span) {
    findings.add(
        finding(location, message, Map.of("kind", span.kind(), "start", span.start(), "end", span.end()))
            .span(span)
            .build());
  }

  /** Records where the record stands against a requirement; the rule id is stamped on it. */
  public void status(RequirementStatus.Builder status) {
    statuses.add(status.ruleId(ruleId).build());
  }

  /** Records where one entry of the record stands; rules about the period report it. */
  public void entry(EntryResult entry) {
    entries.add(Objects.requireNonNull(entry, "entry"));
  }

  /** Records the deadline of the period the record was checked against. */
  public void deadline(LocalDate deadline) {
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  /** The entry results reported so far. */
  public List<EntryResult> entries() {
    return List.copyOf(entries);
  }

  /** The deadline reported, if any. */
  public java.util.Optional<LocalDate> deadline() {
    return java.util.Optional.ofNullable(deadline);
  }

  /** The findings reported so far. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** The requirement statuses reported so far. */
  public List<RequirementStatus> statuses() {
    return List.copyOf(statuses);
  }

  private Finding.Builder finding(String location, String message, Map<String, ?> arguments) {
    Objects.requireNonNull(location, "location");
    Map<String, String> args = new LinkedHashMap<>();
    arguments.forEach((k, v) -> args.put(k, String.valueOf(v)));
    return Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .location(location)
        .message(message)
        .arguments(args);
  }
}
