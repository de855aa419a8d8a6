package dev.netroi.calc;

import dev.netroi.CurrencyAmount;
import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a figure was computed: the formula, in words or symbols, and the inputs it used, each with
 * its name and its value as shown in reports. A finance reader can follow a figure back to the
 * scenario from it without reading Java.
 *
 * <p>{@code toString()} reads {@code ValueUpliftPerGpu = RealisedAnnualValuePerGpuCandidate -
 * RealisedAnnualValuePerGpuBaseline; where RealisedAnnualValuePerGpuCandidate = USD 134,816.40,
 * RealisedAnnualValuePerGpuBaseline = USD 85,147.20}. Equal explanations have equal formulas and
 * equal inputs in the same order. Value-based, immutable and thread-safe.
 *
 * <p>Adding an input ({@code withInput}) costs one small object: an explanation shares the inputs
 * of the one it was made from, so a calculator that explains each figure of a large sweep does not
 * copy lists.
 */
public final class Explanation {

  private final String formula;
  // The inputs as a chain, newest first: this explanation holds its last input (name, value and
  // how to show it) and points to the explanation it was made from. One object per input.
  private final @Nullable Explanation previous;
  private final @Nullable String name;
  private final @Nullable Object raw;
  private final @Nullable Measure<?> measure;
  private final @Nullable String suffix;
  private final int size;

  private Explanation(String formula) {
    this.formula = formula;
    this.previous = null;
    this.name = null;
    this.raw = null;
    this.measure = null;
    this.suffix = null;
    this.size = 0;
  }

  private Explanation(
      Explanation previous,
      String name,
      Object raw,
      @Nullable Measure<?> measure,
      @Nullable String suffix) {
    this.formula = previous.formula;
    this.previous = previous;
    this.name = Checks.notBlank(name, "name");
    this.raw = raw;
    this.measure = measure;
    this.suffix = suffix;
    this.size = previous.size + 1;
  }

  /**
   * Obtains an explanation with a formula and no inputs yet.
   *
   * @param formula the formula, not blank
   * @return the explanation
   * @throws IllegalArgumentException if the formula is blank
   */
  public static Explanation of(String formula) {
    return new Explanation(Checks.notBlank(formula, "formula"));
  }

  /**
   * Obtains an explanation with a formula and inputs.
   *
   * @param formula the formula, not blank
   * @param inputs the inputs, in the order the formula names them; copied
   * @return the explanation
   * @throws IllegalArgumentException if the formula is blank
   */
  public static Explanation of(String formula, List<Input> inputs) {
    Explanation explanation = of(formula);
    for (Input input : Checks.notNull(inputs, "inputs")) {
      Checks.notNull(input, "input");
      explanation = explanation.withInput(input.name(), input.value());
    }
    return explanation;
  }

  /**
   * Returns the formula, in words or symbols.
   *
   * @return the formula, such as {@code "ValueUpliftPerGpu = RealisedAnnualValuePerGpuCandidate -
   *     RealisedAnnualValuePerGpuBaseline"}
   */
  public String formula() {
    return formula;
  }

  /**
   * Returns the inputs, in the order the formula names them.
   *
   * @return an immutable list
   */
  public List<Input> inputs() {
    Input[] inputs = new Input[size];
    Explanation node = this;
    for (int i = size - 1; i >= 0; i--) {
      inputs[i] =
          new Input(
              Objects.requireNonNull(node.name),
              Objects.requireNonNull(node.raw),
              node.measure,
              node.suffix);
      node = Objects.requireNonNull(node.previous);
    }
    return List.of(inputs);
  }

  /**
   * Returns a copy with one more input.
   *
   * @param name the input's name, such as {@code "candidate.effectiveFraction"}, not blank
   * @param value the input's value as shown in reports, not null
   * @return the new explanation
   */
  public Explanation withInput(String name, String value) {
    return new Explanation(this, name, Checks.notNull(value, "value"), null, null);
  }

  /**
   * Returns a copy with one more input, the value of a measure formatted in its unit. The value is
   * kept and formatted only when the input's text is read.
   *
   * @param measure the measure whose value was used
   * @param value the value
   * @param <T> the value type
   * @return the new explanation
   */
  public <T> Explanation withInput(Measure<T> measure, T value) {
    Checks.notNull(measure, "measure").unit().check(value);
    return new Explanation(this, measure.name(), value, measure, null);
  }

  /**
   * Returns a copy with one more input, a number shown as a plain decimal without trailing zeros
   * (such as {@code 0.95} or {@code 525600}). The number is kept and formatted only when the
   * input's text is read.
   *
   * @param name the input's name, such as {@code "candidate.effectiveFraction"}, not blank
   * @param value the number, finite
   * @return the new explanation
   * @throws IllegalArgumentException if the name is blank or the number is NaN or infinite
   */
  public Explanation withInput(String name, double value) {
    return new Explanation(this, name, Checks.finite(value, "value"), null, null);
  }

