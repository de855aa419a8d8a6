package dev.netroi.samples;

/**
 * An independent re-computation of {@link LifetimeComparison}'s figures, in plain arithmetic from
 * the sample's stated inputs and the README's definitions ("Definitions", "Lifetime economics",
 * "Network models" / fabric sizing), without calling netroi. The tests compare the sample's
 * printout with it to the cent.
 *
 * <p>Inputs, read from {@code LifetimeComparison} and {@code ReferenceArgument.fleet()}: 1,024 H100
 * at USD 30,000, sold at USD 2.00 per GPU-hour, 80 % utilised; a 365-day year of 8,760 hours; 5
 * years at 8 %; GPUs depreciated over 5 years to 0 (so no book value at the horizon); 1,275 W per
 * GPU, PUE 1.3, USD 0.0806 per kWh, USD 184.06 per kW-month; a first-year ramp of 0.75; every
 * fabric 400 Gb/s, one NIC per GPU, non-blocking, 5-year life (no book value at the horizon), 10 %
 * support a year:
 *
 * <pre>
 *                       radix  switch USD / W   optic USD / W  NIC USD  cable USD  fraction
 * InfiniBand              64    36,000 / 1,720     700 / 9       1,800     100       0.95
 * AI Ethernet            128    45,000 / 2,080     600 / 9       1,600     100       0.95
 * Traditional Ethernet    64    20,000 / 1,500     500 / 9       1,000     100       0.60
 * </pre>
 *
 * <p><b>Fabric</b> (folded Clos, 2 tiers since k^2/2 = 2,048 and 8,192 >= 1,024): leaves =
 * ceil(1,024 / (k/2)), spines = leaves x (k/2) / k, links = 1,024 (GPU-leaf) + 1,024 (leaf-spine),
 * two optics and one cable a link. So radix 64: 32 + 16 = 48 switches; radix 128: 16 + 8 = 24;
 * 4,096 optics, 2,048 cables, 1,024 NICs. Capex per GPU: InfiniBand (48 x 36,000 + 4,096 x 700 +
 * 1,024 x 1,800 + 2,048 x 100) / 1,024 = 6,643,200 / 1,024 = 6,487.50; AI Ethernet (24 x 45,000 +
 * 4,096 x 600 + 1,024 x 1,600 + 204,800) / 1,024 = 5,380,800 / 1,024 = 5,254.6875; traditional (48
 * x 20,000 + 4,096 x 500 + 1,024 x 1,000 + 204,800) / 1,024 = 4,236,800 / 1,024 = 4,137.50. Watts
 * per GPU: (48 x 1,720 + 4,096 x 9) / 1,024 = 116.625; (24 x 2,080 + 36,864) / 1,024 = 84.75; (48 x
 * 1,500 + 36,864) / 1,024 = 106.3125.
 *
 * <p><b>Per GPU, year t = 1..5</b>: kW = (1,275 + fabric W) / 1,000; energy = kW x 1.3 x 8,760 x
 * 0.0806; hosting = kW x 184.06 x 12; revenue = 2.00 x 8,760 x 0.80 x fraction x (0.75 if t = 1
 * else 1); support = 0.10 x capex; flow(t) = revenue - support - energy - hosting; flow(0) =
 * -(30,000 + capex). The fleet's flows are 1,024 times these, NPV = sum flow(t) / 1.08^t. TCO per
 * GPU = 30,000 + capex (5 years' depreciation) + 5 x support + 5 x (energy + hosting); per
 * delivered GPU-hour TCO / (8,760 x 0.80 x fraction x (0.75 + 4)).
 */
final class LifetimeModel {

  static final int GPUS = 1024;
  static final double HOURS = 365 * 24;
  static final double RATE = 0.08;
  static final int YEARS = 5;
  static final double RAMP = 0.75;
  static final double PRICE_PER_HOUR = 2.00;
  static final double UTILISATION = 0.80;
  static final double GPU_PRICE = 30_000;
  static final double GPU_WATTS = 1275;
  static final double PUE = 1.3;
  static final double KWH_PRICE = 0.0806;
  static final double KW_MONTH_PRICE = 184.06;
  static final double SUPPORT = 0.10;

  /** One option: its fabric's capex and watts per GPU and its effective fraction. */
  record Option(String name, double capexPerGpu, double wattsPerGpu, double fraction) {

    /** The network free: no capex, no support, no watts (the break-even's candidate). */
    Option networkFree() {
      return new Option(name, 0, 0, fraction);
    }

    double energyPerYear() {
      return (GPU_WATTS + wattsPerGpu) / 1000 * PUE * HOURS * KWH_PRICE;
    }

    double hostingPerYear() {
      return (GPU_WATTS + wattsPerGpu) / 1000 * KW_MONTH_PRICE * 12;
    }

    double revenuePerYear() {
      return PRICE_PER_HOUR * HOURS * UTILISATION * fraction;
    }

    /** The fleet's flows, years 0..5. */
    double[] fleetFlows() {
      double[] flows = new double[YEARS + 1];
      flows[0] = -(GPU_PRICE + capexPerGpu) * GPUS;
      for (int t = 1; t <= YEARS; t++) {
        double revenue = revenuePerYear() * (t == 1 ? RAMP : 1);
        flows[t] = (revenue - SUPPORT * capexPerGpu - energyPerYear() - hostingPerYear()) * GPUS;
      }
      return flows;
    }

