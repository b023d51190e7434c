package org.cpdkit.testing;

import java.util.ArrayList;
import java.util.List;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.core.standard.StandardsFrameworks;

/** Generators of standards, groups and frameworks. */
final class StandardGens {
  private StandardGens() {}

  static final StandardsFramework SWE = StandardsFrameworks.socialWorkEngland2019();
  static final List<StandardCode> SWE_CODES =
      SWE.standards().stream().map(Standard::code).collect(java.util.stream.Collectors.toUnmodifiableList());
  static final List<StandardCode> SWE_CPD_CODES =
      SWE.group("4").orElseThrow().standards().stream().map(Standard::code)
          .collect(java.util.stream.Collectors.toUnmodifiableList());

  static Gen<StandardCode> sweCodes() {
    return Gen.elements(SWE_CODES);
  }

  /** Zero to four distinct codes of the built-in framework, mostly from the CPD group (4). */
  static Gen<List<StandardCode>> sweCodeLists() {
    Gen<List<StandardCode>> cpd = Gen.subsetOf(SWE_CPD_CODES, 0, 3);
    Gen<List<StandardCode>> other = Gen.subsetOf(
        SWE_CODES.stream().filter(c -> !c.group().equals("4")).collect(java.util.stream.Collectors.toList()), 0, 1);
    return cpd.zip(other, (a, b) -> {
      List<StandardCode> all = new ArrayList<>(a);
      all.addAll(b);
      return List.copyOf(all);
    });
  }

  private static final String GROUP_LETTERS = "ABCDEFGHJKLMNPRSTUVW";

  /** Codes in the shapes frameworks use: {@code 4.5}, {@code PCF-1}, {@code K2.a}. */
  static Gen<StandardCode> anyCodes() {
    return Gen.oneOf(
        sweCodes(),
        random -> StandardCode.of(random.nextInt(1, 20) + "." + random.nextInt(1, 30)),
        random -> StandardCode.of("PCF-" + random.nextInt(1, 10)),
        random -> StandardCode.of(
            String.valueOf(GROUP_LETTERS.charAt(random.nextInt(GROUP_LETTERS.length())))
                + random.nextInt(1, 10) + "." + (char) ('a' + random.nextInt(8))));
  }

  static Gen<Standard> standards(String groupCode) {
    return random -> {
      Standard.Builder b = Standard.builder()
          .code(StandardCode.of(groupCode + "." + random.nextInt(1, 40)))
          .summary(Texts.pick(random, SUMMARIES));
      if (random.nextInt(3) == 0) {
        b.label(Texts.label(random));
      }
      return b.build();
    };
  }

  static Gen<Standard> standards() {
    return random -> standards(String.valueOf(random.nextInt(1, 10))).next(random);
  }

  static Gen<StandardGroup> groups(String code) {
    return random -> StandardGroup.builder()
        .code(code)
        .title(Texts.label(random))
        .standards(Gen.distinctListOf(standards(code), Standard::code, 1, 8).next(random))
        .build();
  }

  static Gen<StandardGroup> groups() {
    return random -> groups(groupCode(random, random.nextInt(GROUP_LETTERS.length()))).next(random);
  }

  private static String groupCode(java.util.random.RandomGenerator random, int i) {
    return random.nextBoolean() ? String.valueOf(i + 1) : String.valueOf(GROUP_LETTERS.charAt(i));
  }

  /** User-built frameworks with one to six groups, and now and then the built-in one. */
  static Gen<StandardsFramework> frameworks() {
    Gen<StandardsFramework> built = random -> {
      int n = random.nextInt(1, 7);
      boolean numbered = random.nextBoolean();
      StandardsFramework.Builder b = StandardsFramework.builder()
          .id(Ids.ids("fw").next(random))
          .title(Texts.label(random) + " standards")
          .publisher(Texts.pick(random, PUBLISHERS))
          .version(String.valueOf(random.nextInt(2015, 2031)));
      for (int i = 0; i < n; i++) {
        String code = numbered ? String.valueOf(i + 1) : String.valueOf(GROUP_LETTERS.charAt(i));
        b.addGroup(groups(code).next(random));
      }
      if (random.nextInt(10) == 0) {
        b.putExtension("x-source", "\"local\"");
      }
      return b.build();
    };
    return random -> random.nextInt(10) == 0 ? SWE : built.next(random);
  }

  private static final List<String> PUBLISHERS =
      List.of("A regional teaching partnership", "The local authority's workforce team",
          "A national professional body", "A university practice network");

  private static final List<String> SUMMARIES =
      List.of(
          "Reflect on learning and show how it improves practice.",
          "Work in partnership with the people I support.",
          "Keep clear records that show how decisions were reached.",
          "Use supervision to reflect critically on my work.",
          "Challenge discrimination and promote social justice.",
          "Apply research and theory to assessment and planning.",
          "Share learning with colleagues and help the team learn.",
          "Recognise and respond to risk of harm.");
}
