package dev.netroi.lifetime;

import dev.netroi.finance.Discounting;

/**
 * The formulas of a lifetime cost of ownership and of the upgrade from one network option to
 * another, per GPU, over a horizon of {@code n} whole years: energy, hosting, depreciation, the
 * network's cost by year, the cash flows of an option and of the upgrade, the break-evens and the
 * delivered GPU-hours. Functions over primitives, so that a calculator, a block loop or a user
 * calls the same arithmetic; the discounting itself is {@link Discounting}'s.
 *
 * <p>An option's network, per GPU, is described by four numbers: its capex (paid in year 0; 0
 * without a fabric), its life in years (used only with a fabric), its yearly opex beyond
 * depreciation (support, or the stated all-in annual cost without a fabric; see {@link
 * #networkOpex}) and the watts its devices draw. Lifetime cost figures are undiscounted sums over
 * years 1 to n; NPVs discount at the end of each year.
 *
 * <p>These functions do not check their arguments: a number that is not finite gives a result that
 * is not finite, which the caller refuses.
 */
public final class LifetimeFormulas {

  private LifetimeFormulas() {}

  /**
   * Hours in a year = days x 24.
   *
   * @param days days in the year basis
   * @return the hours
   */
  public static double hoursPerYear(double days) {
    return days * 24;
  }

  /**
   * Energy cost a year per GPU = watts / 1,000 x PUE x hours a year x price per kWh.
   *
   * @param watts the watts drawn per GPU (the GPU's and its share of the network's)
   * @param pue the power usage effectiveness of the site
   * @param hoursPerYear the hours in a year
   * @param kwhPrice the price of a kWh
   * @return the energy cost a year
   */
  public static double energyPerYear(
      double watts, double pue, double hoursPerYear, double kwhPrice) {
    return watts / 1000 * pue * hoursPerYear * kwhPrice;
  }

  /**
   * Hosting cost a year per GPU = watts / 1,000 x price per kW-month x 12.
   *
   * @param watts the watts drawn per GPU
   * @param kwMonthPrice the price of a kW for a month
   * @return the hosting cost a year
   */
  public static double hostingPerYear(double watts, double kwMonthPrice) {
    return watts / 1000 * kwMonthPrice * 12;
  }

  /**
   * The yearly opex of a network beyond its depreciation: with a fabric, its all-in annual cost
   * less the capex's yearly share (annual cost - capex / life: the support); without one, the
   * annual cost itself (a stated cost is all opex).
   *
   * @param annualCost the all-in annual network cost per GPU
   * @param capex the fabric's capex per GPU
   * @param lifeYears the fabric's life in years
   * @param fabric whether the option has a fabric
   * @return the yearly opex per GPU
   */
  public static double networkOpex(
      double annualCost, double capex, double lifeYears, boolean fabric) {
    return fabric ? annualCost - capex / lifeYears : annualCost;
  }

  /**
   * GPU depreciation per GPU in one year: straight line from the unit price to the residual value
   * (unit price x residual share) over the GPU's life ({@link
   * Discounting#straightLineDepreciation}).
   *
   * @param unitPrice the GPU's price
   * @param residualShare its residual value as a share of the price
   * @param gpuLifeYears its life in years
   * @param year the year, 1 for the first
   * @return the depreciation in that year
   */
  public static double gpuDepreciation(
      double unitPrice, double residualShare, double gpuLifeYears, int year) {
    return Discounting.straightLineDepreciation(
        unitPrice, unitPrice * residualShare, gpuLifeYears, year);
  }

  /**
   * The book value of a GPU after {@code years}: its price less its straight-line depreciation to
   * the residual value ({@link Discounting#bookValue}).
   *
   * @param unitPrice the GPU's price
   * @param residualShare its residual value as a share of the price
   * @param gpuLifeYears its life in years
   * @param years the years elapsed
   * @return the book value
   */
  public static double gpuBookValue(
      double unitPrice, double residualShare, double gpuLifeYears, int years) {
    return Discounting.bookValue(unitPrice, unitPrice * residualShare, gpuLifeYears, years);
  }

