package org.cpdkit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.cpdkit.core.portfolio.Regulator;
import org.cpdkit.rules.registration.RegistrationPack;

/**
 * The rule packs on the class path: cpdkit's own and any a {@link RulePackProvider} adds,
 * discovered once with {@link ServiceLoader}. Two packs with the same id are an error.
 */
public final class RulePacks {

  /** The provider of cpdkit's own packs, by class name (the rules package does not depend on it). */
  private static final String BUILT_IN_PROVIDER = "org.cpdkit.rules.registration.BuiltInPacks";

  private static final class Holder {
    static final Map<String, RulePack> PACKS = load(RulePacks.class.getClassLoader());
    static final List<String> BUILT_IN = builtInIds(RulePacks.class.getClassLoader());
  }

  private RulePacks() {}

  /** Every pack, by id. */
  public static List<RulePack> all() {
    return List.copyOf(Holder.PACKS.values());
  }

  /** The pack with this id, if there is one. */
  public static Optional<RulePack> find(String id) {
    return Optional.ofNullable(Holder.PACKS.get(id));
  }

  /**
   * The pack with this id.
   *
   * @throws IllegalArgumentException naming the known packs when there is none
   */
  public static RulePack get(String id) {
    return find(id)
        .orElseThrow(
            () -> new IllegalArgumentException("RulePacks: no pack with the id " + id + "; known: " + Holder.PACKS.keySet()));
  }

  /**
   * The registration pack with this id, as {@link org.cpdkit.rules.team.TeamCheck#of} takes it.
   *
   * @throws IllegalArgumentException naming the known packs when there is none, or when the pack
   *     with this id is not a registration pack
   */
  public static RegistrationPack registrationPack(String id) {
    RulePack pack = get(id);
    if (!(pack instanceof RegistrationPack)) {
      throw new IllegalArgumentException("RulePacks: the pack " + id + " is not a registration pack");
    }
    return (RegistrationPack) pack;
  }

  /**
   * The packs for a regulator that apply on a day, by id: for Social Work England the packs of
   * the registration year containing the day (cpdkit's own and any a local authority added), for
   * the others their packs.
   */
  public static List<RulePack> forRegulator(Regulator regulator, LocalDate day) {
    return Holder.PACKS.values().stream()
        .filter(p -> p.regulator().equals(Optional.of(regulator)) && p.appliesOn(day))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The pack a check of a practitioner of this regulator on this day uses unless another is
   * chosen by id: cpdkit's own pack whose period contains the day (for regulators whose periods
   * follow each registrant's cycle, their one pack). A pack a local authority adds is never the
   * default, whatever its id; choose it with {@link #get(String)}.
   */
  public static Optional<RulePack> defaultFor(Regulator regulator, LocalDate day) {
    return Holder.BUILT_IN.stream()
        .map(Holder.PACKS::get)
        .filter(p -> p.regulator().equals(Optional.of(regulator)) && p.appliesOn(day))
        .findFirst();
  }

  /** Whether the pack with this id is one of cpdkit's own. */
  public static boolean isBuiltIn(String id) {
    return Holder.BUILT_IN.contains(id);
  }

  private static List<String> builtInIds(ClassLoader loader) {
    List<String> ids = new ArrayList<>();
    for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class, loader)) {
      if (provider.getClass().getName().equals(BUILT_IN_PROVIDER)) {
        provider.packs().forEach(p -> ids.add(p.id()));
      }
    }
    ids.sort(Comparator.naturalOrder());
    return List.copyOf(ids);
  }

  /**
   * Loads the packs the providers visible to this class loader offer, sorted by id.
   *
   * @throws IllegalStateException when two packs share an id
   */
  public static Map<String, RulePack> load(ClassLoader loader) {
    List<RulePack> found = new ArrayList<>();
    for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class, loader)) {
      found.addAll(provider.packs());
    }
    found.sort(Comparator.comparing(RulePack::id));
    Map<String, RulePack> byId = new LinkedHashMap<>();
    for (RulePack pack : found) {
      if (byId.putIfAbsent(pack.id(), pack) != null) {
        throw new IllegalStateException("RulePacks: two rule packs have the id " + pack.id());
      }
    }
    return java.util.Collections.unmodifiableMap(byId);
  }

  /** The ids of every pack, sorted. */
  public static List<String> ids() {
    return Holder.PACKS.keySet().stream().collect(Collectors.toUnmodifiableList());
  }
}