  /**
   * Returns a copy with one more input, a count shown with grouping commas (such as {@code 1,024}).
   * The count is kept and formatted only when the input's text is read.
   *
   * @param name the input's name, such as {@code "fleet.count"}, not blank
   * @param count the count
   * @return the new explanation
   */
  public Explanation withInput(String name, long count) {
    return new Explanation(this, name, count, null, null);
  }

  /**
   * Returns a copy with one more input, an amount shown grouped and rounded to the currency's minor
   * unit, as {@link CurrencyAmount#toDisplayString()} shows it (such as {@code USD 3,900.00}). The
   * amount is kept and formatted only when the input's text is read.
   *
   * @param name the input's name, such as {@code "candidate.annualCostPerGpu"}, not blank
   * @param amount the amount
   * @return the new explanation
   */
  public Explanation withInput(String name, CurrencyAmount amount) {
    return new Explanation(this, name, Checks.notNull(amount, "amount"), null, null);
  }

  /**
   * Returns a copy with one more input, a value followed by a suffix (such as {@code " per year"}):
   * a {@code Double} shown as {@link #withInput(String, double)} shows it, a {@code Long} as {@link
   * #withInput(String, long)}, a {@link CurrencyAmount} as {@link #withInput(String,
   * CurrencyAmount)}, anything else by its {@code toString()} (such as {@code 800 Gb/s}). The value
   * is kept and turned into text only when the input's text is read.
   *
   * @param name the input's name, not blank
   * @param value the value, not null
   * @param suffix the text after the value, such as {@code " per year"}; empty for none
   * @return the new explanation
   * @throws IllegalArgumentException if the name is blank or the value is a NaN or infinite double
   */
  public Explanation withInput(String name, Object value, String suffix) {
    Checks.notNull(value, "value");
    if (value instanceof Double number) {
      Checks.finite(number, "value");
    }
    return new Explanation(this, name, value, null, Checks.notNull(suffix, "suffix"));
  }

  /**
   * Returns whether an input of this name is present.
   *
   * @param name the input's name
   * @return true if an input has that name
   */
  public boolean namesInput(String name) {
    Checks.notNull(name, "name");
    for (Explanation node = this; node.previous != null; node = node.previous) {
      if (name.equals(node.name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Explanation that
        && size == that.size
        && formula.equals(that.formula)
        && inputs().equals(that.inputs());
  }

  @Override
  public int hashCode() {
    return Objects.hash(formula, inputs());
  }

  @Override
  public String toString() {
    List<Input> inputs = inputs();
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
   * One input of an explanation: its name and its value as shown in reports. An input may keep the
   * value itself and format it only when {@link #value()} is first called, so that figures computed
   * in bulk do not pay for text nobody reads; the text is the same either way. Equal inputs have
   * equal names and equal texts. Immutable and thread-safe.
   */
  public static final class Input {

    private final String name;
    private final @Nullable Object raw;
    private final @Nullable Measure<?> measure;
    private final @Nullable String suffix;
    private volatile @Nullable String text;

    /**
     * Creates an input whose value is already text.
     *
     * @param name the input's name, not blank
     * @param value the input's value as shown in reports, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Input(String name, String value) {
      this.name = Checks.notBlank(name, "name");
      this.text = Checks.notNull(value, "value");
      this.raw = null;
      this.measure = null;
      this.suffix = null;
    }

    /** A value kept as is: formatted by its measure, as a plain decimal, or by toString. */
    Input(String name, Object raw, @Nullable Measure<?> measure, @Nullable String suffix) {
      this.name = Checks.notBlank(name, "name");
      this.raw = raw;
      this.measure = measure;
      this.suffix = suffix;
    }

    /**
     * Returns the input's name.
     *
     * @return the name, such as {@code "candidate.effectiveFraction"}
     */
    public String name() {
      return name;
    }

    /**
     * Returns the input's value as shown in reports.
     *
     * @return the text, such as {@code "0.95"} or {@code "USD 134,816.40"}
     */
    public String value() {
      String shown = text;
      if (shown == null) {
        shown = render();
        text = shown;
      }
      return shown;
    }

    private String render() {
      Object value = Objects.requireNonNull(raw);
      if (measure != null) {
        return measure.unit().format(value);
      }
      String text;
      if (value instanceof Double number) {
        text = Decimals.plain(number);
      } else if (value instanceof Long count) {
        text = Decimals.grouped(BigDecimal.valueOf(count), 0);
      } else if (value instanceof CurrencyAmount amount) {
        text = amount.toDisplayString();
      } else {
        text = value.toString();
      }
      return suffix == null ? text : text + suffix;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Input that && name.equals(that.name) && value().equals(that.value());
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, value());
    }

    @Override
    public String toString() {
      return name + " = " + value();
    }
  }
}