  /**
   * The network's cost per GPU in one year: with a fabric, its capex depreciated straight line to
   * nothing over its life plus the yearly opex; without one, the opex (the stated cost, all in).
   *
   * @param capex the fabric's capex per GPU
   * @param lifeYears the fabric's life in years
   * @param opex the yearly opex ({@link #networkOpex})
   * @param fabric whether the option has a fabric
   * @param year the year, 1 for the first
   * @return the network cost in that year
   */
  public static double networkCost(
      double capex, double lifeYears, double opex, boolean fabric, int year) {
    return fabric ? Discounting.straightLineDepreciation(capex, 0, lifeYears, year) + opex : opex;
  }

  /**
   * The book value of a network's fabric after {@code years} (its capex depreciated straight line
   * to nothing over its life), sold then; 0 without a fabric.
   *
   * @param capex the fabric's capex per GPU
   * @param lifeYears the fabric's life in years
   * @param fabric whether the option has a fabric
   * @param years the years elapsed
   * @return the book value per GPU
   */
  public static double fabricBookValue(double capex, double lifeYears, boolean fabric, int years) {
    return fabric ? Discounting.bookValue(capex, 0, lifeYears, years) : 0;
  }

  /**
   * Lifetime GPU cost per GPU = sum over years 1 to n of the GPU's depreciation ({@link
   * #gpuDepreciation}).
   *
   * @param unitPrice the GPU's price
   * @param residualShare its residual value as a share of the price
   * @param gpuLifeYears its life in years
   * @param horizonYears n
   * @return the sum
   */
  public static double lifetimeGpuCost(
      double unitPrice, double residualShare, double gpuLifeYears, int horizonYears) {
    double sum = 0;
    for (int year = 1; year <= horizonYears; year++) {
      sum += gpuDepreciation(unitPrice, residualShare, gpuLifeYears, year);
    }
    return sum;
  }

  /**
   * Lifetime network cost per GPU = sum over years 1 to n of the network's cost ({@link
   * #networkCost}).
   *
   * @param capex the fabric's capex per GPU
   * @param lifeYears the fabric's life in years
   * @param opex the yearly opex
   * @param fabric whether the option has a fabric
   * @param horizonYears n
   * @return the sum
   */
  public static double lifetimeNetworkCost(
      double capex, double lifeYears, double opex, boolean fabric, int horizonYears) {
    double sum = 0;
    for (int year = 1; year <= horizonYears; year++) {
      sum += networkCost(capex, lifeYears, opex, fabric, year);
    }
    return sum;
  }

  /**
   * A lifetime figure of a constant yearly cost = cost a year x n (the lifetime energy or hosting
   * cost).
   *
   * @param perYear the cost a year
   * @param horizonYears n
   * @return the sum
   */
  public static double overHorizon(double perYear, int horizonYears) {
    return perYear * horizonYears;
  }

  /**
   * Lifetime TCO per GPU = GPU + network + power + hosting.
   *
   * @param gpu the lifetime GPU cost
   * @param network the lifetime network cost
   * @param power the lifetime energy cost
   * @param hosting the lifetime hosting cost
   * @return the total
   */
  public static double tco(double gpu, double network, double power, double hosting) {
    return gpu + network + power + hosting;
  }

  /**
   * A fleet figure = the figure per GPU x GPU count.
   *
   * @param perGpu the figure per GPU
   * @param count the GPUs
   * @return the fleet's figure
   */
  public static double fleet(double perGpu, double count) {
    return perGpu * count;
  }

  /**
   * A yearly average = lifetime figure / n.
   *
   * @param lifetime the lifetime figure
   * @param horizonYears n
   * @return the average a year
   */
  public static double perYear(double lifetime, int horizonYears) {
    return lifetime / horizonYears;
  }

  /**
   * The sold share of a year: the first-year ramp in year 1, 1 in later years.
   *
   * @param ramp the first-year ramp
   * @param year the year, 1 for the first
   * @return the share
   */
  public static double rampFactor(double ramp, int year) {
    return year == 1 ? ramp : 1;
  }

  /**
   * The sold years of the horizon = sum over years 1 to n of the ramp factor: ramp + (n - 1).
   *
   * @param ramp the first-year ramp
   * @param horizonYears n
   * @return the sum
   */
  public static double rampYears(double ramp, int horizonYears) {
    double sum = 0;
    for (int year = 1; year <= horizonYears; year++) {
      sum += rampFactor(ramp, year);
    }
    return sum;
  }

