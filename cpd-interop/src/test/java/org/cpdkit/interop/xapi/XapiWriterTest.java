package org.cpdkit.interop.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cpdkit.core.entry.EntryStatus;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardsFrameworks;
import org.cpdkit.interop.framework.CasePackages;
import org.cpdkit.rules.Finding;
import org.cpdkit.rules.IdentifierRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class XapiWriterTest {
  private static final XapiOptions DEFAULTS = XapiOptions.builder(Records.HOME).build();
  private static final XapiOptions WITH_TEXT = XapiOptions.builder(Records.HOME).includeReflections(true).build();

  private static List<JsonNode> valid(Records.Export export, XapiVersion version) {
    List<JsonNode> statements = StatementRules.statements(export.json());
    for (JsonNode s : statements) {
      assertThat(StatementRules.problems(s, version)).as("%s", s).isEmpty();
    }
    return statements;
  }

  @Test
  void anEntryIsOneStatementWithoutReflectionTextByDefault() {
    Records.Export export = Records.export(DEFAULTS, w -> w.entry("p-7f3a9c", Records.entry()));
    JsonNode s = valid(export, XapiVersion.V1_0_3).get(0);
    assertThat(export.summary().statements()).isEqualTo(1);
    assertThat(s.at("/actor/account/homePage").asString()).isEqualTo(Records.HOME);
    assertThat(s.at("/actor/account/name").asString()).isEqualTo("p-7f3a9c");
    assertThat(s.at("/verb/id").asString()).isEqualTo(XapiProfile.ATTENDED);
    assertThat(s.at("/object/id").asString()).isEqualTo(Records.HOME + "/activities/entries/2026-03-team-reflection");
    assertThat(s.at("/object/definition/name/en-GB").asString()).isEqualTo("Team reflection on working with fathers");
    assertThat(s.at("/result/duration").asString()).isEqualTo("PT1H30M");
    assertThat(s.at("/result/completion").asBoolean()).isTrue();
    assertThat(s.at("/result/response").isMissingNode()).isTrue();
    assertThat(s.at("/result/extensions").isMissingNode()).isTrue();
    assertThat(s.at("/context/extensions").get(XapiProfile.EXT_PEER_REFLECTION).has("whatILearnedFromPeers")).isFalse();
    // 12 March 2026 starts at midnight in London, which is UTC in winter.
    assertThat(s.at("/timestamp").asString()).isEqualTo("2026-03-12T00:00:00.000Z");
    assertThat(s.at("/context/contextActivities/category/0/id").asString()).isEqualTo(XapiProfile.PROFILE);
    assertThat(s.at("/context/contextActivities/grouping/0/id").asString())
        .isEqualTo(Records.HOME + "/activities/sessions/session-2026-03");
  }

  @Test
  void standardsAreContextActivitiesWithTheirCaseUris() {
    JsonNode s = valid(Records.export(DEFAULTS, w -> w.entry("p-1", Records.entry())), XapiVersion.V1_0_3).get(0);
    JsonNode other = s.at("/context/contextActivities/other");
    assertThat(other.size()).isEqualTo(2);
    assertThat(other.get(1).at("/id").asString()).isEqualTo(
        CasePackages.SOCIAL_WORK_ENGLAND_OPTIONS.standardUri(StandardsFrameworks.socialWorkEngland2019(), StandardCode.of("4.6")));
    assertThat(other.get(1).at("/definition/type").asString()).isEqualTo(XapiProfile.COMPETENCY);
    assertThat(other.get(1).at("/definition/name/en-GB").asString()).isEqualTo("4.6 Reflection");
  }

  @Test
  void optedInReflectionTextTravelsAndAStructuredReflectionIsASecondStatement() {
    Records.Export export = Records.export(WITH_TEXT, w -> w.entry("p-1", Records.entry()));
    List<JsonNode> statements = valid(export, XapiVersion.V1_0_3);
    assertThat(statements).hasSize(2);
    JsonNode entry = statements.get(0);
    assertThat(entry.at("/result/response").asString()).isEqualTo("How often fathers are left out of assessments.");
    assertThat(entry.at("/result/extensions").get(XapiProfile.EXT_IMPACT).asString())
        .isEqualTo("I now invite both parents to every first visit.");
    JsonNode reflection = statements.get(1);
    assertThat(reflection.at("/verb/id").asString()).isEqualTo(XapiProfile.REFLECTED);
    assertThat(reflection.at("/context/statement/id").asString()).isEqualTo(entry.at("/id").asString());
    assertThat(reflection.at("/result/extensions").get(XapiProfile.EXT_REFLECTION).at("/stages/so-what").asString())
        .isEqualTo("Fathers matter.");
  }

  @Test
  void anEntryWithAnIdentifierIsRefusedWithTheFindingsNotExported() {
    var leaky = Records.entry().withImpactOnPractice("I now phone Mrs Jane Smithson on 07700 900123 before visits.");
    Records.Export export = Records.export(WITH_TEXT, w -> assertThat(w.entry("p-1", leaky)).isFalse());
    assertThat(export.json()).isEqualTo("[]\n");
    assertThat(export.summary().refusals()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo("entry");
      assertThat(r.id()).isEqualTo("2026-03-team-reflection");
      assertThat(r.findings()).extracting(Finding::ruleId).containsOnly(IdentifierRule.ID);
      assertThat(r.findings()).extracting(Finding::location).containsOnly("/impactOnPractice");
      assertThat(r.findings()).extracting(f -> f.span().orElseThrow().kind()).contains("PHONE");
    });
  }

  @Test
  void withoutTheOptInTheReflectionIsNotCheckedBecauseItDoesNotLeave() {
    var leaky = Records.entry().withImpactOnPractice("I now phone Mrs Jane Smithson on 07700 900123 before visits.");
    Records.Export export = Records.export(DEFAULTS, w -> w.entry("p-1", leaky));
    assertThat(export.summary().refusals()).isEmpty();
    assertThat(export.json()).doesNotContain("07700");
  }

  @Test
  void aTitleWithAnIdentifierIsRefusedEvenWithoutTheOptIn() {
    var leaky = Records.entry().withTitle("Visit with jane.smithson@example.com");
    Records.Export export = Records.export(DEFAULTS, w -> w.entry("p-1", leaky));
    assertThat(export.summary().refusals()).singleElement()
        .satisfies(r -> assertThat(r.findings()).extracting(Finding::location).containsOnly("/title"));
  }

  @Test
  void accountNamesMustBeOpaque() {
    assertThatThrownBy(() -> Records.export(DEFAULTS, w -> w.entry("jane.smithson@example.com", Records.entry())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the account name looks like an identifier (EMAIL); use an opaque id");
    assertThatThrownBy(() -> Records.export(DEFAULTS, w -> w.entry(" ", Records.entry())))
        .hasMessage("the account name must be an opaque id of 1 to 128 characters");
  }

  @Test
  void draftsAreLeftOutUnlessAskedFor() {
    var draft = Records.entry().withStatus(EntryStatus.DRAFT);
    Records.Export left = Records.export(DEFAULTS, w -> w.entry("p-1", draft));
    assertThat(left.summary().draftsLeftOut()).isEqualTo(1);
    assertThat(left.json()).isEqualTo("[]\n");
    Records.Export kept = Records.export(
        XapiOptions.builder(Records.HOME).includeDrafts(true).build(), w -> w.entry("p-1", draft));
    JsonNode s = valid(kept, XapiVersion.V1_0_3).get(0);
    assertThat(s.at("/result/completion").isMissingNode()).isTrue();
  }

  @Test
  void statementIdsAreTheSameOnEveryExport() {
    String a = Records.export(DEFAULTS, w -> w.entry("p-1", Records.entry())).json();
    String b = Records.export(DEFAULTS, w -> w.entry("p-1", Records.entry())).json();
    assertThat(a).isEqualTo(b);
    String other = Records.export(DEFAULTS, w -> w.entry("p-2", Records.entry())).json();
    assertThat(StatementRules.statements(other).get(0).at("/id"))
        .isNotEqualTo(StatementRules.statements(a).get(0).at("/id"));
  }

  @Test
  void aSessionIsOneStatementPerAttendeeWithTheFacilitatorAsInstructor() {
    List<JsonNode> statements = valid(Records.export(DEFAULTS, w -> w.session(Records.session())), XapiVersion.V1_0_3);
    assertThat(statements).extracting(s -> s.at("/actor/account/name").asString())
        .containsExactly("staff-001", "staff-002", "staff-003");
    JsonNode s = statements.get(1);
    assertThat(s.at("/verb/id").asString()).isEqualTo(XapiProfile.ATTENDED);
    assertThat(s.at("/object/definition/type").asString()).isEqualTo(XapiProfile.MEETING);
    assertThat(s.at("/context/instructor/account/name").asString()).isEqualTo("staff-001");
    assertThat(s.at("/context/team/member").size()).isEqualTo(2);
    assertThat(s.at("/context/registration").asString()).isEqualTo(statements.get(0).at("/context/registration").asString());
    assertThat(s.at("/context/extensions").get(XapiProfile.EXT_SESSION).at("/role").asString()).isEqualTo("social worker");
    assertThat(s.at("/context/contextAgents").isMissingNode()).isTrue();
    assertThat(s.at("/result/extensions").isMissingNode()).isTrue();
  }

  @Test
  void version2NamesPeersAndFacilitatorAsContextAgents() {
    XapiOptions v2 = XapiOptions.builder(Records.HOME).version(XapiVersion.V2_0_0).build();
    JsonNode s = valid(Records.export(v2, w -> w.session(Records.session())), XapiVersion.V2_0_0).get(0);
    JsonNode agents = s.at("/context/contextAgents");
    assertThat(agents.size()).isEqualTo(3);
    assertThat(agents.get(0).at("/relevantTypes/0").asString()).isEqualTo(XapiProfile.ROLE_FACILITATOR);
    assertThat(agents.get(2).at("/relevantTypes/0").asString()).isEqualTo(XapiProfile.ROLE_PEER);
  }

  @Test
  void aToolkitRunCarriesTheStageAndTheToolkitAsParent() {
    List<JsonNode> statements = valid(Records.export(DEFAULTS, w -> w.toolkitRun(Records.toolkitRun())), XapiVersion.V1_0_3);
    assertThat(statements).hasSize(2);
    JsonNode module = statements.get(0);
    assertThat(module.at("/verb/id").asString()).isEqualTo(XapiProfile.COMPLETED);
    assertThat(module.at("/context/extensions").get(XapiProfile.EXT_TOOLKIT_STAGE).asString()).isEqualTo("individual-module");
    assertThat(module.at("/context/contextActivities/parent/0/id").asString())
        .isEqualTo(Records.HOME + "/activities/toolkits/toolkit-neglect");
    JsonNode caseStudy = statements.get(1);
    assertThat(caseStudy.at("/verb/id").asString()).isEqualTo(XapiProfile.ATTENDED);
    assertThat(caseStudy.at("/context/extensions").get(XapiProfile.EXT_TOOLKIT_STAGE).asString()).isEqualTo("case-study");
    assertThat(caseStudy.at("/result/duration").asString()).isEqualTo("PT1H20M");
    assertThat(caseStudy.at("/context/instructor/account/name").asString()).isEqualTo("staff-001");
    assertThat(caseStudy.at("/timestamp").asString()).isEqualTo("2026-04-07T23:00:00.000Z");
  }

  @Test
  void durationsKeepAtMostHundredthsOfASecond() {
    assertThat(StatementParts.duration(java.time.Duration.ofMillis(1234))).isEqualTo("PT1.23S");
    assertThat(StatementParts.duration(java.time.Duration.ofHours(30))).isEqualTo("PT30H");
    assertThat(StatementParts.duration(java.time.Duration.ZERO)).isEqualTo("PT0S");
  }

  @Test
  void theRulesCatchWhatTheyShould() {
    JsonNode good = StatementRules.statements(Records.export(DEFAULTS, w -> w.entry("p-1", Records.entry())).json()).get(0);
    var noActor = good.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) noActor).remove("actor");
    assertThat(StatementRules.problems(noActor, XapiVersion.V1_0_3)).isNotEmpty();
    var email = good.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) email.get("actor")).put("mbox", "mailto:a@example.org");
    assertThat(StatementRules.problems(email, XapiVersion.V1_0_3)).isNotEmpty();
    var badDuration = good.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) badDuration.get("result")).put("duration", "90 minutes");
    assertThat(StatementRules.problems(badDuration, XapiVersion.V1_0_3)).isNotEmpty();
    var badTime = good.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) badTime).put("timestamp", "2026-03-12");
    assertThat(StatementRules.problems(badTime, XapiVersion.V1_0_3)).isNotEmpty();
    var badId = good.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) badId).put("id", "entry-1");
    assertThat(StatementRules.problems(badId, XapiVersion.V1_0_3)).isNotEmpty();
    var relativeVerb = good.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) relativeVerb.get("verb")).put("id", "attended");
    assertThat(StatementRules.problems(relativeVerb, XapiVersion.V1_0_3)).isNotEmpty();
    var unknown = good.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) unknown).put("cpdkit", true);
    assertThat(StatementRules.problems(unknown, XapiVersion.V1_0_3)).isNotEmpty();
  }
}
