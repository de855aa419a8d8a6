package dev.netroi.calc;

import dev.netroi.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * How a figure was computed: the formula, in words or symbols, and the inputs it used, each with
 * its name and its value as shown in reports. A finance reader can follow a figure back to the
 * scenario from it without reading Java.
 *
 * <p>{@code toString()} reads {@code ValueUpliftPerGpu = RealisedAnnualValuePerGpuCandidate -
 * RealisedAnnualValuePerGpuBaseline; where RealisedAnnualValuePerGpuCandidate = USD 134,816.40,
 * RealisedAnnualValuePerGpuBaseline = USD 85,147.20}. Value-based, immutable and thread-safe.
 *
 * @param formula the formula, not blank
 * @param inputs the inputs, in the order the formula names them
 */
public record Explanation(String formula, List<Input> inputs) {

  /**
   * Validates and copies the components.
   *
   * @param formula the formula, not blank
   * @param inputs the inputs, in the order the formula names them
   * @throws IllegalArgumentException if the formula is blank
   */
  public Explanation {
    Checks.notBlank(formula, "formula");
    inputs = List.copyOf(Checks.notNull(inputs, "inputs"));
  }

  /**
   * Obtains an explanation with a formula and no inputs yet.
   *
   * @param formula the formula, not blank
   * @return the explanation
   */
  public static Explanation of(String formula) {
    return new Explanation(formula, List.of());
  }

  /**
   * Returns a copy with one more input.
   *
   * @param name the input's name, such as {@code "candidate.effectiveFraction"}, not blank
   * @param value the input's value as shown in reports, not null
   * @return the new explanation
   */
  public Explanation withInput(String name, String value) {
    List<Input> more = new ArrayList<>(inputs);
    more.add(new Input(name, value));
    return new Explanation(formula, more);
  }

  /**
   * Returns a copy with one more input, the value of a measure formatted in its unit.
   *
   * @param measure the measure whose value was used
   * @param value the value
   * @param <T> the value type
   * @return the new explanation
   */
  public <T> Explanation withInput(Measure<T> measure, T value) {
    return withInput(Checks.notNull(measure, "measure").name(), measure.format(value));
  }

  /**
   * Returns whether an input of this name is present.
   *
   * @param name the input's name
   * @return true if an input has that name
   */
  public boolean namesInput(String name) {
    Checks.notNull(name, "name");
    return inputs.stream().anyMatch(input -> input.name().equals(name));
  }

  @Override
  public String toString() {
    if (inputs.isEmpty()) {
      return formula;
    }
    StringBuilder out = new StringBuilder(formula).append("; where ");
    for (int i = 0; i < inputs.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(inputs.get(i));
    }
    return out.toString();
  }

  /**
   * One input of an explanation.
   *
   * @param name the input's name, not blank
   * @param value the input's value as shown in reports, not null
   */
  public record Input(String name, String value) {

    /**
     * Validates the components.
     *
     * @param name the input's name, not blank
     * @param value the input's value as shown in reports, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Input {
      Checks.notBlank(name, "name");
      Checks.notNull(value, "value");
    }

    @Override
    public String toString() {
      return name + " = " + value;
    }
  }
}
