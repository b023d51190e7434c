package org.cpdkit.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered, immutable set of rules for one kind of subject, with unique identifiers: adding a
 * second rule with an id already present is an error, never a silent merge.
 *
 * @param <T> the type of subject the rules check
 */
public final class RuleSet<T> {

  private final List<Rule<T>> rules;

  private RuleSet(List<Rule<T>> rules) {
    Set<String> ids = new HashSet<>();
    for (Rule<T> rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("RuleSet: two rules have the id " + rule.id());
      }
    }
    this.rules = List.copyOf(rules);
  }

  /** A rule set of these rules, in order. */
  @SafeVarargs
  public static <T> RuleSet<T> of(Rule<T>... rules) {
    List<Rule<T>> list = new ArrayList<>(rules.length);
    for (Rule<T> rule : rules) {
      list.add(rule);
    }
    return new RuleSet<>(list);
  }

  /** A rule set of these rules, in order. */
  public static <T> RuleSet<T> of(Collection<? extends Rule<T>> rules) {
    return new RuleSet<>(new ArrayList<>(rules));
  }

  /** A rule set with this rule added at the end; fails if its id is already taken. */
  public RuleSet<T> with(Rule<T> rule) {
    List<Rule<T>> all = new ArrayList<>(rules);
    all.add(rule);
    return new RuleSet<>(all);
  }

  /** A rule set with this rule removed, if it was present. */
  public RuleSet<T> without(String ruleId) {
    List<Rule<T>> all = new ArrayList<>(rules);
    all.removeIf(r -> r.id().equals(ruleId));
    return new RuleSet<>(all);
  }

  /** The rules, in order. */
  public List<Rule<T>> rules() {
    return rules;
  }

  /** The rule with this id, if present. */
  public Optional<Rule<T>> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /** Whether a rule with this id is present. */
  public boolean contains(String ruleId) {
    return rule(ruleId).isPresent();
  }

  /** The number of rules. */
  public int size() {
    return rules.size();
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.id()));
    return "RuleSet" + ids;
  }
}
