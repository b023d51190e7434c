package org.cpdkit.rules;

/**
 * One check of a subject (a portfolio, a session, a toolkit run): a pure, thread-safe function
 * from the subject and a {@link RuleContext} to findings and requirement statuses, which it hands
 * to the context.
 *
 * <p>A rule never reads the wall clock (the context carries the as-of date), never logs the
 * subject, and never puts free text from the subject into a message.
 *
 * @param <T> the type of subject the rule checks
 */
public interface Rule<T> {

  /** What the rule is: id, default severity, summary, rationale and source. */
  RuleDescription description();

  /**
   * Checks the subject, reporting through the context.
   *
   * @param subject the record being checked
   * @param context where findings and statuses go, with the as-of date
   */
  void check(T subject, RuleContext context);

  /** The rule's stable identifier. */
  default String id() {
    return description().id();
  }
}
