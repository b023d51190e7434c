package org.cpdkit.rules.testpack;

import java.util.List;
import org.cpdkit.rules.RulePack;
import org.cpdkit.rules.RulePackProvider;
import org.cpdkit.rules.registration.BuiltInPacks;
import org.cpdkit.rules.registration.RegistrationPack;

/** A local authority's own pack, offered on the test class path only: stricter than the regulator. */
public final class LocalAuthorityPacks implements RulePackProvider {
  @Override
  public List<RulePack> packs() {
    return List.of(RegistrationPack.of(BuiltInPacks.socialWorkEngland(2026)
        .withPackId("example-council-2026")
        .withTitle("Example Council: four pieces a year, two with peers")
        .withMinimumEntries(4)
        .withMinimumPeerReflections(2)));
  }
}