  /**
   * The present value of selling 1 a year = sum over years 1 to n of ramp factor / (1 + rate)^year.
   *
   * @param ramp the first-year ramp
   * @param rate the discount rate, greater than -1
   * @param horizonYears n
   * @return the sum
   */
  public static double rampAnnuity(double ramp, double rate, int horizonYears) {
    double sum = 0;
    for (int year = 1; year <= horizonYears; year++) {
      sum += rampFactor(ramp, year) * Discounting.discountFactor(rate, year);
    }
    return sum;
  }

  /**
   * GPU-hours one GPU delivers over the horizon = hours a year x sold utilisation x throughput
   * factor x (ramp + n - 1): a GPU-hour on a network that realises 60 % of the ideal work delivers
   * 0.6 of an ideal GPU-hour.
   *
   * @param hoursPerYear the hours in a year
   * @param utilisation the sold utilisation (1 when not stated)
   * @param factor the option's throughput factor
   * @param ramp the first-year ramp
   * @param horizonYears n
   * @return the delivered hours
   */
  public static double deliveredHours(
      double hoursPerYear, double utilisation, double factor, double ramp, int horizonYears) {
    return hoursPerYear * utilisation * factor * rampYears(ramp, horizonYears);
  }

  /**
   * Cost per delivered GPU-hour = lifetime TCO per GPU / delivered GPU-hours per GPU.
   *
   * @param lifetimeTco the lifetime TCO per GPU
   * @param deliveredHours the delivered hours per GPU ({@link #deliveredHours})
   * @return the cost per hour
   */
  public static double costPerDeliveredHour(double lifetimeTco, double deliveredHours) {
    return lifetimeTco / deliveredHours;
  }

  /**
   * Cost per million tokens = cost per delivered GPU-hour x 1,000,000 / (tokens per second x
   * 3,600).
   *
   * @param costPerGpuHour the cost per delivered GPU-hour
   * @param tokensPerSecond the tokens one GPU serves a second at full speed
   * @return the cost per million tokens
   */
  public static double costPerMillionTokens(double costPerGpuHour, double tokensPerSecond) {
    return costPerGpuHour * 1e6 / (tokensPerSecond * 3600);
  }

  /**
   * The cash flow of one option per GPU in a year: in year 0, minus (unit price + network capex);
   * in year t, revenue x ramp factor - network opex - energy - hosting, plus in year n the book
   * values of the GPU and of the fabric (sold then).
   *
   * @param year the year, 0 to n
   * @param horizonYears n
   * @param revenue the realised annual value per GPU
   * @param ramp the first-year ramp
   * @param unitPrice the GPU's price
   * @param capex the network's capex per GPU
   * @param opex the network's yearly opex per GPU ({@link #networkOpex})
   * @param energy the energy cost a year per GPU ({@link #energyPerYear} of GPU + network watts)
   * @param hosting the hosting cost a year per GPU ({@link #hostingPerYear} of the same watts)
   * @param bookValues the GPU's and the fabric's book values at year n, added
   * @return the flow
   */
  public static double optionFlowPerGpu(
      int year,
      int horizonYears,
      double revenue,
      double ramp,
      double unitPrice,
      double capex,
      double opex,
      double energy,
      double hosting,
      double bookValues) {
    if (year == 0) {
      return -(unitPrice + capex);
    }
    double flow = revenue * rampFactor(ramp, year) - opex - energy - hosting;
    if (year == horizonYears) {
      flow += bookValues;
    }
    return flow;
  }

  /**
   * The candidate's flow per GPU less the baseline's in a year, as {@link #optionFlowPerGpu}
   * defines them, taken term by term: in year 0, minus the extra capex; in year t, extra revenue x
   * ramp factor - extra opex - energy and hosting of the extra watts, plus in year n the extra book
   * value of the fabric. What both options share (the GPU's price, power, hosting and book value)
   * cancels exactly, instead of two large nearly equal totals being subtracted: with a GPU power
   * bill of USD 1e14 a year, a network difference of cents would otherwise be rounding.
   *
   * @param year the year, 0 to n
   * @param horizonYears n
   * @param extraRevenue the candidate's realised annual value less the baseline's, per GPU
   * @param ramp the first-year ramp
   * @param extraCapex the candidate's network capex less the baseline's, per GPU
   * @param extraOpex the candidate's network opex a year less the baseline's
   * @param extraEnergy {@link #energyPerYear} of the candidate's network watts less the baseline's
   * @param extraHosting {@link #hostingPerYear} of the same difference of watts
   * @param extraFabricBookValue the candidate's fabric book value at year n less the baseline's
   * @return the flow
   */
  public static double upgradeFlowPerGpu(
      int year,
      int horizonYears,
      double extraRevenue,
      double ramp,
      double extraCapex,
      double extraOpex,
      double extraEnergy,
      double extraHosting,
      double extraFabricBookValue) {
    if (year == 0) {
      return -extraCapex;
    }
    double flow = extraRevenue * rampFactor(ramp, year) - extraOpex - extraEnergy - extraHosting;
    if (year == horizonYears) {
      flow += extraFabricBookValue;
    }
    return flow;
  }

