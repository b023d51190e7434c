package org.cpdkit.core.entry;

/** The part of a team learning toolkit a reflection is about. */
public enum ToolkitStage implements Coded {
  /** The individual online module (L1). */
  MODULE,
  /** The case study discussed in group supervision (L2). */
  CASE_STUDY;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static ToolkitStage fromCode(String code) {
    return Coded.fromCode(ToolkitStage.class, code);
  }
}
