package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Set;

/**
 * The length of the year used to annualise GPU-time prices: 365 days by default ({@link #DAYS_365},
 * 525,600 minutes), or any other length such as 360 days or 365.25 days.
 *
 * <p>Its one {@linkplain HasInputs input} is {@code days}. {@code toString()} reads {@code 365-day
 * year}. Value-based, immutable and thread-safe.
 *
 * @param days the number of days in the year, in (0, 366]
 */
public record YearBasis(double days) implements HasInputs<YearBasis>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final String DAYS = "days";
  private static final Set<String> INPUTS = Set.of(DAYS);

  /** The 365-day year, the default. */
  public static final YearBasis DAYS_365 = new YearBasis(365);

  /**
   * Validates the length.
   *
   * @param days the number of days in the year, in (0, 366]
   * @throws IllegalArgumentException if {@code days} is outside (0, 366]
   */
  public YearBasis {
    Checks.inRange(days, 0, 366, "yearBasis." + DAYS);
  }

  /**
   * Obtains a year of the given number of days.
   *
   * @param days the number of days, in (0, 366]
   * @return the year basis
   * @throws IllegalArgumentException if {@code days} is outside (0, 366]
   */
  public static YearBasis ofDays(double days) {
    return new YearBasis(days);
  }

  @Override
  public Set<String> inputNames() {
    return INPUTS;
  }

  @Override
  public double input(String name) {
    Checks.knownInput(name, INPUTS, this);
    return days;
  }

  @Override
  public InputRule inputRule(String name) {
    Checks.knownInput(name, INPUTS, this);
    return InputRule.range(0, 366);
  }

  @Override
  public YearBasis withInput(String name, double value) {
    Checks.knownInput(name, INPUTS, this);
    return new YearBasis(value);
  }

  @Override
  public String toString() {
    return Decimals.plain(days) + "-day year";
  }
}
