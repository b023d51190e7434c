package org.cpdkit.core.session;

import java.util.List;
import java.util.Optional;
import org.cpdkit.core.standard.StandardCode;

/**
 * The built-in peer-reflection prompts, in cpdkit's own words, each mapped to its standards: the
 * five kinds of conversation with peers that Social Work England suggests count as CPD; an
 * appreciative line for practice learning circles, which starts from what works; and a prompt
 * each for being reflective and being reflexive.
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

  private static final List<Prompt> APPRECIATIVE =
      List.of(
          prompt(
              "circle.success",
              "Bring a piece of your practice that went well this year, a moment you are proud of, and tell it without naming anyone.",
              "4.5", "4.6"),
          prompt(
              "circle.what-made-it-work",
              "What made it work? Explore together what the practitioner knew, did and valued, and what the people they worked with brought.",
              "4.3", "4.5", "4.6"),
          prompt(
              "circle.repeat",
              "How could it happen again, for this practitioner and for the rest of the team? What would help it happen more often?",
              "4.5", "4.6"),
          prompt(
              "circle.feedback",
              "Tell the practitioner what you saw in their success and what you will take from it into your own practice.",
              "4.1", "4.5"));

  private static final Prompt REFLECTIVE =
      prompt(
          "practice.reflective",
          "Be reflective: which beliefs, values, theory and research shaped the decisions you made, and how would a different one have changed them?",
          "4.3", "4.6", "4.8");

  private static final Prompt REFLEXIVE =
      prompt(
          "practice.reflexive",
          "Be reflexive: how was power shared between you, the people you worked with and the organisation, how did your own position shape what happened, and what did the people you supported think of it?",
          "4.1", "4.6", "4.8");

  private static final List<Prompt> ALL = all(BUILT_IN, APPRECIATIVE, List.of(REFLECTIVE, REFLEXIVE));

  private PromptLibrary() {}

  /** The five prompts for the conversations Social Work England suggests, in order. */
  public static List<Prompt> builtIn() {
    return BUILT_IN;
  }

  /**
   * The appreciative line of a practice learning circle, in the order a circle follows it: the
   * success brought, what made it work, how to repeat it, the group's feedback.
   */
  public static List<Prompt> appreciative() {
    return APPRECIATIVE;
  }

  /** Being reflective: how beliefs, values, theory and research shape decisions. */
  public static Prompt reflective() {
    return REFLECTIVE;
  }

  /** Being reflexive: how power is distributed in the relationships of practice. */
  public static Prompt reflexive() {
    return REFLEXIVE;
  }

  /** Every built-in prompt: the five, the appreciative line, then reflective and reflexive. */
  public static List<Prompt> all() {
    return ALL;
  }

  /** The built-in prompt with this identifier, if any, from {@link #all()}. */
  public static Optional<Prompt> byId(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @SafeVarargs
  private static List<Prompt> all(List<Prompt>... lists) {
    java.util.List<Prompt> out = new java.util.ArrayList<>();
    for (List<Prompt> l : lists) {
      out.addAll(l);
    }
    return List.copyOf(out);
  }

  private static Prompt prompt(String id, String text, String... standards) {
    Prompt.Builder b = Prompt.builder().id(id).text(text);
    for (String s : standards) {
      b.addStandard(StandardCode.of(s));
    }
    return b.build();
  }
}
