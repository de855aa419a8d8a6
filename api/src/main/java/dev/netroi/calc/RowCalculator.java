package dev.netroi.calc;

import dev.netroi.InputPath;
import dev.netroi.Scenario;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A calculator written once, for one row: it declares its outputs, the measures it requires or uses
 * and the input paths it reads, and computes a row from doubles in {@link #compute}, with its
 * failure rules there and nowhere else. The engine derives both of its paths from that one body:
 * the audited path ({@code calculate}: figures with the explanations of {@link #explain}) and the
 * batch path (sweeps, Monte Carlo: {@code compute} over the rows of each block, without
 * explanations). So a figure is the same to the bit on both paths, by construction.
 *
 * <pre>{@code
 * public final class BenefitCostRatio implements RowCalculator {
 *   public List<Measure<?>> outputs() { return List.of(Measures.BENEFIT_COST_RATIO); }
 *   public List<Measure<?>> required() {
 *     return List.of(Measures.VALUE_UPLIFT_PER_GPU, Measures.NETWORK_COST_PER_GPU_CANDIDATE);
 *   }
 *   public FailureReason compute(Row row) {
 *     double cost = row.value(1);
 *     if (cost == 0) {
 *       return FailureReason.UNDEFINED;
 *     }
 *     row.set(0, row.value(0) / cost);
 *     return null;
 *   }
 *   public Explanation explain(Row row, int output) {
 *     return Explanation.of("BenefitCostRatio = ValueUpliftPerGpu / NetworkCostPerGpuCandidate")
 *         .withInput("ValueUpliftPerGpu", row.figure(0).value().toString()) ...;
 *   }
 *   public String refusal(Row row, FailureReason reason) {
 *     return "undefined: the candidate's network cost is zero";
 *   }
 * }
 * }</pre>
 *
 * <p><b>What the engine does around {@code compute}.</b> It runs a row only when every required
 * measure succeeded (else the outputs fail as {@link FailureReason#DEPENDENCY_FAILED}) and, on the
 * batch path, when the row's inputs pass their rules (else {@link FailureReason#INVALID_INPUT}). A
 * reason returned by {@code compute} (or a {@link CalculationException} it throws) fails every
 * output of the row with that reason and the message of {@link #refusal}. An output left unset, or
 * set to a value its type refuses (NaN, an infinity, a bandwidth that is not positive), fails the
 * row as {@link FailureReason#CALCULATION_ERROR}, as does any other exception; on the batch path
 * such exceptions are also counted in the results ({@code BatchResults.errors()} of {@code
 * netroi-impl}), never hidden.
 *
 * <p>Implementations are stateless (or immutable), thread-safe and deterministic. Return constant
 * lists from the declaring methods: the engine calls them when it plans, and {@link #inputPaths}
 * once per scenario or batch.
 */
public interface RowCalculator extends Calculator {

  /**
   * Returns the provided measures, in the order of the indexes of {@link Row#set} and {@link
   * Row#output}.
   *
   * @return a non-empty list without repeats
   */
  List<Measure<?>> outputs();

  /**
   * Returns the required measures, in the order of the first indexes of {@link Row#value}.
   *
   * @return the measures; empty by default
   */
  default List<Measure<?>> required() {
    return List.of();
  }

  /**
   * Returns the measures read when present: a scenario where none provides them, or where they fail
   * as {@link FailureReason#MISSING_INPUT}, still computes, with {@link Row#isPresent} false. Any
   * other failure of a used measure fails the row as {@link FailureReason#DEPENDENCY_FAILED}. Their
   * indexes in {@link Row#value} follow those of {@link #required()}.
   *
   * @return the measures; empty by default
   */
  default List<Measure<?>> used() {
    return List.of();
  }

  /**
   * Returns the input paths {@link #compute} reads for scenarios of one structure, in the order of
   * the indexes of {@link Row#input}. A path may depend on the structure (an option's fabric inputs
   * exist only when it has a fabric), never on the numbers.
   *
   * @param structure the scenario, or the base scenario of a batch
   * @return the paths, each one of {@code structure.inputPaths()}; empty by default
   */
  default List<InputPath> inputPaths(Scenario structure) {
    return List.of();
  }

  /**
   * Returns why every row of scenarios of one structure fails, before any row is computed: a
   * scenario without lifetime terms, an option without a fabric, a scenario without market facts.
   * The engine asks once per scenario on the audited path and once per batch on the batch path, and
   * then fails the rows with this reason and the message of {@link #refusal} without calling {@link
   * #compute}. A structure is all that is not a number, so the answer cannot depend on a row.
   *
   * @param structure the scenario, or the base scenario of a batch
   * @return null when rows of this structure are computed; else {@link FailureReason#MISSING_INPUT}
   *     or {@link FailureReason#UNDEFINED}
   */
  default @Nullable FailureReason refuses(Scenario structure) {
    return null;
  }

  /**
   * Returns a number that tells the structures this calculator computes differently apart (which
   * optional inputs a scenario has, which kind of pricing, which option has a fabric), given to
   * {@link #compute} as {@link Row#layout()}: the engine asks once per scenario on the audited path
   * and once per batch on the batch path, so that a row does not ask the scenario again. Typically
   * a few bits, one per optional part, that also index the lists of {@link #inputPaths}.
   *
   * @param structure the scenario, or the base scenario of a batch
   * @return the layout; 0 by default
   */
  default int layout(Scenario structure) {
    return 0;
  }

  /**
   * Computes one row: sets every output with {@link Row#set}, or returns why the row has no
   * figures.
   *
   * @param row the row's numbers
   * @return null when the outputs are set; else {@link FailureReason#MISSING_INPUT}, {@link
   *     FailureReason#UNDEFINED} or {@link FailureReason#CALCULATION_ERROR}
   */
  @Nullable FailureReason compute(Row row);

  /**
   * Explains one output of a computed row, on the audited path only.
   *
   * @param row the row, as {@link #compute} left it
   * @param output the index of the output in {@link #outputs()}
   * @return the explanation: the formula and its inputs, named by measure names and input paths
   */
  Explanation explain(Row row, int output);

  /**
   * Returns the message of a row that {@link #compute} refused, on the audited path only.
   *
   * @param row the row
   * @param reason the reason {@code compute} returned
   * @return the message, naming the inputs by their paths and measures by their names
   */
  String refusal(Row row, FailureReason reason);

  /**
   * Returns {@link #outputs()} as a set.
   *
   * @return the provided measures
   */
  @Override
  default Set<Measure<?>> provides() {
    return Set.copyOf(outputs());
  }

  /**
   * Returns {@link #required()} as a set.
   *
   * @return the required measures
   */
  @Override
  default Set<Measure<?>> requires() {
    return Set.copyOf(required());
  }

  /**
   * Returns {@link #used()} as a set.
   *
   * @return the used measures
   */
  @Override
  default Set<Measure<?>> uses() {
    return Set.copyOf(used());
  }

  /**
   * Not called: the engine computes a row calculator's figures from {@link #compute} and {@link
   * #explain}. Run it through {@code CalculationEngine}.
   *
   * @param context unused
   * @return never
   * @throws UnsupportedOperationException always
   */
  @Override
  default List<Figure<?>> calculate(CalculationContext context) {
    throw new UnsupportedOperationException(
        name() + " is a RowCalculator: the engine computes its figures from compute(Row)");
  }
}
