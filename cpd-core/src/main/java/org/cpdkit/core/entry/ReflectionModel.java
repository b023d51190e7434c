package org.cpdkit.core.entry;

import java.util.List;
import java.util.Map;

/** A named model of structured reflection, with the sections each model has, in order. */
public enum ReflectionModel implements Coded {
  /** Gibbs' reflective cycle. */
  GIBBS(
      "Gibbs' reflective cycle",
      List.of("description", "feelings", "evaluation", "analysis", "conclusion", "action-plan"),
      List.of(
          "What happened? Set the scene without naming anyone.",
          "What were you thinking and feeling at the time?",
          "What went well, and what did not?",
          "What sense can you make of it? Which research, theory or framework helps explain it?",
          "What else could you have done? What have you learned?",
          "If it happened again, what would you do? What will you do next, and by when?")),
  /** Driscoll's What? So what? Now what? */
  DRISCOLL(
      "What? So what? Now what? (Driscoll)",
      List.of("what", "so-what", "now-what"),
      List.of(
          "What happened, what did you do and what did others do?",
          "So what? Why does it matter, what did you learn, and what does it mean for the people you work with?",
          "Now what? What will you do differently, and what support or learning do you need?")),
  /** Kolb's experiential learning cycle. */
  KOLB(
      "Kolb's experiential learning cycle",
      List.of(
          "concrete-experience",
          "reflective-observation",
          "abstract-conceptualisation",
          "active-experimentation"),
      List.of(
          "What was the experience?",
          "Looking back, what did you notice? How did it look from the other people's side?",
          "What do you now understand, and which ideas, research or theory shaped that understanding?",
          "What will you try next time, and how will you know whether it worked?")),
  /**
   * The appreciative structure of a practice learning circle: a success the practitioner brought,
   * what made it work, how to repeat it, and what the group said about it.
   */
  PRACTICE_LEARNING_CIRCLE(
      "Practice learning circle (appreciative)",
      List.of("success", "what-made-it-work", "how-to-repeat-it", "group-feedback"),
      List.of(
          "Which piece of your practice went well, a moment you are proud of? Describe it without naming anyone.",
          "What made it work: what did you know, do and value, and what did the people you worked with bring?",
          "How could you, and others, do it again? What would help it happen more often?",
          "What did the group see in it, and what did their feedback add to your understanding?"));

  private final String title;
  private final List<String> sections;
  private final Map<String, String> prompts;

  ReflectionModel(String title, List<String> sections, List<String> prompts) {
    this.title = title;
    this.sections = sections;
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < sections.size(); i++) {
      m.put(sections.get(i), prompts.get(i));
    }
    this.prompts = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The question that starts the writing of a section, in cpdkit's own words.
   *
   * @throws IllegalArgumentException if the model has no such section
   */
  public String prompt(String section) {
    String prompt = prompts.get(section);
    if (prompt == null) {
      throw new IllegalArgumentException(
          "ReflectionModel " + code() + ": no section " + section + "; sections are " + sections);
    }
    return prompt;
  }

  /** The model's usual name. */
  public String title() {
    return title;
  }

  /** The codes of the model's sections, in order. */
  public List<String> sections() {
    return sections;
  }

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static ReflectionModel fromCode(String code) {
    return Coded.fromCode(ReflectionModel.class, code);
  }
}
