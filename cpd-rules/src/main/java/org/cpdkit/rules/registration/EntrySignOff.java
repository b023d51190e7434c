package org.cpdkit.rules.registration;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cpdkit.core.entry.CpdEntry;
import org.cpdkit.core.portfolio.SignOff;
import org.cpdkit.core.portfolio.SignOffKind;
import org.immutables.value.Value;

/**
 * A pack's requirement that each piece of CPD counted is signed off on its own, such as an
 * employer asking a supervisor to endorse every piece: the kinds of sign-off that meet it and the
 * roles of the people who may give it. Checked by {@code entry.sign-off}.
 */
@Value.Immutable
@org.cpdkit.core.internal.DomainStyle
public abstract class EntrySignOff {

  /** Only the generated implementation extends a value type, so every instance is checked. */
  EntrySignOff() {}

  /** The kinds of sign-off that meet the requirement; empty means any kind. */
  public abstract Set<SignOffKind> kinds();

  /**
   * The roles that may sign a piece off, such as {@code supervisor}, compared without regard to
   * case; empty means any role.
   */
  public abstract List<String> roles();

  /** Who asks for the sign-off, in a few words, such as {@code the employer}. */
  @Value.Default
  public String askedBy() {
    return "the employer";
  }

  /** Whether this sign-off, dated by {@code asOf}, endorses this entry as the requirement asks. */
  public boolean meets(SignOff s, CpdEntry e, java.time.LocalDate asOf) {
    return s.entry().filter(e.id()::equals).isPresent()
        && (kinds().isEmpty() || kinds().contains(s.kind()))
        && (roles().isEmpty() || roles().stream().anyMatch(r -> r.equalsIgnoreCase(s.role().strip())))
        && !s.date().isBefore(e.date()) && !s.date().isAfter(asOf);
  }

  /** The roles in words, such as {@code a supervisor or a team manager}. */
  public String who() {
    if (roles().isEmpty()) {
      return "a manager or supervisor";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < roles().size(); i++) {
      if (i > 0) {
        b.append(i == roles().size() - 1 ? " or " : ", ");
      }
      String r = roles().get(i).toLowerCase(Locale.UK);
      b.append(i == 0 ? (startsWithVowel(r) ? "an " : "a ") : "").append(r);
    }
    return b.toString();
  }

  private static boolean startsWithVowel(String s) {
    return !s.isEmpty() && "aeiou".indexOf(s.charAt(0)) >= 0;
  }

  /** Any kind of sign-off by one of these roles (any role when none is given). */
  public static EntrySignOff byRoles(String... roles) {
    return builder().addAllRoles(java.util.List.of(roles)).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  protected void check() {
    for (String r : roles()) {
      if (r.isBlank() || r.length() > org.cpdkit.core.Limits.MAX_LABEL_LENGTH) {
        throw new IllegalArgumentException("EntrySignOff.roles: a role must be a label of 1 to "
            + org.cpdkit.core.Limits.MAX_LABEL_LENGTH + " characters");
      }
    }
    if (askedBy().isBlank()) {
      throw new IllegalArgumentException("EntrySignOff.askedBy: must not be blank");
    }
  }

  /** Builds {@link EntrySignOff} values. */
  public static final class Builder extends ImmutableEntrySignOff.Builder {}
}
