package dev.netroi.finance;

/**
 * The formulas of a year of a GPU fleet's value and of its network's cost, per GPU, over doubles:
 * money is an amount in one currency, a factor or share a plain number. Each is one expression, the
 * one the built-in calculators use on both of the engine's paths; they do not check their arguments
 * (a calculator checks what makes a figure undefined, such as a zero cost under a ratio, before it
 * calls them).
 *
 * <p>The chain of the reference analysis, for one option: units of GPU time a year ({@link
 * #unitsPerYear}) x price = theoretical value ({@link #theoreticalValue}); x throughput factor (and
 * sold utilisation) = realised value ({@link #realisedValue}, {@link #soldValue}); candidate -
 * baseline = uplift ({@link #uplift}); uplift / candidate's network cost = benefit-cost ratio
 * ({@link #benefitCostRatio}); uplift - extra network cost = net benefit ({@link #netBenefit}); net
 * benefit / extra network cost = ROI ({@link #roi}).
 */
public final class AnnualValue {

  /** Seconds in a day. */
  public static final double SECONDS_PER_DAY = 86_400;

  /** Tokens in the unit of a per-token price: one million. */
  public static final double TOKENS_PER_PRICE_UNIT = 1_000_000;

  private AnnualValue() {}

  /**
   * Units of GPU time in a year = days x 86,400 / seconds per unit.
   *
   * @param days days in the year basis
   * @param unitSeconds seconds in the unit of GPU time (3,600 for a GPU-hour)
   * @return the units in a year
   */
  public static double unitsPerYear(double days, long unitSeconds) {
    return days * SECONDS_PER_DAY / unitSeconds;
  }

  /**
   * Millions of tokens a GPU serves in a year = tokens per second x days x 86,400 / 1,000,000.
   *
   * @param tokensPerSecond tokens per second per GPU
   * @param days days in the year basis
   * @return millions of tokens a year
   */
  public static double millionTokensPerYear(double tokensPerSecond, double days) {
    return tokensPerSecond * (days * SECONDS_PER_DAY) / TOKENS_PER_PRICE_UNIT;
  }

  /**
   * Theoretical annual value per GPU = price per unit x units in a year.
   *
   * @param price the price of one unit (of GPU time, or of a million tokens)
   * @param unitsPerYear the units one GPU sells in a year
   * @return the value
   */
  public static double theoreticalValue(double price, double unitsPerYear) {
    return price * unitsPerYear;
  }

  /**
   * Realised annual value per GPU = theoretical value x throughput factor.
   *
   * @param theoretical the theoretical annual value per GPU
   * @param factor the option's throughput factor, in (0, 1]
   * @return the value
   */
  public static double realisedValue(double theoretical, double factor) {
    return theoretical * factor;
  }

  /**
   * Realised value of a fleet that sells a share of its time = realised value x sold utilisation.
   *
   * @param realised the realised annual value per GPU
   * @param utilisation the share of time sold, in [0, 1]
   * @return the value
   */
  public static double soldValue(double realised, double utilisation) {
    return realised * utilisation;
  }

  /**
   * Value uplift = realised value of the candidate - realised value of the baseline.
   *
   * @param candidate the candidate's realised annual value per GPU
   * @param baseline the baseline's
   * @return the uplift
   */
  public static double uplift(double candidate, double baseline) {
    return candidate - baseline;
  }

  /**
   * Extra network cost = the candidate's annual network cost per GPU - the baseline's.
   *
   * @param candidate the candidate's annual network cost per GPU
   * @param baseline the baseline's
   * @return the extra cost
   */
  public static double extraCost(double candidate, double baseline) {
    return candidate - baseline;
  }

  /**
   * Benefit-cost ratio = value uplift / the candidate's annual network cost (the reference's "13x
   * ROI"); undefined when the cost is zero, which the caller checks.
   *
   * @param uplift the value uplift per GPU
   * @param cost the candidate's annual network cost per GPU, not zero
   * @return the ratio
   */
  public static double benefitCostRatio(double uplift, double cost) {
    return uplift / cost;
  }

  /**
   * Net benefit = value uplift - extra network cost.
   *
   * @param uplift the value uplift per GPU
   * @param extraCost the extra annual network cost per GPU
   * @return the net benefit
   */
  public static double netBenefit(double uplift, double extraCost) {
    return uplift - extraCost;
  }

  /**
   * ROI = net benefit / extra network cost; undefined unless the extra cost is above zero, which
   * the caller checks.
   *
   * @param netBenefit the net benefit per GPU
   * @param extraCost the extra annual network cost per GPU, above zero
   * @return the ROI as a ratio (0.25 is 25 %)
   */
  public static double roi(double netBenefit, double extraCost) {
    return netBenefit / extraCost;
  }

  /**
   * A fleet's total = per-GPU figure x GPU count.
   *
   * @param perGpu the figure per GPU
   * @param count the GPU count
   * @return the total
   */
  public static double fleetTotal(double perGpu, double count) {
    return perGpu * count;
  }
}
