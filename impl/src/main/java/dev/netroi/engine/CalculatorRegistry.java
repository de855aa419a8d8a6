package dev.netroi.engine;

import dev.netroi.builtin.BuiltInCalculators;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable set of calculators with exactly one provider per measure, checked when it is built.
 *
 * <pre>{@code
 * CalculatorRegistry builtIns = CalculatorRegistry.builtIns();
 * CalculatorRegistry mine = builtIns.with(new MyPriceCalculator());
 * CalculatorRegistry loaded = CalculatorRegistry.fromServiceLoader();
 * }</pre>
 *
 * <p><b>Rules</b>, checked by every factory, each failure a {@link RegistryException} naming the
 * measures and calculators:
 *
 * <ul>
 *   <li>every calculator provides at least one measure, overrides only measures it provides, and
 *       does not require a measure it provides;
 *   <li>two measures of one name are the same measure (same type and unit);
 *   <li>when several calculators provide a measure, exactly one of them must list it in {@link
 *       Calculator#overrides()}; that one provides it. Registration order never decides;
 *   <li>every measure required by a calculator in use has a provider;
 *   <li>no measure depends on itself through calculators.
 * </ul>
 *
 * <p>There is no global registry: build one and pass it to a {@link CalculationEngine}.
 * Value-based, immutable and thread-safe.
 */
public final class CalculatorRegistry {

  private final List<Calculator> calculators;
  private final Map<Measure<?>, Calculator> providers;
  private final List<Measure<?>> measures;

  private CalculatorRegistry(List<Calculator> calculators) {
    this.calculators = List.copyOf(calculators);
    this.providers = resolve(this.calculators);
    this.measures = reportOrder(providers.keySet());
    checkRequirements();
    checkCycles();
  }

  /**
   * Returns a registry of netroi's built-in calculators, independent of the class path.
   *
   * @return the registry
   */
  public static CalculatorRegistry builtIns() {
    return new CalculatorRegistry(BuiltInCalculators.all());
  }

  /**
   * Returns a registry of the given calculators.
   *
   * @param calculators the calculators, not null
   * @return the registry
   * @throws RegistryException if the calculators break a rule of the registry
   */
  public static CalculatorRegistry of(Calculator... calculators) {
    return of(List.of(Checks.notNull(calculators, "calculators")));
  }

  /**
   * Returns a registry of the given calculators.
   *
   * @param calculators the calculators, not null
   * @return the registry
   * @throws RegistryException if the calculators break a rule of the registry
   */
  public static CalculatorRegistry of(Collection<? extends Calculator> calculators) {
    Checks.notNull(calculators, "calculators");
    List<Calculator> list = new ArrayList<>();
    for (Calculator calculator : calculators) {
      list.add(Checks.notNull(calculator, "calculator"));
    }
    return new CalculatorRegistry(list);
  }

  /**
   * Returns a registry of every calculator that {@link ServiceLoader} finds for {@link Calculator}
   * from the context class loader (and, in a module layer, from the modules that provide it): the
   * built-ins of {@code netroi-impl} and any plug-in on the class or module path.
   *
   * @return the registry
   * @throws RegistryException if a provider cannot be loaded, or the calculators break a rule
   */
  public static CalculatorRegistry fromServiceLoader() {
    return load(ServiceLoader.load(Calculator.class));
  }

  /**
   * Returns a registry of every calculator that {@link ServiceLoader} finds for {@link Calculator}
   * through the given class loader.
   *
   * @param classLoader the class loader to search, not null
   * @return the registry
   * @throws RegistryException if a provider cannot be loaded, or the calculators break a rule
   */
  public static CalculatorRegistry fromServiceLoader(ClassLoader classLoader) {
    return load(ServiceLoader.load(Calculator.class, Checks.notNull(classLoader, "classLoader")));
  }

  private static CalculatorRegistry load(ServiceLoader<Calculator> loader) {
    List<Calculator> found = new ArrayList<>();
    try {
      for (Calculator calculator : loader) {
        found.add(calculator);
      }
    } catch (ServiceConfigurationError e) {
      throw new RegistryException(
          RegistryException.Kind.LOAD_FAILED,
          "A calculator could not be loaded by the ServiceLoader: " + e.getMessage(),
          e);
    }
    return new CalculatorRegistry(found);
  }

  /**
   * Returns a registry of this registry's calculators and the given ones; a new calculator replaces
   * a built-in for a measure only if it lists that measure in {@link Calculator#overrides()}.
   *
   * @param more the calculators to add, not null
   * @return the new registry
   * @throws RegistryException if the calculators break a rule of the registry
   */
  public CalculatorRegistry with(Calculator... more) {
    List<Calculator> all = new ArrayList<>(calculators);
    for (Calculator calculator : Checks.notNull(more, "calculators")) {
      all.add(Checks.notNull(calculator, "calculator"));
    }
    return new CalculatorRegistry(all);
  }

  /**
   * Returns the calculators, in registration order, including any whose every measure was
   * overridden.
   *
   * @return an immutable list
   */
  public List<Calculator> calculators() {
    return calculators;
  }

  /**
   * Returns every measure some calculator provides: the built-in measures in the order of {@link
   * Measures#all()}, then the others by name.
   *
   * @return an immutable list
   */
  public List<Measure<?>> measures() {
    return measures;
  }

  /**
   * Returns the calculator that provides a measure.
   *
   * @param measure the measure
   * @return the provider, or empty if no calculator provides it
   */
  public Optional<Calculator> provider(Measure<?> measure) {
    return Optional.ofNullable(providers.get(Checks.notNull(measure, "measure")));
  }

  /**
   * Finds a measure provided by this registry by its name, built-in or plug-in: netroi's one lookup
   * of measures by name ({@link Netroi#measure(String)} is this lookup on the built-ins). It lives
   * on the registry, not on {@link Measures}, because only the registry knows every measure that
   * its engine computes.
   *
   * @param name the PascalCase name, matched exactly
   * @return the measure
   * @throws dev.netroi.calc.UnknownMeasureException if no provided measure has that name; the
   *     message lists the provided names in the order of {@link #measures()} and suggests the
   *     nearest one for an obvious near miss (see {@link dev.netroi.calc.UnknownMeasureException})
   */
  public Measure<?> measure(String name) {
    Checks.notNull(name, "name");
    for (Measure<?> measure : measures) {
      if (measure.name().equals(name)) {
        return measure;
      }
    }
    List<String> names = new ArrayList<>();
    measures.forEach(m -> names.add(m.name()));
    throw new dev.netroi.calc.UnknownMeasureException(name, names);
  }

  /** The batch loops of this registry's row calculators, made when a plan first needs them. */
  private final Map<Calculator, RowLoops.Loop> loops =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The loops of the built-in row calculators, one per class for the life of the JVM: a built-in is
   * stateless and its class fixes what it computes, so every instance of it shares one loop, and a
   * test or tool that builds many registries defines them once.
   */
  private static final Map<Class<?>, RowLoops.Loop> BUILT_IN_LOOPS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns the batch path's loop of one of this registry's row calculators. */
  RowLoops.Loop loop(dev.netroi.calc.RowCalculator calculator) {
    if (calculator.getClass().getPackageName().equals("dev.netroi.builtin")) {
      return BUILT_IN_LOOPS.computeIfAbsent(
          calculator.getClass(), c -> RowLoops.loopFor(calculator));
    }
    return loops.computeIfAbsent(calculator, c -> RowLoops.loopFor(calculator));
  }

  Calculator providerOf(Measure<?> measure) {
    Calculator calculator = providers.get(measure);
    if (calculator == null) {
      throw new RegistryException(
          RegistryException.Kind.MISSING_PROVIDER,
          "No calculator provides " + measure + "; provided measures: " + measures,
          List.of(measure.name()),
          List.of());
    }
    return calculator;
  }

  // ---------------------------------------------------------------- resolution

  private static Map<Measure<?>, Calculator> resolve(List<Calculator> calculators) {
    Map<String, Measure<?>> definitions = new HashMap<>();
    Map<Measure<?>, List<Calculator>> candidates = new LinkedHashMap<>();
    for (Calculator calculator : calculators) {
      Set<Measure<?>> provides = Checks.notNull(calculator.provides(), "provides");
      Set<Measure<?>> requires = Checks.notNull(calculator.requires(), "requires");
      Set<Measure<?>> overrides = Checks.notNull(calculator.overrides(), "overrides");
      Set<Measure<?>> uses = Checks.notNull(calculator.uses(), "uses");
      if (provides.isEmpty()) {
        throw invalid(calculator, "provides no measure", List.of());
      }
      if (!provides.containsAll(overrides)) {
        Set<Measure<?>> stray = new HashSet<>(overrides);
        stray.removeAll(provides);
        throw invalid(
            calculator, "overrides measures it does not provide: " + sorted(stray), stray);
      }
      Set<Measure<?>> both = new HashSet<>(uses);
      both.retainAll(requires);
      if (!both.isEmpty()) {
        throw invalid(calculator, "both requires and uses " + sorted(both), both);
      }
      Set<Measure<?>> self = new HashSet<>(requires);
      self.addAll(uses);
      self.retainAll(provides);
      if (!self.isEmpty()) {
        throw new RegistryException(
            RegistryException.Kind.CYCLE,
            "Calculator " + calculator.name() + " requires measures it provides: " + sorted(self),
            names(self),
            List.of(calculator.name()));
      }
      for (Set<Measure<?>> set : List.of(provides, requires, uses)) {
        for (Measure<?> measure : set) {
          checkDefinition(definitions, measure, calculator);
        }
      }
      for (Measure<?> measure : provides) {
        candidates.computeIfAbsent(measure, m -> new ArrayList<>()).add(calculator);
      }
    }
    Map<Measure<?>, Calculator> providers = new HashMap<>();
    List<String> conflicts = new ArrayList<>();
    List<String> conflictMeasures = new ArrayList<>();
    List<String> conflictCalculators = new ArrayList<>();
    for (Measure<?> measure : sorted(candidates.keySet())) {
      List<Calculator> providing = Lookup.present(candidates, measure);
      List<Calculator> overriding = new ArrayList<>();
      for (Calculator calculator : providing) {
        if (calculator.overrides().contains(measure)) {
          overriding.add(calculator);
        }
      }
      // one provider, or exactly one of several overrides the measure
      Calculator chosen =
          providing.size() == 1
              ? providing.get(0)
              : overriding.size() == 1 ? overriding.get(0) : null;
      if (chosen == null) {
        List<String> names = new ArrayList<>();
        providing.forEach(c -> names.add(c.name()));
        names.sort(Comparator.naturalOrder());
        conflicts.add(
            measure
                + " is provided by "
                + names
                + " and "
                + (overriding.isEmpty()
                    ? "none of them overrides it"
                    : overriding.size() + " of them override it"));
        conflictMeasures.add(measure.name());
        conflictCalculators.addAll(names);
      } else {
        providers.put(measure, chosen);
      }
    }
    if (!conflicts.isEmpty()) {
      throw new RegistryException(
          RegistryException.Kind.DUPLICATE_PROVIDER,
          "Measures with more than one provider: "
              + String.join("; ", conflicts)
              + ". Exactly one provider of a measure must list it in Calculator.overrides()",
          conflictMeasures,
          conflictCalculators);
    }
    return providers;
  }

  private static void checkDefinition(
      Map<String, Measure<?>> definitions, Measure<?> measure, Calculator calculator) {
    Measure<?> known = definitions.putIfAbsent(measure.name(), measure);
    if (known != null && (known.type() != measure.type() || !known.unit().equals(measure.unit()))) {
      throw new RegistryException(
          RegistryException.Kind.CONFLICTING_MEASURE,
          "Measure "
              + measure.name()
              + " is declared as "
              + known.type().getSimpleName()
              + "/"
              + known.unit()
              + " and, by "
              + calculator.name()
              + ", as "
              + measure.type().getSimpleName()
              + "/"
              + measure.unit(),
          List.of(measure.name()),
          List.of(calculator.name()));
    }
  }

  private void checkRequirements() {
    Map<String, List<String>> missing = new TreeMap<>();
    for (Calculator calculator : inUse()) {
      for (Measure<?> required : calculator.requires()) {
        if (!providers.containsKey(required)) {
          missing.computeIfAbsent(required.name(), n -> new ArrayList<>()).add(calculator.name());
        }
      }
    }
    if (!missing.isEmpty()) {
      List<String> calculatorNames = new ArrayList<>();
      missing.values().forEach(calculatorNames::addAll);
      throw new RegistryException(
          RegistryException.Kind.MISSING_PROVIDER,
          "No calculator provides the required measures " + missing + " (measure=[required by])",
          List.copyOf(missing.keySet()),
          calculatorNames);
    }
  }

  private void checkCycles() {
    Map<Measure<?>, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
    for (Measure<?> measure : measures) {
      visit(measure, state, new ArrayList<>());
    }
  }

  private void visit(Measure<?> measure, Map<Measure<?>, Integer> state, List<Measure<?>> path) {
    Integer seen = state.get(measure);
    if (seen != null && seen == 2) {
      return;
    }
    if (seen != null) {
      List<Measure<?>> cycle = new ArrayList<>(path.subList(path.indexOf(measure), path.size()));
      cycle.add(measure);
      List<String> calculatorNames = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < cycle.size(); i++) {
        Measure<?> m = cycle.get(i);
        text.append(i == 0 ? "" : " -> ").append(m);
        if (i < cycle.size() - 1) {
          String name = Lookup.present(providers, m).name();
          text.append(" (").append(name).append(')');
          calculatorNames.add(name);
        }
      }
      throw new RegistryException(
          RegistryException.Kind.CYCLE,
          "Measures depend on themselves: " + text,
          names(cycle),
          calculatorNames);
    }
    state.put(measure, 1);
    path.add(measure);
    for (Measure<?> required : dependencies(Lookup.present(providers, measure))) {
      visit(required, state, path);
    }
    path.remove(path.size() - 1);
    state.put(measure, 2);
  }

  /**
   * The measures a calculator runs after, in name order: those it requires and those it uses that a
   * calculator of this registry provides.
   */
  List<Measure<?>> dependencies(Calculator calculator) {
    Set<Measure<?>> all = new HashSet<>(calculator.requires());
    for (Measure<?> used : calculator.uses()) {
      if (providers.containsKey(used)) {
        all.add(used);
      }
    }
    return sorted(all);
  }

  private Set<Calculator> inUse() {
    return new HashSet<>(providers.values());
  }

  private static List<Measure<?>> reportOrder(Set<Measure<?>> provided) {
    List<Measure<?>> ordered = new ArrayList<>();
    for (Measure<?> measure : Measures.all()) {
      if (provided.contains(measure)) {
        ordered.add(measure);
      }
    }
    List<Measure<?>> others = new ArrayList<>(provided);
    others.removeAll(ordered);
    others.sort(Comparator.naturalOrder());
    ordered.addAll(others);
    return List.copyOf(ordered);
  }

  private static RegistryException invalid(
      Calculator calculator, String what, Collection<Measure<?>> measures) {
    return new RegistryException(
        RegistryException.Kind.INVALID_CALCULATOR,
        "Calculator " + calculator.name() + " " + what,
        names(measures),
        List.of(calculator.name()));
  }

  private static List<Measure<?>> sorted(Collection<Measure<?>> measures) {
    List<Measure<?>> list = new ArrayList<>(measures);
    list.sort(Comparator.naturalOrder());
    return list;
  }

  private static List<String> names(Collection<Measure<?>> measures) {
    List<String> names = new ArrayList<>();
    for (Measure<?> measure : measures) {
      names.add(measure.name());
    }
    return names;
  }

  @Override
  public String toString() {
    return "CalculatorRegistry["
        + calculators.size()
        + " calculators, "
        + measures.size()
        + " measures]";
  }
}
