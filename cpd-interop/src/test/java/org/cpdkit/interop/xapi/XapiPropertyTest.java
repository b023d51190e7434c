package org.cpdkit.interop.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.cpdkit.testing.CpdGenerators;
import org.cpdkit.testing.junit.PropertyCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Every statement written for generated records meets the statement requirements, in both versions. */
class XapiPropertyTest {

  private static XapiOptions options(XapiVersion version, boolean text) {
    return XapiOptions.builder(Records.HOME).version(version).includeReflections(text).includeDrafts(true).build();
  }

  private static void allValid(Records.Export export, XapiVersion version) {
    for (JsonNode s : StatementRules.statements(export.json())) {
      assertThat(StatementRules.problems(s, version)).as("%s", s).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void portfolios(XapiVersion version) {
    PropertyCheck.fromSystemProperties()
        .withTries(100)
        .check(
            "xapi.portfolio." + version,
            CpdGenerators.portfolios(),
            p -> {
              Records.Export export = Records.export(options(version, true), w -> w.portfolio("p-0001", p));
              allValid(export, version);
              assertThat(export.summary().refusals().size() + StatementRules.statements(export.json()).size())
                  .isGreaterThanOrEqualTo(p.entries().size() - (int) export.summary().draftsLeftOut());
            });
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void sessionsAndToolkitRuns(XapiVersion version) {
    PropertyCheck.fromSystemProperties()
        .withTries(200)
        .check("xapi.session." + version, CpdGenerators.peerReflectionSessions(),
            s -> allValid(Records.export(options(version, true), w -> w.session(s)), version));
    PropertyCheck.fromSystemProperties()
        .withTries(200)
        .check("xapi.toolkit-run." + version, CpdGenerators.toolkitRuns(),
            r -> allValid(Records.export(options(version, false), w -> w.toolkitRun(r)), version));
  }
}
