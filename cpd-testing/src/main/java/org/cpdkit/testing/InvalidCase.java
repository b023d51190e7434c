package org.cpdkit.testing;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One way of breaking exactly one construction invariant of a cpdkit value: a valid value is
 * generated, then one property is set to something that can never be true. Building the result
 * must throw {@link org.cpdkit.core.InvalidValueException} naming {@link #type()} and {@link
 * #field()}.
 */
public final class InvalidCase {
  private final String type;
  private final String field;
  private final String description;
  private final Gen<? extends Supplier<?>> constructions;

  /**
   * Describes a case.
   *
   * @param type the simple name of the type whose construction must fail, such as {@code CpdEntry}
   * @param field the property the failure must name, such as {@code endDate}
   * @param description the mutation in a few words, such as {@code endDate before date}
   * @param constructions generates functions that attempt the invalid construction
   */
  public InvalidCase(String type, String field, String description, Gen<? extends Supplier<?>> constructions) {
    this.type = Objects.requireNonNull(type, "type");
    this.field = Objects.requireNonNull(field, "field");
    this.description = Objects.requireNonNull(description, "description");
    this.constructions = Objects.requireNonNull(constructions, "constructions");
  }

  /** The simple name of the type whose construction must fail. */
  public String type() {
    return type;
  }

  /** The property the failure must name. */
  public String field() {
    return field;
  }

  /** The mutation, in a few words. */
  public String description() {
    return description;
  }

  /** {@code type.field: description}, a stable name for reports. */
  public String name() {
    return type + "." + field + ": " + description;
  }

  /** Generates attempts to build a value broken in this way; each must throw when built. */
  public Gen<Attempt> attempts() {
    return random -> new Attempt(name(), constructions.next(random));
  }

  @Override
  public String toString() {
    return name();
  }

  /** One attempt to build a value that breaks the case's invariant. */
  public static final class Attempt {
    private final String name;
    private final Supplier<?> construction;

    Attempt(String name, Supplier<?> construction) {
      this.name = name;
      this.construction = construction;
    }

    /**
     * Builds the value, which must throw {@link org.cpdkit.core.InvalidValueException}.
     *
     * @return the value, only if the invariant is (wrongly) not enforced
     */
    public Object build() {
      return construction.get();
    }

    @Override
    public String toString() {
      return "attempt " + name;
    }
  }
}