  /**
   * The break-even all-in annual network cost per GPU of the candidate = NPV of the upgrade with
   * the candidate's network free / (GPUs x annuity factor): paying C a year per GPU at the end of
   * each year lowers that NPV by C x GPUs x annuity factor, so this C makes it zero.
   *
   * @param npvWithFreeNetwork the upgrade's NPV with the candidate's network free (no capex, opex
   *     or watts)
   * @param count the GPUs
   * @param rate the discount rate, greater than -1
   * @param horizonYears n
   * @return the break-even cost
   */
  public static double breakEvenNetworkCost(
      double npvWithFreeNetwork, double count, double rate, int horizonYears) {
    return npvWithFreeNetwork / (count * Discounting.annuityFactor(rate, horizonYears));
  }

  /**
   * The extra revenue of the upgrade over the horizon = uplift per GPU-year x GPUs x sold years
   * ({@link #rampYears}).
   *
   * @param uplift the extra realised value per GPU-year
   * @param count the GPUs
   * @param rampYears the sold years
   * @return the extra revenue
   */
  public static double extraRevenue(double uplift, double count, double rampYears) {
    return uplift * count * rampYears;
  }

  /**
   * The price at which a net benefit linear in the price is zero = -(net benefit at a price of 0) /
   * net benefit per unit of price.
   *
   * @param netBenefitAtZero the net benefit at a price of 0
   * @param revenuePerUnitPrice the extra revenue per unit of price
   * @return the price
   */
  public static double breakEvenPrice(double netBenefitAtZero, double revenuePerUnitPrice) {
    return -netBenefitAtZero / revenuePerUnitPrice;
  }

  /**
   * A price per unit of GPU time as a price per GPU-hour = price x 3,600 / seconds a unit.
   *
   * @param price the price per unit
   * @param unitSeconds the seconds in a unit
   * @return the price per hour
   */
  public static double perHour(double price, long unitSeconds) {
    return price * 3600 / unitSeconds;
  }

  /**
   * The realised annual value the candidate needs for an upgrade NPV of zero = today's realised
   * value - NPV / (GPUs x ramp annuity): the NPV is linear in the candidate's realised value, and 1
   * more a year per GPU adds GPUs x ramp annuity ({@link #rampAnnuity}).
   *
   * @param revenue the candidate's realised annual value per GPU today
   * @param npv the upgrade's NPV today
   * @param count the GPUs
   * @param rampAnnuity the ramp annuity
   * @return the realised value needed
   */
  public static double neededRevenue(double revenue, double npv, double count, double rampAnnuity) {
    return revenue - npv / (count * rampAnnuity);
  }

  /**
   * A duration in months = years x 12.
   *
   * @param years the years
   * @return the months
   */
  public static double months(double years) {
    return years * 12;
  }

  /**
   * The undiscounted sum of the first {@code length} flows, in year order: the net benefit.
   *
   * @param flows the flows
   * @param length how many to add
   * @return the sum
   */
  public static double sum(double[] flows, int length) {
    double sum = 0;
    for (int year = 0; year < length; year++) {
      sum += flows[year];
    }
    return sum;
  }

  /**
   * Whether the first {@code length} flows and their running sums are finite: flows that overflow a
   * double, alone or summed, have no figures.
   *
   * @param flows the flows
   * @param length how many to check
   * @return whether all are finite
   */
  public static boolean allFinite(double[] flows, int length) {
    double sum = 0;
    for (int i = 0; i < length; i++) {
      sum += flows[i];
      if (!Double.isFinite(flows[i]) || !Double.isFinite(sum)) {
        return false;
      }
    }
    return true;
  }
}
