package org.cpdkit.core.entry;

import java.util.List;

/** A named model of structured reflection, with the sections each model has, in order. */
public enum ReflectionModel implements Coded {
  /** Gibbs' reflective cycle. */
  GIBBS(
      "Gibbs' reflective cycle",
      List.of("description", "feelings", "evaluation", "analysis", "conclusion", "action-plan")),
  /** Driscoll's What? So what? Now what? */
  DRISCOLL("What? So what? Now what? (Driscoll)", List.of("what", "so-what", "now-what")),
  /** Kolb's experiential learning cycle. */
  KOLB(
      "Kolb's experiential learning cycle",
      List.of(
          "concrete-experience",
          "reflective-observation",
          "abstract-conceptualisation",
          "active-experimentation"));

  private final String title;
  private final List<String> sections;

  ReflectionModel(String title, List<String> sections) {
    this.title = title;
    this.sections = sections;
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
