package dev.netroi.finance;

import dev.netroi.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The formulas of discounted cash flows, with the conventions of spreadsheets: discount factor, net
 * present value, annuity factor, internal rate of return, simple and discounted payback, and
 * straight-line depreciation, for a lifetime cost of ownership.
 *
 * <p><b>Flows.</b> A series of cash flows is a {@code double[] flows} in which {@code flows[t]} is
 * the flow at the <em>end</em> of period {@code t}, for {@code t = 0..n} ({@code n = flows.length -
 * 1}); {@code flows[0]} is today's flow and is not discounted. A rate is a fraction per period
 * ({@code 0.08} is 8 %). This is Excel's {@code NPV(rate, f1..fn) + f0}: Excel's {@code NPV}
 * discounts its first value by one period, so its result for values {@code v1..vn} is this class's
 * {@link #npv(double, double[])} of {@code {0, v1, ..., vn}}. Each method that takes flows also
 * takes a {@code length}, so that a caller can reuse one scratch array for series of different
 * lengths; only the first {@code length} entries are read (and checked). The arrays are only read,
 * never changed or kept.
 *
 * <p><b>Units.</b> A period is a year, as in a scenario's lifetime terms ({@code
 * lifetime.horizonYears}, {@code lifetime.discountRate} per year). The discount factor, NPV,
 * annuity factor and IRR hold for any period length (the IRR is then per period), but a payback is
 * stated in <b>months</b> (years x 12): the unit of the measures {@code UpgradePaybackMonths} and
 * {@code UpgradeDiscountedPaybackMonths}, so that a user reads one unit for a payback whether from
 * this class or from a calculation, and a unit that shows a fraction of a year without decimals of
 * a year.
 *
 * <p><b>Answers or reasons.</b> {@link #irr(double[])}, {@link #paybackMonths(double[])} and {@link
 * #discountedPaybackMonths(double, double[])} return an {@link Irr} or a {@link Payback}, which
 * holds either the figure or the reason there is none (such as {@code "several IRRs: 10.0 % and
 * 20.0 %"}); they never return NaN. Their primitive forms {@link #irrOrNaN(double[], int)}, {@link
 * #paybackMonthsOrNaN(double[], int)} and {@link #discountedPaybackMonthsOrNaN(double, double[],
 * int)} return {@link Double#NaN} where the result type holds a reason; they are for loops over
 * many rows that must not allocate, such as a calculator's block, and NaN means "see the result
 * form for the reason".
 *
 * <ul>
 *   <li><b>Discount factor</b> of period {@code t}: {@code 1 / (1 + rate)^t}.
 *   <li><b>Net present value</b>: {@code NPV(rate) = sum over t = 0..n of flows[t] x 1 / (1 +
 *       rate)^t}, summed in the order {@code t = 0..n}; at rate 0 it is the plain sum of the flows.
 *   <li><b>Annuity factor</b> of {@code m} periods: {@code sum over t = 1..m of 1 / (1 + rate)^t},
 *       the present value of 1 at the end of each of the periods {@code 1..m} (the same loop as the
 *       net present value, so it equals exactly the NPV of {@code {0, 1, ..., 1}}).
 *   <li><b>Internal rate of return</b> (IRR): the rate {@code r > -1} at which {@code NPV(r) = 0}.
 *       With {@code x = 1 / (1 + r)} the NPV is the polynomial {@code sum flows[t] x^t} on {@code x
 *       > 0}, which has at most as many roots as its non-zero coefficients have sign changes
 *       (Descartes' rule of signs). No sign change: no IRR. Exactly one sign change: exactly one
 *       IRR, which is bracketed between {@link #IRR_MIN_RATE} (-99.99 %) and 1, the upper end
 *       doubled until it brackets the root or reaches {@link #IRR_MAX_RATE} (1e6, that is
 *       100,000,000 %), and then bisected. Several sign changes: the NPV is evaluated on a grid of
 *       {@link #IRR_GRID_POINTS} (2,000) rates from {@link #IRR_MIN_RATE} to {@link #IRR_MAX_RATE},
 *       evenly spaced in {@code log(1 + r)} (neighbours differ by a factor of about 1.0116 in
 *       {@code 1 + r}, about 1.3 percentage points near 10 %), and every change of its sign between
 *       neighbours is bisected; a grid rate at which the NPV is exactly zero is a root too, and
 *       roots within {@code 1e-9 x (1 + r)} of each other count as one. Two roots closer together
 *       than the grid spacing (or a double root that touches zero without crossing it) may not be
 *       seen; roots outside the searched range are never seen. Bisection runs until the bracket
 *       cannot shrink any more (its ends are neighbouring doubles) and returns the end with the
 *       smaller |NPV|, so the NPV at the returned rate is zero up to rounding. When there is no IRR
 *       in the range, or several, {@link #irr(double[])} returns the reason rather than throwing,
 *       and {@link #irrOrNaN(double[], int)} returns {@link Double#NaN}, so that a batch can test
 *       for it cheaply.
 *   <li><b>Payback</b>, with each period's flow arriving evenly through the period: the time from
 *       which the cumulative flow {@code C_t = flows[0] + ... + flows[t]} stays non-negative to the
 *       end. It is 0 if no {@code C_t} is negative; otherwise, with {@code k} the last period whose
 *       {@code C_k} is negative, it is {@code k + (-C_k / flows[k + 1])} years, returned as 12
 *       times that many months. For a conventional investment (a negative {@code flows[0]}, then a
 *       cumulative flow that turns non-negative once) this is the first time the cumulative flow
 *       turns non-negative. If the last cumulative flow is negative there is no payback and the
 *       result is the reason: flows of {@code 0, -5, -5} never pay back, though they start at 0.
 *       The <b>discounted payback</b> is the same on the present values {@code flows[t] / (1 +
 *       rate)^t}.
 *   <li><b>Straight-line depreciation</b> of an asset of cost {@code c}, residual value {@code s}
 *       and life {@code L} years (fractional lives allowed): in year {@code y >= 1}, {@code (c - s)
 *       x (min(y, L) - min(y - 1, L)) / L}; the book value after {@code y >= 0} years is {@code c -
 *       (c - s) x min(y, L) / L}. After its life the asset is fully depreciated to its residual
 *       value.
 * </ul>
 *
 * <p>Every method checks its arguments (flows not null, at least one entry, {@code length} in
 * {@code [1, flows.length]}, every used flow finite, rate finite and greater than -1) and names the
 * argument, the rule and the value when one is broken, for example {@code "flows[3] must be finite
 * but was NaN"}. No primitive form allocates; a result form allocates its result (and, for an IRR
 * without one, the search that finds the reason). For rates near -1 and long horizons the discount
 * factors overflow, and the NPV may then be infinite or NaN; the IRR search does not overflow (it
 * evaluates the polynomial in {@code x} or in {@code 1 / x}, whichever is at most 1).
 */
public final class Discounting {

  /** The lowest rate the IRR search looks at: -0.9999, that is -99.99 %. */
  public static final double IRR_MIN_RATE = -0.9999;

  /** The highest rate the IRR search looks at: 1e6, that is 100,000,000 %. */
  public static final double IRR_MAX_RATE = 1e6;

  /**
   * The number of rates of the grid on which the IRR search of flows with several sign changes
   * evaluates the NPV: 2,000, from {@link #IRR_MIN_RATE} to {@link #IRR_MAX_RATE}, evenly spaced in
   * {@code log(1 + r)}.
   */
  public static final int IRR_GRID_POINTS = 2000;

  private static final double GRID_LOG_LOW = Math.log1p(IRR_MIN_RATE);

  private static final double GRID_LOG_STEP =
      (Math.log1p(IRR_MAX_RATE) - GRID_LOG_LOW) / (IRR_GRID_POINTS - 1);

  /** Roots within this fraction of {@code 1 + r} of each other are one root. */
  private static final double SAME_ROOT = 1e-9;

  /**
   * The most halvings of a bisection: 2,200, a bound that every bracket of finite doubles meets.
   * The width of a bracket (a finite double, as the midpoint {@code lo + (hi - lo) / 2} needs) is
   * below 2^1024 and halves (rounded) at each step, and a bracket stops shrinking when its ends are
   * adjacent doubles, at the latest when its width reaches the smallest spacing of doubles,
   * 2^-1074: about 1,024 + 1,074 halvings. The cap never ends a bisection early; it keeps a broken
   * loop (such as a mutant in the mutation tests) finite. The break-even effective fraction's
   * bisection uses it too.
   */
  public static final int MAX_BISECTIONS = 2200;

  private static final String NO_IRR_IN_RANGE =
      "no IRR between "
          + plainPercent(IRR_MIN_RATE)
          + " % and "
          + plainPercent(IRR_MAX_RATE)
          + " %";

  /** The months of a year, the unit of a payback: months = years x 12. */
  private static final int MONTHS_PER_YEAR = 12;

  /** The most roots a "several IRRs" message lists. */
  private static final int LISTED_ROOTS = 3;

  private Discounting() {}

  /**
   * Returns the discount factor of a period: {@code 1 / (1 + rate)^period}.
   *
   * @param rate the rate per period, finite and greater than -1
   * @param period the period, not negative; 0 gives 1
   * @return the discount factor, positive (or infinite when {@code (1 + rate)^period} underflows)
   * @throws IllegalArgumentException if {@code rate} is not finite or not greater than -1, or
   *     {@code period} is negative
   */
  public static double discountFactor(double rate, int period) {
    checkRate(rate);
    if (period < 0) {
      throw new IllegalArgumentException("period must not be negative but was " + period);
    }
    return factor(rate, period);
  }

  /**
   * Returns the net present value of flows: {@code sum over t of flows[t] / (1 + rate)^t}, with
   * {@code flows[0]} not discounted (Excel's {@code NPV(rate, flows[1..n]) + flows[0]}).
   *
   * @param rate the rate per period, finite and greater than -1
   * @param flows the flow at the end of each period, {@code flows[0]} today; at least one, each
   *     finite
   * @return the net present value
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code rate} breaks its rule, {@code flows} is empty or a
   *     flow is not finite
   */
  public static double npv(double rate, double[] flows) {
    Checks.notNull(flows, "flows");
    return npv(rate, flows, flows.length);
  }

  /**
   * Returns the net present value of the first {@code length} flows, as {@link #npv(double,
   * double[])} does for an array of that length.
   *
   * @param rate the rate per period, finite and greater than -1
   * @param flows the flow at the end of each period, {@code flows[0]} today; the first {@code
   *     length} ones finite
   * @param length how many flows to use, in {@code [1, flows.length]}
   * @return the net present value
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code rate} breaks its rule, {@code flows} is empty,
   *     {@code length} is out of range or a used flow is not finite
   */
  public static double npv(double rate, double[] flows, int length) {
    checkRate(rate);
    checkFlows(flows, length);
    double sum = flows[0];
    for (int t = 1; t < length; t++) {
      sum += present(rate, flows[t], t);
    }
    return sum;
  }

  /**
   * Returns the annuity factor: {@code sum over t = 1..periods of 1 / (1 + rate)^t}, the present
   * value of 1 at the end of each period. It is computed by the same loop as {@link #npv(double,
   * double[])}, so it equals the NPV of {@code {0, 1, ..., 1}} exactly.
   *
   * @param rate the rate per period, finite and greater than -1
   * @param periods the number of periods, not negative; 0 gives 0
   * @return the annuity factor
   * @throws IllegalArgumentException if {@code rate} breaks its rule or {@code periods} is negative
   */
  public static double annuityFactor(double rate, int periods) {
    checkRate(rate);
    if (periods < 0) {
      throw new IllegalArgumentException("periods must not be negative but was " + periods);
    }
    double sum = 0;
    for (int t = 1; t <= periods; t++) {
      sum += present(rate, 1, t);
    }
    return sum;
  }

  /**
   * Returns the internal rate of return of flows: the rate {@code r > -1} at which their NPV is
   * zero, found as the class description says, or the reason there is none: no IRR between {@link
   * #IRR_MIN_RATE} and {@link #IRR_MAX_RATE}, or several (see {@link #irr(double[], int)} for the
   * texts).
   *
   * @param flows the flow at the end of each year, {@code flows[0]} today; at least one, each
   *     finite
   * @return the IRR per year, or the reason there is none
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code flows} is empty or a flow is not finite
   */
  public static Irr irr(double[] flows) {
    Checks.notNull(flows, "flows");
    return irr(flows, flows.length);
  }

  /**
   * Returns the internal rate of return of the first {@code length} flows, as {@link
   * #irr(double[])} does for an array of that length. The reason when there is none is {@code "no
   * IRR: every flow is negative"} (or {@code positive}, {@code zero}, {@code zero or negative},
   * {@code zero or positive}) when their signs never change; {@code "no IRR between -99.99 % and
   * 100000000 %"} when they change but no root is found in the searched range; {@code "several
   * IRRs: 10.0 % and 20.0 %"} when several roots are found, the first three listed in increasing
   * order with one decimal (half-even), as in {@code "several IRRs: 10.0 %, 20.0 % and 50.0 %"} or
   * {@code "several IRRs: 10.0 %, 20.0 %, 50.0 % and 1 more"}.
   *
   * @param flows the flow at the end of each year, {@code flows[0]} today; the first {@code length}
   *     ones finite
   * @param length how many flows to use, in {@code [1, flows.length]}
   * @return the IRR per year, or the reason there is none
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code flows} is empty, {@code length} is out of range or a
   *     used flow is not finite
   */
  public static Irr irr(double[] flows, int length) {
    double rate = irrOrNaN(flows, length);
    return Double.isNaN(rate) ? Irr.none(irrRefusal(flows, length)) : Irr.of(rate);
  }

  /**
   * Returns the internal rate of return of the first {@code length} flows as a primitive, for loops
   * over many rows that must not allocate (a calculator's block): the rate of {@link #irr(double[],
   * int)}, or {@link Double#NaN} where that has none. NaN carries no reason: call {@link
   * #irr(double[], int)} for it. A user computing one IRR calls {@link #irr(double[])}.
   *
   * @param flows the flow at the end of each year, {@code flows[0]} today; the first {@code length}
   *     ones finite
   * @param length how many flows to use, in {@code [1, flows.length]}
   * @return the IRR per year, or NaN if there is none in the searched range or several (see {@link
   *     #irr(double[], int)} for the reason)
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code flows} is empty, {@code length} is out of range or a
   *     used flow is not finite
   */
  public static double irrOrNaN(double[] flows, int length) {
    checkFlows(flows, length);
    int changes = signChanges(flows, length);
    if (changes == 0) {
      return Double.NaN;
    }
    double scale = scale(flows, length);
    if (changes == 1) {
      return bracketedRoot(flows, length, scale);
    }
    return scannedRoot(flows, length, scale, null);
  }

  /** Why flows whose {@link #irrOrNaN} is NaN have no IRR. */
  private static String irrRefusal(double[] flows, int length) {
    int changes = signChanges(flows, length);
    if (changes == 0) {
      return withoutSignChange(flows, length);
    }
    if (changes > 1) {
      List<Double> roots = new ArrayList<>();
      scannedRoot(flows, length, scale(flows, length), roots);
      if (roots.size() > 1) {
        return several(roots);
      }
    }
    return NO_IRR_IN_RANGE;
  }

  /**
   * Returns the payback of flows in months, with each year's flow arriving evenly through the year:
   * 12 x the time in years from which the cumulative flow {@code C_t} stays non-negative, 0 if it
   * never is negative, {@code 12 x (k + (-C_k / flows[k + 1]))} with {@code k} the last year of a
   * negative {@code C_k} (see the class Javadoc); or, if the last cumulative flow is negative, the
   * reason {@code "no payback: the cumulative flow is still negative at the end of the last year,
   * year 2"} (for three flows).
   *
   * @param flows the flow at the end of each year, {@code flows[0]} today; at least one, each
   *     finite
   * @return the payback in months, or the reason there is none
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code flows} is empty or a flow is not finite
   */
  public static Payback paybackMonths(double[] flows) {
    Checks.notNull(flows, "flows");
    return paybackMonths(flows, flows.length);
  }

  /**
   * Returns the payback of the first {@code length} flows in months, as {@link
   * #paybackMonths(double[])} does for an array of that length.
   *
   * @param flows the flow at the end of each year, {@code flows[0]} today; the first {@code length}
   *     ones finite
   * @param length how many flows to use, in {@code [1, flows.length]}
   * @return the payback in months, or the reason there is none
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code flows} is empty, {@code length} is out of range or a
   *     used flow is not finite
   */
  public static Payback paybackMonths(double[] flows, int length) {
    double months = paybackMonthsOrNaN(flows, length);
    return Double.isNaN(months)
        ? Payback.none(
            "no payback: the cumulative flow is still negative at the end of the last year, year "
                + (length - 1))
        : Payback.of(months);
  }

  /**
   * Returns the payback of the first {@code length} flows in months as a primitive, for loops over
   * many rows that must not allocate (a calculator's block): the months of {@link
   * #paybackMonths(double[], int)}, or {@link Double#NaN} where that has none. NaN carries no
   * reason: call {@link #paybackMonths(double[], int)} for it.
   *
   * @param flows the flow at the end of each year, {@code flows[0]} today; the first {@code length}
   *     ones finite
   * @param length how many flows to use, in {@code [1, flows.length]}
   * @return the payback in months, or NaN if the flows never pay back (see {@link
   *     #paybackMonths(double[], int)} for the reason)
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code flows} is empty, {@code length} is out of range or a
   *     used flow is not finite
   */
  public static double paybackMonthsOrNaN(double[] flows, int length) {
    checkFlows(flows, length);
    return payback(0, flows, length, false) * MONTHS_PER_YEAR;
  }

  /**
   * Returns the discounted payback of flows in months: the payback of {@link
   * #paybackMonths(double[])} computed on the present values {@code flows[t] / (1 + rate)^t}; or,
   * if their last cumulative value is negative, the reason {@code "no discounted payback at 10 %:
   * the cumulative discounted flow is still negative at the end of the last year, year 2"} (for
   * three flows at a rate of 0.1).
   *
   * @param rate the rate per year, finite and greater than -1
   * @param flows the flow at the end of each year, {@code flows[0]} today; at least one, each
   *     finite
   * @return the discounted payback in months, or the reason there is none
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code rate} breaks its rule, {@code flows} is empty or a
   *     flow is not finite
   */
  public static Payback discountedPaybackMonths(double rate, double[] flows) {
    Checks.notNull(flows, "flows");
    return discountedPaybackMonths(rate, flows, flows.length);
  }

  /**
   * Returns the discounted payback of the first {@code length} flows in months, as {@link
   * #discountedPaybackMonths(double, double[])} does for an array of that length.
   *
   * @param rate the rate per year, finite and greater than -1
   * @param flows the flow at the end of each year, {@code flows[0]} today; the first {@code length}
   *     ones finite
   * @param length how many flows to use, in {@code [1, flows.length]}
   * @return the discounted payback in months, or the reason there is none
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code rate} breaks its rule, {@code flows} is empty,
   *     {@code length} is out of range or a used flow is not finite
   */
  public static Payback discountedPaybackMonths(double rate, double[] flows, int length) {
    double months = discountedPaybackMonthsOrNaN(rate, flows, length);
    return Double.isNaN(months)
        ? Payback.none(
            "no discounted payback at "
                + plainPercent(rate)
                + " %: the cumulative discounted flow is still negative at the end of the last"
                + " year, year "
                + (length - 1))
        : Payback.of(months);
  }

  /**
   * Returns the discounted payback of the first {@code length} flows in months as a primitive, for
   * loops over many rows that must not allocate (a calculator's block): the months of {@link
   * #discountedPaybackMonths(double, double[], int)}, or {@link Double#NaN} where that has none.
   * NaN carries no reason: call {@link #discountedPaybackMonths(double, double[], int)} for it.
   *
   * @param rate the rate per year, finite and greater than -1
   * @param flows the flow at the end of each year, {@code flows[0]} today; the first {@code length}
   *     ones finite
   * @param length how many flows to use, in {@code [1, flows.length]}
   * @return the discounted payback in months, or NaN if the discounted flows never pay back (see
   *     {@link #discountedPaybackMonths(double, double[], int)} for the reason)
   * @throws NullPointerException if {@code flows} is null
   * @throws IllegalArgumentException if {@code rate} breaks its rule, {@code flows} is empty,
   *     {@code length} is out of range or a used flow is not finite
   */
  public static double discountedPaybackMonthsOrNaN(double rate, double[] flows, int length) {
    checkRate(rate);
    checkFlows(flows, length);
    return payback(rate, flows, length, true) * MONTHS_PER_YEAR;
  }

  /**
   * Returns the straight-line depreciation of an asset in one year of its life: {@code (cost -
   * residual) x (min(year, lifeYears) - min(year - 1, lifeYears)) / lifeYears}. A fractional life
   * is allowed: its last year has the fractional share. After its life the asset is fully
   * depreciated to its residual value and the depreciation is 0.
   *
   * @param cost the cost of the asset, finite
   * @param residual its residual value at the end of its life, finite
   * @param lifeYears its life in years, finite and positive
   * @param year the year, 1 for the first
   * @return the depreciation in that year
   * @throws IllegalArgumentException if a number breaks its rule or {@code year} is below 1
   */
  public static double straightLineDepreciation(
      double cost, double residual, double lifeYears, int year) {
    checkAsset(cost, residual, lifeYears);
    if (year < 1) {
      throw new IllegalArgumentException("year must be at least 1 but was " + year);
    }
    return (cost - residual)
        * (Math.min(year, lifeYears) - Math.min(year - 1, lifeYears))
        / lifeYears;
  }

  /**
   * Returns the book value of an asset after some years of straight-line depreciation: {@code cost
   * - (cost - residual) x min(years, lifeYears) / lifeYears}; the cost after 0 years, the residual
   * value from the end of its life on.
   *
   * @param cost the cost of the asset, finite
   * @param residual its residual value at the end of its life, finite
   * @param lifeYears its life in years, finite and positive
   * @param years the years elapsed, not negative
   * @return the book value
   * @throws IllegalArgumentException if a number breaks its rule or {@code years} is negative
   */
  public static double bookValue(double cost, double residual, double lifeYears, int years) {
    checkAsset(cost, residual, lifeYears);
    if (years < 0) {
      throw new IllegalArgumentException("years must not be negative but was " + years);
    }
    return cost - (cost - residual) * Math.min(years, lifeYears) / lifeYears;
  }

  // checks

  private static void checkRate(double rate) {
    Checks.finite(rate, "rate");
    if (rate <= -1) {
      throw new IllegalArgumentException(
          "rate must be greater than -1 (-100 %) but was " + format(rate));
    }
  }

  private static void checkFlows(double[] flows, int length) {
    Checks.notNull(flows, "flows");
    if (flows.length == 0) {
      throw new IllegalArgumentException("flows must not be empty but had 0 entries");
    }
    if (length < 1 || length > flows.length) {
      throw new IllegalArgumentException(
          "length must be in [1, " + flows.length + "] but was " + length);
    }
    for (int t = 0; t < length; t++) {
      if (!Double.isFinite(flows[t])) {
        throw new IllegalArgumentException("flows[" + t + "] must be finite but was " + flows[t]);
      }
    }
  }

  private static void checkAsset(double cost, double residual, double lifeYears) {
    Checks.finite(cost, "cost");
    Checks.finite(residual, "residual");
    Checks.positive(lifeYears, "lifeYears");
  }

  // discounting

  private static double factor(double rate, int period) {
    return 1 / Math.pow(1 + rate, period);
  }

  /** The present value of a flow; 0 for a zero flow even where the factor overflows. */
  private static double present(double rate, double flow, int period) {
    return flow == 0 ? 0 : flow * factor(rate, period);
  }

  private static double payback(double rate, double[] flows, int length, boolean discounted) {
    double cumulative = flows[0];
    int lastNegative = cumulative < 0 ? 0 : -1;
    double negative = cumulative; // the cumulative flow at lastNegative
    double next = 0; // the flow of the period after lastNegative
    for (int t = 1; t < length; t++) {
      double flow = discounted ? present(rate, flows[t], t) : flows[t];
      if (lastNegative == t - 1) {
        next = flow;
      }
      cumulative += flow;
      if (cumulative < 0) {
        lastNegative = t;
        negative = cumulative;
      }
    }
    if (lastNegative < 0) {
      return 0;
    }
    if (lastNegative == length - 1) {
      return Double.NaN;
    }
    return lastNegative + (-negative / next);
  }

  // the IRR

  private static int signChanges(double[] flows, int length) {
    int changes = 0;
    double last = 0;
    for (int t = 0; t < length; t++) {
      double flow = flows[t];
      if (flow != 0) {
        if (last != 0 && (flow > 0) != (last > 0)) {
          changes++;
        }
        last = flow;
      }
    }
    return changes;
  }

  /** A power of two that brings the largest flow into [1, 2), so that no evaluation overflows. */
  private static double scale(double[] flows, int length) {
    double largest = 0;
    for (int t = 0; t < length; t++) {
      largest = Math.max(largest, Math.abs(flows[t]));
    }
    return Math.scalb(1.0, -Math.getExponent(largest));
  }

  /**
   * Returns the NPV at {@code rate} times a positive factor: {@code scale x (1 + rate)^k} if {@code
   * 1 + rate >= 1}, with {@code k} the number of leading zero flows, else {@code scale x (1 +
   * rate)^n}. It is the polynomial in {@code x = 1 / (1 + rate)} or in {@code 1 + rate}, whichever
   * is at most 1, by Horner's rule, so it never overflows. In {@code x} it stops at the first
   * non-zero flow: multiplying by {@code x} once per leading zero would change no root but
   * underflow to an exact 0 at large rates (after about 54 zeros at a rate of 1e6), which a search
   * would take for a root.
   */
  private static double scaledNpv(double[] flows, int length, double scale, double rate) {
    double growth = 1 + rate;
    if (growth >= 1) {
      int first = 0;
      for (int t = 0; t < length - 1 && flows[t] == 0; t++) {
        first = t + 1;
      }
      double x = 1 / growth;
      double value = flows[length - 1] * scale;
      for (int t = length - 2; t >= first; t--) {
        value = value * x + flows[t] * scale;
      }
      return value;
    }
    double value = flows[0] * scale;
    for (int t = 1; t < length; t++) {
      value = value * growth + flows[t] * scale;
    }
    return value;
  }

  private static int signAt(double[] flows, int length, double scale, double rate) {
    double value = scaledNpv(flows, length, scale, rate);
    return value > 0 ? 1 : value < 0 ? -1 : 0;
  }

  /** The one root of flows with one sign change, or NaN if it is outside the searched range. */
  private static double bracketedRoot(double[] flows, int length, double scale) {
    int atInfinity = 0; // the sign of the NPV for large rates: that of the first non-zero flow
    for (int t = 0; t < length && atInfinity == 0; t++) {
      atInfinity = flows[t] > 0 ? 1 : flows[t] < 0 ? -1 : 0;
    }
    double low = IRR_MIN_RATE;
    int signLow = signAt(flows, length, scale, low);
    if (signLow == 0) {
      return low;
    }
    if (signLow == atInfinity) {
      return Double.NaN; // the root is below the range
    }
    double high = 1;
    int signHigh = signAt(flows, length, scale, high);
    // 1 doubled 20 times passes IRR_MAX_RATE (2^20 > 1e6): the cap only bounds the loop
    for (int doubling = 0;
        doubling < 21 && signHigh == signLow && high < IRR_MAX_RATE;
        doubling++) {
      high = Math.min(2 * high, IRR_MAX_RATE);
      signHigh = signAt(flows, length, scale, high);
    }
    if (signHigh == 0) {
      return high;
    }
    if (signHigh == signLow) {
      return Double.NaN; // the root is above the range
    }
    return bisect(flows, length, scale, low, high, signLow);
  }

  /**
   * Scans the grid for roots; adds each distinct one, in increasing order, to {@code sink} if there
   * is one, and otherwise stops at the second. Returns the root if there is exactly one, else NaN.
   */
  private static double scannedRoot(
      double[] flows, int length, double scale, @Nullable List<Double> sink) {
    double previousRate = IRR_MIN_RATE;
    int previousSign = 0;
    int count = 0;
    double first = Double.NaN;
    double last = Double.NaN;
    for (int i = 0; i < IRR_GRID_POINTS; i++) {
      double rate = gridRate(i);
      int sign = signAt(flows, length, scale, rate);
      double root = Double.NaN;
      if (sign == 0) {
        root = rate;
      } else if (previousSign != 0 && sign != previousSign) {
        root = bisect(flows, length, scale, previousRate, rate, previousSign);
      }
      if (!Double.isNaN(root) && (count == 0 || root - last > SAME_ROOT * (1 + last))) {
        count++;
        if (count == 1) {
          first = root;
        }
        last = root;
        if (sink != null) {
          sink.add(root);
        } else if (count > 1) {
          return Double.NaN;
        }
      }
      previousRate = rate;
      previousSign = sign;
    }
    return count == 1 ? first : Double.NaN;
  }

  private static double gridRate(int i) {
    if (i == 0) {
      return IRR_MIN_RATE;
    }
    if (i == IRR_GRID_POINTS - 1) {
      return IRR_MAX_RATE;
    }
    return Math.expm1(GRID_LOG_LOW + i * GRID_LOG_STEP);
  }

  /**
   * Bisects a bracket whose ends have opposite signs of the NPV until it cannot shrink, and returns
   * the end with the smaller |NPV| (or a midpoint where the NPV is exactly zero), made {@link
   * #canonical(double)}.
   */
  private static double bisect(
      double[] flows, int length, double scale, double low, double high, int signLow) {
    double lo = low;
    double hi = high;
    for (int step = 0; step < MAX_BISECTIONS; step++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      int sign = signAt(flows, length, scale, mid);
      if (sign == 0) {
        return canonical(mid);
      }
      if (sign == signLow) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double atLo = Math.abs(scaledNpv(flows, length, scale, lo));
    double atHi = Math.abs(scaledNpv(flows, length, scale, hi));
    return canonical(atLo <= atHi ? lo : hi);
  }

  /**
   * Returns {@code (1 + rate) - 1} if it has the same {@code 1 + rate}, else {@code rate}: of the
   * rates that the NPV cannot tell apart, because their {@code 1 + rate} rounds to the same double,
   * the one that {@code 1 + rate} represents, such as 0 rather than 1e-17.
   */
  private static double canonical(double rate) {
    double represented = (1 + rate) - 1;
    return 1 + represented == 1 + rate ? represented : rate;
  }

  // messages

  private static String withoutSignChange(double[] flows, int length) {
    boolean positive = false;
    boolean negative = false;
    boolean zero = false;
    for (int t = 0; t < length; t++) {
      positive |= flows[t] > 0;
      negative |= flows[t] < 0;
      zero |= flows[t] == 0;
    }
    String sign = positive ? "positive" : negative ? "negative" : "zero";
    String every = positive || negative ? (zero ? "zero or " : "") + sign : sign;
    return "no IRR: every flow is " + every;
  }

  private static String several(List<Double> roots) {
    int listed = Math.min(LISTED_ROOTS, roots.size());
    StringBuilder text = new StringBuilder("several IRRs: ");
    for (int i = 0; i < listed; i++) {
      if (i > 0) {
        text.append(i == listed - 1 && roots.size() <= LISTED_ROOTS ? " and " : ", ");
      }
      text.append(percent(roots.get(i))).append(" %");
    }
    if (roots.size() > LISTED_ROOTS) {
      text.append(" and ").append(roots.size() - LISTED_ROOTS).append(" more");
    }
    return text.toString();
  }

  /** A rate as a percentage with one decimal, rounded half-even: 0.1 is "10.0". */
  private static String percent(double rate) {
    return new BigDecimal(rate)
        .movePointRight(2)
        .setScale(1, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** A rate as a percentage with as many decimals as it needs: -0.9999 is "-99.99". */
  private static String plainPercent(double rate) {
    return BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