    double npv() {
      return LifetimeModel.npv(fleetFlows(), RATE);
    }

    double networkPerGpu() {
      return capexPerGpu + YEARS * SUPPORT * capexPerGpu;
    }

    double powerPerGpu() {
      return YEARS * energyPerYear();
    }

    double tcoPerGpu() {
      return GPU_PRICE + networkPerGpu() + powerPerGpu() + YEARS * hostingPerYear();
    }

    double costPerDeliveredGpuHour() {
      return tcoPerGpu() / (HOURS * UTILISATION * fraction * (RAMP + YEARS - 1));
    }
  }

  static Option fabric(
      String name,
      int radix,
      double switchPrice,
      double switchWatts,
      double opticPrice,
      double opticWatts,
      double nicPrice,
      double cablePrice,
      double fraction) {
    int down = radix / 2;
    int leaves = (GPUS + down - 1) / down;
    int spines = leaves * down / radix;
    int switches = leaves + spines;
    int links = 2 * GPUS;
    double capex =
        switches * switchPrice + 2 * links * opticPrice + GPUS * nicPrice + links * cablePrice;
    double watts = switches * switchWatts + 2 * links * opticWatts;
    return new Option(name, capex / GPUS, watts / GPUS, fraction);
  }

  static final Option INFINIBAND = fabric("InfiniBand", 64, 36_000, 1720, 700, 9, 1800, 100, 0.95);
  static final Option AI_ETHERNET =
      fabric("AI Ethernet", 128, 45_000, 2080, 600, 9, 1600, 100, 0.95);
  static final Option TRADITIONAL =
      fabric("Traditional Ethernet", 64, 20_000, 1500, 500, 9, 1000, 100, 0.60);

  private LifetimeModel() {}

  static double npv(double[] flows, double rate) {
    double sum = 0;
    for (int t = 0; t < flows.length; t++) {
      sum += flows[t] / Math.pow(1 + rate, t);
    }
    return sum;
  }

  /** The candidate's fleet flows minus the baseline's, year by year. */
  static double[] upgrade(Option candidate, Option baseline) {
    double[] c = candidate.fleetFlows();
    double[] b = baseline.fleetFlows();
    double[] u = new double[c.length];
    for (int t = 0; t < u.length; t++) {
      u[t] = c[t] - b[t];
    }
    return u;
  }

  static double sum(double[] flows) {
    double sum = 0;
    for (double flow : flows) {
      sum += flow;
    }
    return sum;
  }

  /** The IRR by bisection on [0, 10]: the NPV of a conventional upgrade falls as the rate rises. */
  static double irr(double[] flows) {
    double low = 0;
    double high = 10;
    for (int i = 0; i < 200; i++) {
      double mid = (low + high) / 2;
      if (npv(flows, mid) > 0) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Months until the cumulative flow turns non-negative, linear within the year it does. */
  static double paybackMonths(double[] flows) {
    double cumulative = flows[0];
    for (int t = 1; t < flows.length; t++) {
      if (cumulative + flows[t] >= 0) {
        return 12 * (t - 1 + -cumulative / flows[t]);
      }
      cumulative += flows[t];
    }
    throw new AssertionError("no payback within the horizon");
  }

  static double[] discounted(double[] flows) {
    double[] d = new double[flows.length];
    for (int t = 0; t < flows.length; t++) {
      d[t] = flows[t] / Math.pow(1 + RATE, t);
    }
    return d;
  }

  /** 1/1.08 + ... + 1/1.08^5. */
  static double annuityFactor() {
    double sum = 0;
    for (int t = 1; t <= YEARS; t++) {
      sum += 1 / Math.pow(1 + RATE, t);
    }
    return sum;
  }

  /** NPV of the upgrade with the candidate's network free, per GPU, over the annuity factor. */
  static double breakEvenNetworkCostPerGpu(Option candidate, Option baseline) {
    return npv(upgrade(candidate.networkFree(), baseline), RATE) / GPUS / annuityFactor();
  }

  /**
   * The NPV is linear in the candidate's fraction e (only revenue depends on it): NPV(e) = NPV -
   * (fraction - e) x 2.00 x 8,760 x 0.80 x 1,024 x (0.75 / 1.08 + 1/1.08^2 + ... + 1/1.08^5), so it
   * is 0 at e = fraction - NPV / (2.00 x 8,760 x 0.80 x 1,024 x that factor).
   */
  static double breakEvenFraction(Option candidate, Option baseline) {
    double rampedFactor = annuityFactor() - (1 - RAMP) / (1 + RATE);
    return candidate.fraction()
        - npv(upgrade(candidate, baseline), RATE)
            / (PRICE_PER_HOUR * HOURS * UTILISATION * GPUS * rampedFactor);
  }

  /**
   * The net benefit is linear in the price p (only revenue depends on it): NB(p) = NB - (2.00 - p)
   * x 8,760 x 0.80 x (fraction - baseline fraction) x 1,024 x (0.75 + 4), so it is 0 at p = 2.00 -
   * NB / (8,760 x 0.80 x (fraction - baseline fraction) x 1,024 x 4.75).
   */
  static double breakEvenGpuHourPrice(Option candidate, Option baseline) {
    return PRICE_PER_HOUR
        - sum(upgrade(candidate, baseline))
            / (HOURS
                * UTILISATION
                * (candidate.fraction() - baseline.fraction())
                * GPUS
                * (RAMP + YEARS - 1));
  }
}
