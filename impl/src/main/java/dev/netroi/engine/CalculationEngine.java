package dev.netroi.engine;

import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.CalculationResults;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.calc.RowCalculator;
import dev.netroi.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates scenarios with the calculators of a {@link CalculatorRegistry}: for tools that compute
 * many scenarios and want a grid of results with failures as data.
 *
 * <pre>{@code
 * CalculationEngine engine = CalculationEngine.of(CalculatorRegistry.builtIns());
 * CalculationResults one = engine.calculate(scenario, Measures.VALUE_UPLIFT_PER_GPU);
 * CalculationResults all = engine.calculateAll(scenario);
 * CurrencyAmount uplift = engine.value(scenario, Measures.VALUE_UPLIFT_PER_GPU);
 * ResultGrid grid = engine.calculate(scenarios, List.of(Measures.BENEFIT_COST_RATIO));
 * }</pre>
 *
 * <p>One verb per meaning, here and in {@link Netroi}: {@code calculate} returns results in which a
 * failure is data ({@link CalculationResults} for one scenario, a {@link ResultGrid} for many),
 * {@code calculateAll} is {@code calculate} of every measure of the registry, and {@code value}
 * returns one figure's value and throws when it failed, for code that cannot go on without it.
 *
 * <p>For each requested list of measures the engine plans, once, which calculators to run and in
 * which order (each after the calculators it requires), and keeps the plans of up to 256 lists.
 * Each calculator runs once per scenario. A calculator that throws {@link CalculationException}
 * yields failed results with its reason; any other exception, a missing figure or an undeclared one
 * yields {@link FailureReason#CALCULATION_ERROR} naming the calculator; the measures that require a
 * failed measure fail with {@link FailureReason#DEPENDENCY_FAILED}. The other measures still
 * compute.
 *
 * <p>Immutable and thread-safe: one engine may serve many threads.
 */
public final class CalculationEngine {

  private final CalculatorRegistry registry;
  private final int blockSize;

  /**
   * The rows per block of the batch path unless {@link #withBlockSize(int)} says otherwise: 4,096,
   * so that a block's inputs and measures stay in a core's cache.
   */
  public static final int DEFAULT_BLOCK_SIZE = 4096;

  /** The most rows per block of the batch path: 1,048,576. */
  public static final int MAX_BLOCK_SIZE = 1 << 20;

  /** Plans kept for reuse; beyond this many measure lists, new plans are made but not kept. */
  static final int MAX_CACHED_PLANS = 256;

  private final Map<List<Measure<?>>, Plan> plans = new ConcurrentHashMap<>();

  private CalculationEngine(CalculatorRegistry registry, int blockSize) {
    this.registry = registry;
    this.blockSize = blockSize;
  }

  /**
   * Obtains an engine over a registry, whose batch path computes blocks of {@value
   * #DEFAULT_BLOCK_SIZE} rows.
   *
   * @param registry the calculators to use, not null
   * @return the engine
   */
  public static CalculationEngine of(CalculatorRegistry registry) {
    return new CalculationEngine(Checks.notNull(registry, "registry"), DEFAULT_BLOCK_SIZE);
  }

  /**
   * Returns an engine like this one whose batch path computes blocks of the given number of rows.
   * The results of a batch are the same for any block size (a property of the test suite checks
   * it); the size only trades memory for speed: a block's inputs and measures should stay in a
   * core's cache, which the default of {@value #DEFAULT_BLOCK_SIZE} rows does. Small blocks let a
   * test cross block boundaries with a few rows.
   *
   * <pre>{@code
   * CalculationEngine small = Netroi.engine().withBlockSize(8);  // 20 rows: blocks of 8, 8, 4
   * }</pre>
   *
   * @param rows the rows per block, in [1, {@value #MAX_BLOCK_SIZE}]
   * @return the engine, with the same registry
   * @throws IllegalArgumentException if {@code rows} is out of range
   */
  public CalculationEngine withBlockSize(int rows) {
    if (rows < 1 || rows > MAX_BLOCK_SIZE) {
      throw new IllegalArgumentException(
          "rows (the block size) must be in [1, " + MAX_BLOCK_SIZE + "] but was " + rows);
    }
    return rows == blockSize ? this : new CalculationEngine(registry, rows);
  }

  /**
   * Returns the rows per block of the batch path.
   *
   * @return the block size, {@value #DEFAULT_BLOCK_SIZE} unless set by {@link #withBlockSize(int)}
   */
  public int blockSize() {
    return blockSize;
  }

  /**
   * Returns the registry this engine uses.
   *
   * @return the registry
   */
  public CalculatorRegistry registry() {
    return registry;
  }

  /**
   * Calculates the given measures for one scenario.
   *
   * @param scenario the scenario, not null
   * @param measures the measures, in report order, at least one, no duplicates
   * @return one result per measure, failures included
   * @throws RegistryException if the registry provides no calculator for a measure
   * @throws IllegalArgumentException if {@code measures} is empty or has a duplicate
   */
  public CalculationResults calculate(Scenario scenario, List<? extends Measure<?>> measures) {
    Checks.notNull(scenario, "scenario");
    return plan(measures).run(scenario);
  }

  /**
   * Calculates the given measures for one scenario.
   *
   * @param scenario the scenario, not null
   * @param measures the measures, in report order, at least one, no duplicates
   * @return one result per measure, failures included
   * @throws RegistryException if the registry provides no calculator for a measure
   */
  public CalculationResults calculate(Scenario scenario, Measure<?>... measures) {
    return calculate(scenario, List.of(Checks.notNull(measures, "measures")));
  }

  /**
   * Calculates every measure the registry provides for one scenario.
   *
   * @param scenario the scenario, not null
   * @return one result per measure of {@link CalculatorRegistry#measures()}, failures included
   */
  public CalculationResults calculateAll(Scenario scenario) {
    return calculate(scenario, registry.measures());
  }

  /**
   * Calculates one measure for one scenario and returns its value: {@code calculate(scenario,
   * measure).value(measure)}. Use {@link #calculate(Scenario, Measure...)} to keep a failure as
   * data, or to read the figure's explanation.
   *
   * <pre>{@code
   * double ratio = engine.value(scenario, Measures.BENEFIT_COST_RATIO);
   * }</pre>
   *
   * @param scenario the scenario, not null
   * @param measure the measure, not null
   * @param <T> the value type
   * @return the value
   * @throws IllegalStateException if the measure failed for this scenario; the message is the
   *     failure's, {@code "<measure> failed (<reason>): <message>"}, as {@link
   *     CalculationResults#value(Measure)} gives it
   * @throws RegistryException if the registry provides no calculator for the measure
   */
  public <T> T value(Scenario scenario, Measure<T> measure) {
    Checks.notNull(measure, "measure");
    return calculate(scenario, List.of(measure)).value(measure);
  }

  /**
   * Calculates the given measures for many scenarios: one row per scenario, one column per measure.
   * A failure in one cell never stops the others.
   *
   * @param scenarios the scenarios, in row order, not null
   * @param measures the measures, in column order, at least one, no duplicates
   * @return the grid of results
   * @throws RegistryException if the registry provides no calculator for a measure
   */
  public ResultGrid calculate(List<Scenario> scenarios, List<? extends Measure<?>> measures) {
    Checks.notNull(scenarios, "scenarios");
    Plan plan = plan(measures);
    List<CalculationResults> rows = new ArrayList<>(scenarios.size());
    for (Scenario scenario : scenarios) {
      rows.add(plan.run(Checks.notNull(scenario, "scenario")));
    }
    return ResultGrid.of(plan.requested, rows);
  }

  /**
   * Calculates measures for many variants of one scenario on the batch path, using every core:
   * {@link #batch(Scenario, Map, List, int)} with the number of available processors.
   *
   * @param base the scenario the columns vary, not null
   * @param columns the values of the varied inputs: path to one value per row, all of one length
   * @param measures the measures, at least one, no duplicates, each with a numeric value type
   * @return the values and failures per row and measure
   * @throws IllegalArgumentException if {@code columns} is empty or its arrays differ in length
   * @throws dev.netroi.UnknownInputPathException if {@code base} has no input of a column's path
   * @throws RegistryException if the registry provides no calculator for a measure
   */
  public BatchResults batch(
      Scenario base, Map<InputPath, double[]> columns, List<? extends Measure<?>> measures) {
    return batch(base, columns, measures, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Calculates measures for many variants of one scenario on the batch path: row {@code r} is
   * {@code base} with every input of {@code columns} set to its value at {@code r}, and its results
   * are those of {@link #calculate(Scenario, List)} on that scenario (the same calculators, the
   * same values to the bit, the same failure reasons) without explanations.
   *
   * <pre>{@code
   * double[] prices = ..., fractions = ...;   // one value per row
   * BatchResults results = engine.batch(reference,
   *     Map.of(InputPaths.PRICING_PRICE, prices, InputPaths.CANDIDATE_EFFECTIVE_FRACTION, fractions),
   *     List.of(Measures.BENEFIT_COST_RATIO));
   * }</pre>
   *
   * <p>Rows are computed in blocks ({@link #blockSize()} rows each), on primitive columns, by the
   * one body of each {@link RowCalculator} (every built-in is one), in a loop of its own; any other
   * calculator runs row by row on the row's scenario, at the cost of the audited path. An exception
   * a calculator throws fails its row as {@link FailureReason#CALCULATION_ERROR} and is reported in
   * {@link BatchResults#errors()}. A value that breaks an input's rule ({@link Scenario#inputRule})
   * fails every measure of its row with {@link FailureReason#INVALID_INPUT}. Blocks are shared
   * among the calling thread and up to {@code parallelism - 1} tasks of the common fork-join pool;
   * the results are the same for any {@code parallelism}. The columns are read, not copied, and
   * must not change during the call.
   *
   * <p>Where the batch path differs from building each row's scenario: a value is read as the
   * built-in values store it ({@code -0.0} as {@code 0.0}); each input is checked by its own rule
   * ({@link dev.netroi.HasInputs#inputRule}), so a plug-in value whose rule ties two of its inputs
   * together should check that in its calculator (a calculator that runs row by row builds the
   * row's scenario, and where the scenario is refused that calculator's measures fail in the row as
   * {@link FailureReason#INVALID_INPUT}, and those that depend on them as {@link
   * FailureReason#DEPENDENCY_FAILED}); and money is held in the scenario's currency, so a plug-in
   * figure in another currency fails its row as {@link FailureReason#CALCULATION_ERROR}.
   *
   * @param base the scenario the columns vary, not null
   * @param columns the values of the varied inputs: path to one value per row, all of one length
   * @param measures the measures, at least one, no duplicates, each with a numeric value type
   * @param parallelism the most threads to use, at least 1 (1: the calling thread only)
   * @return the values and failures per row and measure
   * @throws IllegalArgumentException if {@code columns} is empty, its arrays differ in length,
   *     {@code parallelism} is below 1, or a measure to compute (requested or needed by one) has a
   *     value type that is not a number ({@code CurrencyAmount}, {@code Bandwidth} or {@code
   *     Double})
   * @throws dev.netroi.UnknownInputPathException if {@code base} has no input of a column's path
   * @throws RegistryException if the registry provides no calculator for a measure
   */
  public BatchResults batch(
      Scenario base,
      Map<InputPath, double[]> columns,
      List<? extends Measure<?>> measures,
      int parallelism) {
    Checks.notNull(base, "base");
    Checks.notNull(columns, "columns");
    Checks.notNull(measures, "measures");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1 but was " + parallelism);
    }
    Plan plan = plan(measures);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(
          "columns must vary at least one input of " + base.inputPaths() + " but was empty");
    }
    for (InputPath path : columns.keySet()) {
      Checks.notNull(path, "a path of columns");
    }
    Map<InputPath, double[]> sorted = new TreeMap<>(columns);
    InputPath[] paths = sorted.keySet().toArray(new InputPath[0]);
    double[][] arrays = new double[paths.length][];
    for (int i = 0; i < paths.length; i++) {
      arrays[i] = Checks.notNull(sorted.get(paths[i]), "columns[" + paths[i] + "]");
      if (arrays[i].length != arrays[0].length) {
        throw new IllegalArgumentException(
            "columns must have one length but "
                + paths[0]
                + " has "
                + arrays[0].length
                + " rows and "
                + paths[i]
                + " has "
                + arrays[i].length);
      }
    }
    BatchRun run = new BatchRun(plan, base, paths, arrays, blockSize);
    run.run(parallelism);
    return new BatchResults(this, run, plan.requested);
  }

  /** Returns how many plans are kept; for tests. */
  int cachedPlanCount() {
    return plans.size();
  }

  private Plan plan(List<? extends Measure<?>> measures) {
    Checks.notNull(measures, "measures");
    // a cached key is a valid list, so a hit needs no copy and no checks
    Plan plan = plans.get(measures);
    if (plan != null) {
      return plan;
    }
    List<Measure<?>> key = List.copyOf(measures);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("measures must not be empty but was []");
    }
    if (new HashSet<>(key).size() != key.size()) {
      throw new IllegalArgumentException("measures must not repeat a measure but was " + key);
    }
    plan = new Plan(registry, key);
    if (plans.size() < MAX_CACHED_PLANS) {
      Plan raced = plans.putIfAbsent(key, plan);
      return raced != null ? raced : plan;
    }
    return plan;
  }

  /**
   * The calculators to run, in dependency order, for one list of requested measures. Everything
   * that does not depend on the scenario is worked out here, once: each measure the plan computes
   * has a slot in the array of results of a run, and each step knows the slots it reads and fills.
   */
  static final class Plan {
    final List<Measure<?>> requested;
    final List<Step> steps = new ArrayList<>();

    /** The slot of every measure a step of this plan computes. */
    final Map<Measure<?>, Integer> slots = new HashMap<>();

    final int[] requestedSlots;

    /** The most outputs of one row calculator of the plan: the size of the audited row's array. */
    final int maxRowOutputs;

    Plan(CalculatorRegistry registry, List<Measure<?>> requested) {
      this.requested = requested;
      Set<Calculator> planned = new HashSet<>();
      Map<Calculator, Set<Measure<?>>> outputs = new HashMap<>();
      List<Calculator> order = new ArrayList<>();
      for (Measure<?> measure : requested) {
        add(registry, measure, planned, outputs, order);
      }
      for (Calculator calculator : order) {
        for (Measure<?> output : Lookup.present(outputs, calculator)) {
          slots.put(output, slots.size());
        }
      }
      int widest = 0;
      for (Calculator calculator : order) {
        Step step = new Step(calculator, Lookup.present(outputs, calculator), slots, registry);
        steps.add(step);
        widest = Math.max(widest, step.rowOutputs.length);
      }
      maxRowOutputs = widest;
      requestedSlots = new int[requested.size()];
      for (int i = 0; i < requestedSlots.length; i++) {
        requestedSlots[i] = Lookup.present(slots, requested.get(i));
      }
    }

    private static void add(
        CalculatorRegistry registry,
        Measure<?> measure,
        Set<Calculator> planned,
        Map<Calculator, Set<Measure<?>>> outputs,
        List<Calculator> order) {
      Calculator calculator = registry.providerOf(measure);
      outputs.computeIfAbsent(calculator, c -> new LinkedHashSet<>()).add(measure);
      if (!planned.add(calculator)) {
        return;
      }
      for (Measure<?> input : registry.dependencies(calculator)) {
        add(registry, input, planned, outputs, order);
      }
      order.add(calculator);
    }

    CalculationResults run(Scenario scenario) {
      Result<?>[] done = new Result<?>[slots.size()];
      Context context = new Context(scenario, done, slots, maxRowOutputs);
      for (Step step : steps) {
        step.run(scenario, done, context);
      }
      Result<?>[] results = new Result<?>[requestedSlots.length];
      for (int i = 0; i < results.length; i++) {
        results[i] = present(done, requestedSlots[i]);
      }
      return CalculationResults.of(scenario, Arrays.asList(results));
    }
  }

  static Result<?> present(@Nullable Result<?>[] done, int slot) {
    Result<?> result = done[slot];
    if (result == null) {
      throw new IllegalStateException("netroi bug: no result in slot " + slot);
    }
    return result;
  }

  /** One calculator and the measures this plan takes from it. */
  static final class Step {
    final Calculator calculator;
    final Set<Measure<?>> provides;
    final Set<Measure<?>> requires;

    /** What the calculator may read from its context: what it requires and what it uses. */
    final Set<Measure<?>> readable;

    // requires by name: a failure names the same input every run
    final Measure<?>[] inputs;
    final int[] inputSlots;

    /** The used measures that this plan computes, by name, and their slots. */
    final Measure<?>[] used;

    final int[] usedSlots;
    final Measure<?>[] outputs;
    final int[] outputSlots;

    /** The calculator as a row calculator, or null. */
    final @Nullable RowCalculator rowCalculator;

    /** A row calculator's outputs, in its order; empty for another calculator. */
    final Measure<?>[] rowOutputs;

    /** The slot of each of {@link #rowOutputs}, or -1 where the plan does not keep it. */
    final int[] rowOutputSlots;

    /** The slot of each measure a row reads (required, then used), or -1 where none is planned. */
    final int[] rowValueSlots;

    /** How many of {@link #rowValueSlots} are required. */
    final int requiredCount;

    private final CalculatorRegistry registry;

    Step(
        Calculator calculator,
        Set<Measure<?>> outputs,
        Map<Measure<?>, Integer> slots,
        CalculatorRegistry registry) {
      this.calculator = calculator;
      this.registry = registry;
      this.provides = Set.copyOf(calculator.provides());
      this.requires = Set.copyOf(calculator.requires());
      Set<Measure<?>> both = new HashSet<>(requires);
      both.addAll(calculator.uses());
      this.readable = Set.copyOf(both);
      this.inputs = sortedArray(requires);
      this.inputSlots = new int[inputs.length];
      for (int i = 0; i < inputs.length; i++) {
        inputSlots[i] = Lookup.present(slots, inputs[i]);
      }
      List<Measure<?>> planned = new ArrayList<>();
      for (Measure<?> measure : sortedArray(calculator.uses())) {
        if (slots.containsKey(measure)) {
          planned.add(measure);
        }
      }
      this.used = planned.toArray(new Measure<?>[0]);
      this.usedSlots = new int[used.length];
      for (int i = 0; i < used.length; i++) {
        usedSlots[i] = Lookup.present(slots, used[i]);
      }
      this.outputs = outputs.toArray(new Measure<?>[0]);
      this.outputSlots = new int[this.outputs.length];
      for (int i = 0; i < this.outputs.length; i++) {
        outputSlots[i] = Lookup.present(slots, this.outputs[i]);
      }
      if (calculator instanceof RowCalculator row) {
        this.rowCalculator = row;
        this.rowOutputs = row.outputs().toArray(new Measure<?>[0]);
        this.rowOutputSlots = new int[rowOutputs.length];
        for (int i = 0; i < rowOutputs.length; i++) {
          Integer slot = outputs.contains(rowOutputs[i]) ? slots.get(rowOutputs[i]) : null;
          rowOutputSlots[i] = slot == null ? -1 : slot;
        }
        List<Measure<?>> reads = new ArrayList<>(row.required());
        this.requiredCount = reads.size();
        reads.addAll(row.used());
        this.rowValueSlots = new int[reads.size()];
        for (int i = 0; i < rowValueSlots.length; i++) {
          Integer slot = slots.get(reads.get(i));
          rowValueSlots[i] = slot == null ? -1 : slot;
        }
      } else {
        this.rowCalculator = null;
        this.rowOutputs = new Measure<?>[0];
        this.rowOutputSlots = new int[0];
        this.rowValueSlots = new int[0];
        this.requiredCount = 0;
      }
    }

    /**
     * Returns the batch loop of this step's row calculator, made when a batch first needs it (the
     * audited path never does).
     */
    RowLoops.Loop loop() {
      return registry.loop(Objects.requireNonNull(rowCalculator));
    }

    private static Measure<?>[] sortedArray(Set<Measure<?>> measures) {
      List<Measure<?>> sorted = new ArrayList<>(measures);
      sorted.sort(Comparator.naturalOrder());
      return sorted.toArray(new Measure<?>[0]);
    }

    /** Runs this step alone, with a context of its own (the batch path's row-by-row fallback). */
    void run(Scenario scenario, @Nullable Result<?>[] done, Map<Measure<?>, Integer> slots) {
      run(scenario, done, new Context(scenario, done, slots, rowOutputs.length));
    }

    void run(Scenario scenario, @Nullable Result<?>[] done, Context context) {
      for (int i = 0; i < inputs.length; i++) {
        Result<?> result = present(done, inputSlots[i]);
        if (!result.isSuccess()) {
          failDependency(done, "requires", inputs[i], (Result.Failure<?>) result);
          return;
        }
      }
      for (int i = 0; i < used.length; i++) {
        Result<?> result = present(done, usedSlots[i]);
        if (!result.isSuccess()
            && ((Result.Failure<?>) result).reason() != FailureReason.MISSING_INPUT) {
          failDependency(done, "uses", used[i], (Result.Failure<?>) result);
          return;
        }
      }
      RowCalculator row = rowCalculator;
      if (row != null) {
        runRow(row, done, context.row(this));
        return;
      }
      List<Figure<?>> figures;
      try {
        figures = calculator.calculate(context.open(calculator, readable));
      } catch (CalculationException e) {
        context.close();
        failWith(done, e);
        return;
      } catch (RuntimeException e) {
        context.close();
        failThrown(done, e);
        return;
      }
      context.close();
      String broken = checkContract(figures);
      if (broken != null) {
        failAll(
            done,
            FailureReason.CALCULATION_ERROR,
            "calculator " + calculator.name() + " " + broken,
            null);
        return;
      }
      for (int f = 0; f < figures.size(); f++) {
        Figure<?> figure = figures.get(f);
        for (int i = 0; i < outputs.length; i++) {
          if (outputs[i].equals(figure.measure())) {
            done[outputSlots[i]] = Result.success(figure);
          }
        }
      }
    }

    private void failDependency(
        @Nullable Result<?>[] done, String verb, Measure<?> input, Result.Failure<?> failure) {
      failAll(
          done,
          FailureReason.DEPENDENCY_FAILED,
          verb + " " + input + ", which failed (" + failure.reason() + "): " + failure.message(),
          failure.cause());
    }

    private void failThrown(@Nullable Result<?>[] done, RuntimeException e) {
      failAll(
          done,
          FailureReason.CALCULATION_ERROR,
          "calculator "
              + calculator.name()
              + " threw "
              + e.getClass().getName()
              + ": "
              + e.getMessage(),
          e);
    }

    /** The audited path of a row calculator: compute, check, explain. */
    private void runRow(RowCalculator row, @Nullable Result<?>[] done, AuditedRow audited) {
      FailureReason reason;
      try {
        reason = row.refuses(audited.scenario());
        if (reason == null) {
          reason = row.compute(audited);
        }
        if (reason != null) {
          refuse(row, done, audited, reason);
          return;
        }
      } catch (CalculationException e) {
        failWith(done, e);
        return;
      } catch (RuntimeException e) {
        failThrown(done, e);
        return;
      }
      for (int i = 0; i < rowOutputs.length; i++) {
        double value = audited.output(i);
        if (Rows.refused(rowOutputs[i], value)) {
          failAll(
              done,
              FailureReason.CALCULATION_ERROR,
              "calculator "
                  + calculator.name()
                  + (Double.isNaN(value)
                      ? " set no value for " + rowOutputs[i]
                      : " set " + rowOutputs[i] + " to " + value + ", which its type refuses"),
              null);
          return;
        }
      }
      for (int i = 0; i < rowOutputs.length; i++) {
        int slot = rowOutputSlots[i];
        if (slot >= 0) {
          Explanation explanation;
          try {
            explanation = row.explain(audited, i);
          } catch (RuntimeException e) {
            failThrown(done, e);
            return;
          }
          done[slot] =
              Result.success(
                  Rows.figure(rowOutputs[i], audited.output(i), audited.currency(), explanation));
        }
      }
    }

    private volatile @Nullable Refused lastRefused;

    /** The failures of the last refusal, kept while the calculator gives the same message. */
    private static final class Refused {
      final FailureReason reason;
      final String message;
      final Result<?>[] failures;

      Refused(FailureReason reason, String message, Result<?>[] failures) {
        this.reason = reason;
        this.message = message;
        this.failures = failures;
      }
    }

    private void refuse(
        RowCalculator row, @Nullable Result<?>[] done, AuditedRow audited, FailureReason reason) {
      if (reason == FailureReason.DEPENDENCY_FAILED || reason == FailureReason.INVALID_INPUT) {
        failAll(
            done,
            FailureReason.CALCULATION_ERROR,
            "calculator "
                + calculator.name()
                + " returned "
                + reason
                + ", a reason only the engine gives",
            null);
        return;
      }
      String message = row.refusal(audited, reason);
      Refused refused = lastRefused;
      // the same message again reuses its failures: a constant refusal allocates nothing
      if (refused == null || refused.reason != reason || !refused.message.equals(message)) {
        Result<?>[] failures = new Result<?>[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
          failures[i] = Result.failure(outputs[i], reason, message, null);
        }
        refused = new Refused(reason, message, failures);
        lastRefused = refused;
      }
      for (int i = 0; i < outputs.length; i++) {
        done[outputSlots[i]] = refused.failures[i];
      }
    }

    private @Nullable String checkContract(@Nullable List<Figure<?>> figures) {
      if (figures == null) {
        return "returned null instead of a list of figures";
      }
      int count = figures.size();
      for (int i = 0; i < count; i++) {
        Figure<?> figure = figures.get(i);
        if (figure == null) {
          return "returned a null figure";
        }
        Measure<?> measure = figure.measure();
        if (!provides.contains(measure)) {
          return "returned a figure for " + measure + ", which it does not declare in provides()";
        }
        for (int j = 0; j < i; j++) {
          if (measure.equals(figures.get(j).measure())) {
            return "returned two figures for " + measure;
          }
        }
      }
      if (count < provides.size()) {
        Set<Measure<?>> missing = new HashSet<>(provides);
        for (Figure<?> figure : figures) {
          missing.remove(figure.measure());
        }
        List<Measure<?>> sorted = new ArrayList<>(missing);
        sorted.sort(Comparator.naturalOrder());
        return "returned no figure for " + sorted;
      }
      return null;
    }

    /**
     * The failures of the last {@link CalculationException} this step saw, kept so that a
     * calculator that throws one prebuilt exception (a scenario without a fabric, without lifetime
     * terms) costs no allocation per run: results are immutable, so runs may share them. A benign
     * race: threads may replace it, and any value is right for its exception.
     */
    private volatile @Nullable Thrown lastThrown;

    private static final class Thrown {
      final CalculationException exception;
      final Result<?>[] failures;

      Thrown(CalculationException exception, Result<?>[] failures) {
        this.exception = exception;
        this.failures = failures;
      }
    }

    private void failWith(@Nullable Result<?>[] done, CalculationException e) {
      Thrown thrown = lastThrown;
      if (thrown == null || thrown.exception != e) {
        Result<?>[] failures = new Result<?>[outputs.length];
        String message = String.valueOf(e.getMessage());
        for (int i = 0; i < outputs.length; i++) {
          failures[i] = Result.failure(outputs[i], e.getReason(), message, null);
        }
        thrown = new Thrown(e, failures);
        lastThrown = thrown;
      }
      for (int i = 0; i < outputs.length; i++) {
        done[outputSlots[i]] = thrown.failures[i];
      }
    }

    private void failAll(
        @Nullable Result<?>[] done,
        FailureReason reason,
        String message,
        @Nullable Throwable cause) {
      for (int i = 0; i < outputs.length; i++) {
        done[outputSlots[i]] = Result.failure(outputs[i], reason, message, cause);
      }
    }
  }

  /** What a calculator sees on the audited path; one per run, reused by each step in turn. */
  static final class Context implements CalculationContext {
    private final Scenario scenario;
    private final @Nullable Result<?>[] done;
    private final Map<Measure<?>, Integer> slots;
    private Set<Measure<?>> allowed = Set.of();
    private @Nullable Calculator calculator;
    private final AuditedRow row;

    Context(
        Scenario scenario,
        @Nullable Result<?>[] done,
        Map<Measure<?>, Integer> slots,
        int maxRowOutputs) {
      this.scenario = scenario;
      this.done = done;
      this.slots = slots;
      this.row = new AuditedRow(scenario, done, maxRowOutputs);
    }

    Context open(Calculator calculator, Set<Measure<?>> allowed) {
      this.calculator = calculator;
      this.allowed = allowed;
      return this;
    }

    void close() {
      this.calculator = null;
      this.allowed = Set.of();
    }

    AuditedRow row(Step step) {
      return row.open(step);
    }

    @Override
    public Scenario scenario() {
      return scenario;
    }

    @Override
    @SuppressWarnings("unchecked") // results are stored under their own measure
    public <T> Figure<T> figure(Measure<T> measure) {
      Checks.notNull(measure, "measure");
      Calculator reader = reader(measure);
      Integer slot = slots.get(measure);
      if (slot == null || !reader.requires().contains(measure)) {
        throw new IllegalStateException(
            "calculator "
                + reader.name()
                + " read "
                + measure
                + " with figure(), but uses it: read it with find(), since it may be absent");
      }
      return (Figure<T>) present(done, slot).figure();
    }

    @Override
    @SuppressWarnings("unchecked") // results are stored under their own measure
    public <T> Optional<Figure<T>> find(Measure<T> measure) {
      Checks.notNull(measure, "measure");
      reader(measure);
      Integer slot = slots.get(measure);
      if (slot == null) {
        return Optional.empty();
      }
      Result<?> result = present(done, slot);
      return result.isSuccess() ? Optional.of((Figure<T>) result.figure()) : Optional.empty();
    }

    private Calculator reader(Measure<?> measure) {
      Calculator reader = calculator;
      if (reader == null) {
        throw new IllegalStateException(
            "a calculator read "
                + measure
                + " from its context after its calculate returned; a context is valid during"
                + " calculate only");
      }
      if (!allowed.contains(measure)) {
        throw new IllegalStateException(
            "calculator "
                + reader.name()
                + " read "
                + measure
                + " but does not declare it in requires() or uses()");
      }
      return reader;
    }
  }
}
