package org.cpdkit.core.portfolio;

import org.cpdkit.core.entry.Coded;

/** The four themes of the Nursing and Midwifery Council's Code, to which reflective accounts are linked. */
public enum CodeTheme implements Coded {
  /** Prioritise people. */
  PRIORITISE_PEOPLE,
  /** Practise effectively. */
  PRACTISE_EFFECTIVELY,
  /** Preserve safety. */
  PRESERVE_SAFETY,
  /** Promote professionalism and trust. */
  PROMOTE_PROFESSIONALISM_AND_TRUST;

  @Override
  public String code() {
    return Coded.codeOf(this);
  }

  /** The constant with this code. */
  public static CodeTheme fromCode(String code) {
    return Coded.fromCode(CodeTheme.class, code);
  }
}
