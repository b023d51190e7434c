package org.cpdkit.core.session;

import java.util.List;
import java.util.Optional;
import org.cpdkit.core.standard.StandardCode;

/**
 * The built-in peer-reflection prompts: the five kinds of conversation with peers that Social
 * Work England suggests count as CPD, in cpdkit's own words, each mapped to its standards.
 */
public final class PromptLibrary {

  private static final List<Prompt> BUILT_IN =
      List.of(
          prompt(
              "swe.feedback",
              "Talk through feedback you had this year from someone you supported: how it changed your practice, what colleagues learned from similar feedback, and what other approaches there are.",
              "4.1", "4.5"),
          prompt(
              "swe.current-event",
              "Discuss a current event that affects your practice, such as a change in policy or politics, and how each of you has handled its impact.",
              "4.4", "4.5"),
          prompt(
              "swe.research",
              "Read the same piece of research, theory or framework (or different ones) and discuss what it means for your work.",
              "4.3", "4.5"),
          prompt(
              "swe.values",
              "Discuss the values that matter most to each of you, how they differ between peers and professions, and what they do to your work.",
              "4.5", "4.8"),
          prompt(
              "swe.supervision",
              "Talk through your learning with a supervisor, manager or peers: current cases, the effect of the work on you, your decisions, and how they would approach the same situation.",
              "4.2", "4.5"));

  private PromptLibrary() {}

  /** The five built-in prompts, in order. */
  public static List<Prompt> builtIn() {
    return BUILT_IN;
  }

  /** The built-in prompt with this identifier, if any. */
  public static Optional<Prompt> byId(String id) {
    return BUILT_IN.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static Prompt prompt(String id, String text, String... standards) {
    Prompt.Builder b = Prompt.builder().id(id).text(text);
    for (String s : standards) {
      b.addStandard(StandardCode.of(s));
    }
    return b.build();
  }
}
