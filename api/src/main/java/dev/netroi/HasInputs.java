package dev.netroi;

import dev.netroi.internal.Checks;
import java.util.Set;

/**
 * A scenario value with named numeric inputs, which can be read as {@code double}s and replaced one
 * at a time. {@link Scenario} composes the inputs of its parts into {@link InputPath}s by prefixing
 * each relative name with the part ({@code "count"} of the fleet is {@code fleet.count}), so a
 * value that gains an input is at once readable and variable by path, and {@code Scenario} does not
 * change.
 *
 * <pre>{@code
 * GpuFleet fleet = GpuFleet.of("H100", 1024, CurrencyAmount.parse("USD 30000"));
 * fleet.inputNames();                     // [count, unitPrice]
 * fleet.input("count");                   // 1024.0
 * GpuFleet bigger = fleet.withInput("count", 2048);
 * }</pre>
 *
 * <p>Money inputs are plain amounts in the value's currency, bandwidths are in Gb/s, counts are
 * whole-valued doubles ({@link #isWholeNumber(String)}). {@code withInput} goes through the value's
 * own factory, so an invalid value fails with that factory's message. A value that always sits at
 * one place of a scenario names the input by its full path there, such as {@code "fleet.count must
 * be positive but was 0"} or {@code "lifetime.pue must be finite and at least 1 but was 0.9"} (the
 * fleet, pricing, year basis, market, lifetime and a workload, at {@code throughputModel.}); an
 * input the value does not have fails with a message that lists the ones it has. Implementations
 * are immutable; {@code withInput} returns a new value.
 *
 * @param <T> the type of the value, returned by {@link #withInput(String, double)}
 */
public interface HasInputs<T> {

  /**
   * Returns the names of this value's inputs, relative to the value, such as {@code "count"}; an
   * optional input (a fleet's sold utilisation) is named only when the value has it.
   *
   * @return the names, an immutable set
   */
  Set<String> inputNames();

  /**
   * Returns the value of one input.
   *
   * @param name one of {@link #inputNames()}
   * @return the input's value: an amount in the value's currency, Gb/s, a count or a plain number
   * @throws IllegalArgumentException if this value has no input of that name
   */
  double input(String name);

  /**
   * Returns a copy of this value with one input replaced.
   *
   * @param name one of {@link #inputNames()}
   * @param value the new value, in the unit {@link #input(String)} returns
   * @return the new value
   * @throws IllegalArgumentException if this value has no input of that name, or the new value
   *     breaks a rule of the value (the message names the field, the rule and the value)
   */
  T withInput(String name, double value);

  /**
   * Returns true if the named input takes only whole numbers (a count), so that a sweep or a
   * sampler knows to draw whole values. The default is false.
   *
   * @param name the input's name
   * @return whether the input is a count
   */
  default boolean isWholeNumber(String name) {
    Checks.notNull(name, "name");
    return false;
  }

  /**
   * Returns the values one input accepts: exactly those for which {@link #withInput(String,
   * double)} succeeds. The batch path of the engine checks each row's inputs with it, so that
   * millions of values are checked without building a value (or an exception) for each.
   *
   * <p>The default tries {@code withInput} and reports whether it threw, which is right for any
   * implementation but allocates; the built-in values return the intervals their factories check
   * ({@link InputRule#fractionAboveZero()}, ...).
   *
   * @param name one of {@link #inputNames()}
   * @return the rule
   * @throws IllegalArgumentException if this value has no input of that name
   */
  default InputRule inputRule(String name) {
    Checks.knownInput(name, inputNames(), this);
    InputRule finite =
        InputRule.of(
            value -> {
              try {
                withInput(name, value);
                return true;
              } catch (IllegalArgumentException e) {
                return false;
              }
            },
            "accepted by " + getClass().getName() + ".withInput");
    return isWholeNumber(name) ? finite.wholeNumbers() : finite;
  }
}
