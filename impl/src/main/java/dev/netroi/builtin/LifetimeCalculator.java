package dev.netroi.builtin;

import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;

import dev.netroi.CashFlows;
import dev.netroi.InputPath;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The common part of the lifetime calculators: one {@link #compute(Row, double[])} over the row's
 * terms ({@link LifetimeRows#read}: the declared input paths, then each option's network from the
 * measures of the graph), written once by the subclass, and one explanation. A scenario without
 * lifetime terms fails as {@code MISSING_INPUT} with one constant message; a row whose figures are
 * not finite numbers fails as {@code UNDEFINED} with a message naming the cause: the discount rate
 * when the figure is finite at a rate of 0, else the input of the largest magnitude.
 */
abstract class LifetimeCalculator extends BuiltInRowCalculator {

  private final List<Measure<?>> reads;

  // value indexes of each option's network measures, -1 when the calculator does not read them
  private final int candidateCost;
  private final int candidateCapex;
  private final int candidatePower;
  private final int baselineCost;
  private final int baselineCapex;
  private final int baselinePower;

  /**
   * @param outputs the provided measures, in the order of {@link Row#set}
   * @param required the required measures; an option's network is read when its {@code
   *     NetworkCostPerGpu<Role>} is among them, and then its fabric capex and power must be used
   * @param used the used measures
   */
  LifetimeCalculator(List<Measure<?>> outputs, List<Measure<?>> required, List<Measure<?>> used) {
    super(outputs, required, used);
    List<Measure<?>> all = new ArrayList<>(required);
    all.addAll(used);
    this.reads = List.copyOf(all);
    this.candidateCost = required.indexOf(NETWORK_COST_PER_GPU_CANDIDATE);
    this.candidateCapex = reads.indexOf(FABRIC_CAPEX_PER_GPU_CANDIDATE);
    this.candidatePower = reads.indexOf(FABRIC_POWER_PER_GPU_CANDIDATE);
    this.baselineCost = required.indexOf(NETWORK_COST_PER_GPU_BASELINE);
    this.baselineCapex = reads.indexOf(FABRIC_CAPEX_PER_GPU_BASELINE);
    this.baselinePower = reads.indexOf(FABRIC_POWER_PER_GPU_BASELINE);
    if ((candidateCost >= 0) != (candidateCapex >= 0 && candidatePower >= 0)
        || (baselineCost >= 0) != (baselineCapex >= 0 && baselinePower >= 0)) {
      throw new IllegalArgumentException("a network needs its cost, capex and power: " + reads);
    }
  }

  /** The used fabric measures of the options whose networks a calculator reads. */
  static List<Measure<?>> fabricMeasures(boolean candidate, boolean baseline) {
    List<Measure<?>> used = new ArrayList<>();
    if (candidate) {
      used.add(FABRIC_CAPEX_PER_GPU_CANDIDATE);
      used.add(FABRIC_POWER_PER_GPU_CANDIDATE);
    }
    if (baseline) {
      used.add(FABRIC_CAPEX_PER_GPU_BASELINE);
      used.add(FABRIC_POWER_PER_GPU_BASELINE);
    }
    return List.copyOf(used);
  }

  /**
   * The lifetime terms' paths, in the order {@link LifetimeRows} reads them; a calculator that
   * reads more puts its own paths after these.
   */
  @Override
  public List<InputPath> inputPaths(Scenario structure) {
    return LifetimeRows.inputPaths(structure);
  }

  /** Reads the row's terms and the networks this calculator reads into the scratch array. */
  final double[] terms(Row row) {
    double[] s = LifetimeRows.read(row);
    if (candidateCost >= 0) {
      LifetimeRows.network(
          row, s, LifetimeRows.CANDIDATE, candidateCost, candidateCapex, candidatePower);
    }
    if (baselineCost >= 0) {
      LifetimeRows.network(
          row, s, LifetimeRows.BASELINE, baselineCost, baselineCapex, baselinePower);
    }
    return s;
  }

  /**
   * Computes the provided measures of one row.
   *
   * @param row the row: values by the indexes of the required then used measures, outputs by the
   *     indexes of the provided ones
   * @param s the row's terms ({@link LifetimeRows}), with room for two series of flows
   * @return null when the outputs are set (an output set to a value that is not finite means an
   *     overflow), else why the row fails: {@code UNDEFINED} or {@code MISSING_INPUT}
   */
  abstract @Nullable FailureReason compute(Row row, double[] s);

  /**
   * Returns the message of a refusal of {@link #compute(Row, double[])}, on the audited path.
   *
   * @param row the row
   * @param s the row's terms as {@code compute} left them
   * @param reason the reason {@code compute} gave
   */
  String refusal(Row row, double[] s, FailureReason reason) {
    return reason == FailureReason.MISSING_INPUT
        ? "an input of the figure is missing"
        : "the figure is undefined for this scenario";
  }

  /**
   * Explains one provided figure on the audited path; the required measures it does not name are
   * added after.
   *
   * @param row the row, computed
   * @param s the row's terms, read again
   * @param output the index of the output
   */
  abstract Explanation explain(Row row, double[] s, int output);

  @Override
  public final @Nullable FailureReason refuses(Scenario structure) {
    return structure.lifetime().isEmpty() ? FailureReason.MISSING_INPUT : null;
  }

  @Override
  public final int layout(Scenario structure) {
    return LifetimeRows.layout(structure);
  }

  @Override
  public final @Nullable FailureReason compute(Row row) {
    if (!LifetimeRows.hasLifetime(row)) {
      return FailureReason.MISSING_INPUT;
    }
    FailureReason reason = compute(row, terms(row));
    if (reason == null && !outputsFinite(row)) {
      return FailureReason.UNDEFINED;
    }
    return reason;
  }

  private boolean outputsFinite(Row row) {
    int count = outputs().size();
    for (int i = 0; i < count; i++) {
      if (!Double.isFinite(row.output(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final String refusal(Row row, FailureReason reason) {
    if (!LifetimeRows.hasLifetime(row)) {
      return LifetimeRows.NO_LIFETIME;
    }
    double[] s = terms(row);
    FailureReason again = compute(row, s);
    if (again != null) {
      return refusal(row, s, again);
    }
    // an overflow: is the discount rate the cause?
    RateZero zero = new RateZero(row, outputs().size());
    FailureReason atZero = compute(zero, terms(zero));
    boolean rate = atZero != null || outputsFinite(zero);
    return LifetimeRows.overflow(row, inputPaths(row.scenario()), reads, rate);
  }

  @Override
  public final Explanation explain(Row row, int output) {
    return named(row, explain(row, terms(row), output));
  }

  /** Adds to an explanation each required measure it does not name yet, with its value. */
  @SuppressWarnings("unchecked") // each value is of its measure's type: it is the measure's figure
  private Explanation named(Row row, Explanation explanation) {
    Explanation named = explanation;
    List<Measure<?>> required = required();
    for (int i = 0; i < required.size(); i++) {
      Measure<Object> measure = (Measure<Object>) required.get(i);
      if (!explanation.namesInput(measure.name())) {
        Figure<?> figure = row.figure(i);
        named = named.withInput(measure, figure.value());
      }
    }
    return named;
  }

  /** The flows in {@code s[at..at+length)} as a display string, for messages. */
  static String series(Row row, double[] s, int at, int length) {
    return flows(row, s, at, length).toDisplayString();
  }

  private static CashFlows flows(Row row, double[] s, int at, int length) {
    return CashFlows.of(row.scenario().currency(), Arrays.copyOfRange(s, at, at + length));
  }

  /**
   * Adds the flows in {@code s[at..at+length)} to an explanation as an input shown as {@link
   * CashFlows#toDisplayString()} shows them, formatted only when the input's text is read.
   */
  static Explanation withFlows(
      Explanation explanation, String name, Row row, double[] s, int at, int length) {
    return explanation.withInput(name, new Shown(flows(row, s, at, length)), "");
  }

  /** A series whose text is its display string, made when read. */
  private record Shown(CashFlows flows) {
    @Override
    public String toString() {
      return flows.toDisplayString();
    }
  }

  /** A row with the discount rate set to 0 and outputs of its own. */
  private static final class RateZero implements Row {
    private final Row row;
    private final double[] outputs;

    RateZero(Row row, int outputs) {
      this.row = row;
      this.outputs = new double[outputs];
      Arrays.fill(this.outputs, Double.NaN);
    }

    @Override
    public Scenario scenario() {
      return row.scenario();
    }

    @Override
    public double input(int index) {
      return index == LifetimeRows.RATE_INPUT ? 0 : row.input(index);
    }

    @Override
    public int layout() {
      return row.layout();
    }

    @Override
    public double value(int index) {
      return row.value(index);
    }

    @Override
    public boolean isPresent(int index) {
      return row.isPresent(index);
    }

    @Override
    public void set(int index, double value) {
      outputs[index] = value;
    }

    @Override
    public double output(int index) {
      return outputs[index];
    }

    @Override
    public Figure<?> figure(int index) {
      return row.figure(index);
    }

    @Override
    public Scenario rowScenario() {
      return row.rowScenario();
    }

    @Override
    public double[] scratch(int length) {
      return row.scratch(length);
    }
  }
}
