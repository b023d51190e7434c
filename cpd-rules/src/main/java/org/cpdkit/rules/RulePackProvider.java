package org.cpdkit.rules;

import java.util.List;

/**
 * Supplies rule packs to {@link RulePacks}. Implementations are found with {@link
 * java.util.ServiceLoader}: list the class in {@code
 * META-INF/services/org.cpdkit.rules.RulePackProvider} and it is picked up without changing
 * cpdkit.
 */
public interface RulePackProvider {

  /** The packs this provider offers. */
  List<RulePack> packs();
}
