package dev.netroi.builtin;

import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.InputPaths;
import dev.netroi.Lifetime;
import dev.netroi.NetworkFabric;
import dev.netroi.OptionRole;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.calc.Block;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.FailureReason;
import dev.netroi.fabric.FabricFormulas;
import dev.netroi.finance.Discounting;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of one row that the lifetime calculators need, read from a scenario (the audited
 * path) or from a block's columns (the batch path) into the same fields, so that both paths call
 * the formulas below with the same doubles. Mutable and not thread-safe: a calculator makes one per
 * call or per block and reuses it for every row.
 *
 * <p>The formulas, per GPU, for year {@code t} of a horizon of {@code n} years:
 *
 * <ul>
 *   <li>energy a year = (GPU watts + fabric watts) / 1000 x PUE x hours a year x price per kWh;
 *   <li>hosting a year = (GPU watts + fabric watts) / 1000 x price per kW-month x 12;
 *   <li>GPU depreciation in year t: straight line from the unit price to the residual value over
 *       the GPU life ({@link Discounting#straightLineDepreciation});
 *   <li>network cost in year t: for a fabric, its capex depreciated straight line over its life to
 *       nothing, plus support (share x capex); for an option without a fabric, its stated annual
 *       cost, all in;
 *   <li>cash flow of an option: year 0, minus (unit price + fabric capex); year t, revenue x ramp
 *       (the first-year ramp in year 1, else 1) - network support or stated cost - energy -
 *       hosting, plus in year n the book values of the GPUs and of the fabric (sold at book value).
 * </ul>
 */
final class LifetimeTerms {

  /**
   * Returns the failure of a scenario without lifetime terms. A calculator makes it once and throws
   * that one instance (it is immutable: no stack trace), as {@code FabricCalculator} does, so that
   * a scenario without lifetime terms allocates no message.
   */
  static CalculationException noLifetime() {
    return new CalculationException(
        FailureReason.MISSING_INPUT,
        "the scenario has no lifetime terms (horizon, discount rate, power): set"
            + " Scenario.Builder.lifetime");
  }

  int horizon;
  double rate;
  double count;
  double unitPrice;
  double gpuLife;
  double residualShare;
  double gpuWatts;
  double pue;
  double kwhPrice;
  double kwMonthPrice;
  double ramp;
  double days;
  double hoursPerYear;
  double utilisation;
  double price; // pricing.price, in the pricing's unit
  double tokensPerSecond; // pricing.tokensPerSecondPerGpu, NaN for GPU-time pricing

  /** The network of one option, per GPU. */
  static final class Network {
    boolean fabric;
    double capex; // year-0 fabric capex per GPU, 0 without a fabric
    double life; // fabric life in years, 1 without a fabric (unused)
    double opex; // support a year, or the stated annual cost
    double watts; // fabric watts per GPU, 0 without a fabric
  }

  /** Scratch for a row's cash flows, years 0 to n. */
  final double[] flows = new double[MAX_FLOWS];

  /** Scratch for a second series of flows, such as the upgrade's at a price of 0. */
  final double[] moreFlows = new double[MAX_FLOWS];

  final Network candidate = new Network();
  final Network baseline = new Network();

  Network network(OptionRole role) {
    return role == OptionRole.CANDIDATE ? candidate : baseline;
  }

  // ---- reading ----

  /** Reads the shared terms of a scenario, or throws {@code noLifetime} if it has none. */
  static LifetimeTerms of(Scenario scenario, CalculationException noLifetime) {
    Optional<Lifetime> terms = scenario.lifetime();
    if (terms.isEmpty()) {
      throw noLifetime; // no lambda: a scenario without terms allocates nothing here
    }
    Lifetime lifetime = terms.get();
    LifetimeTerms t = new LifetimeTerms();
    t.horizon = lifetime.horizonYears();
    t.rate = lifetime.discountRate();
    t.count = scenario.fleet().count();
    t.unitPrice = scenario.fleet().unitPrice().amount();
    t.gpuLife = lifetime.gpuLifeYears();
    t.residualShare = lifetime.gpuResidualShare();
    t.gpuWatts = lifetime.gpuWatts();
    t.pue = lifetime.pue();
    t.kwhPrice = lifetime.electricityPricePerKwh().amount();
    t.kwMonthPrice = lifetime.hostingPricePerKwMonth().amount();
    t.ramp = lifetime.firstYearRamp();
    t.days = scenario.yearBasis().days();
    t.hoursPerYear = hoursPerYear(t.days);
    t.utilisation = scenario.fleet().soldUtilisation().orElse(1);
    t.price = scenario.pricing().price().amount();
    t.tokensPerSecond =
        scenario.pricing() instanceof PricingModel.PerMillionTokens perToken
            ? perToken.tokensPerSecondPerGpu()
            : Double.NaN;
    return t;
  }

  /**
   * Reads the network of one option of a scenario; fails as {@code UNDEFINED} when the fleet does
   * not fit the option's fabric.
   */
  LifetimeTerms readNetwork(Scenario scenario, OptionRole role) {
    Network n = network(role);
    NetworkFabric fabric = scenario.fabric(role).orElse(null);
    if (fabric == null) {
      stated(n, role.option(scenario).statedAnnualCostPerGpu().orElseThrow().amount());
    } else {
      FabricDesign design = fabric.design();
      FabricPriceList p = design.prices();
      FabricFormulas.Counts counts = FabricCalculator.counts(scenario, design);
      boolean finite =
          fabric(
              n,
              counts,
              p.switchPrice().amount(),
              p.opticPrice().amount(),
              p.nicPrice().amount(),
              p.cablePrice().amount(),
              p.switchWatts(),
              p.opticWatts(),
              p.nicWatts(),
              fabric.lifeYears(),
              fabric.annualSupportShare(),
              count);
      if (!finite) {
        throw new CalculationException(
            FailureReason.UNDEFINED,
            "the " + role.fabricHead() + "'s capex or power per GPU overflows a double");
      }
    }
    return this;
  }

  private static void stated(Network n, double annualCost) {
    n.fabric = false;
    n.capex = 0;
    n.life = 1;
    n.opex = annualCost;
    n.watts = 0;
  }

  /** Reads a sized fabric into {@code n}; false when its capex, support or watts overflow. */
  private static boolean fabric(
      Network n,
      FabricFormulas.Counts counts,
      double switchPrice,
      double opticPrice,
      double nicPrice,
      double cablePrice,
      double switchWatts,
      double opticWatts,
      double nicWatts,
      double life,
      double supportShare,
      double gpus) {
    n.fabric = true;
    n.capex =
        FabricFormulas.capexPerGpu(counts, switchPrice, opticPrice, nicPrice, cablePrice, gpus);
    n.life = life;
    n.opex = support(n.capex, supportShare);
    n.watts = FabricFormulas.powerPerGpu(counts, switchWatts, opticWatts, nicWatts, gpus);
    return Double.isFinite(n.capex) && Double.isFinite(n.opex) && Double.isFinite(n.watts);
  }

  /**
   * The columns of a block that the lifetime terms are read from, fetched once per block. Built
   * only for a block whose scenario has lifetime terms.
   */
  static final class Columns {
    private final Block block;
    private final double[] horizon;
    private final double[] rate;
    private final double[] count;
    private final double[] unitPrice;
    private final double[] gpuLife;
    private final double[] residualShare;
    private final double[] gpuWatts;
    private final double[] pue;
    private final double[] kwhPrice;
    private final double[] kwMonthPrice;
    private final double[] ramp;
    private final double[] days;
    private final double @Nullable [] utilisation;
    private final double[] price;
    private final double @Nullable [] tokensPerSecond;
    private final @Nullable RoleColumns candidate;
    private final @Nullable RoleColumns baseline;

    Columns(Block block, boolean candidate, boolean baseline) {
      this.block = block;
      this.horizon = block.input(InputPaths.LIFETIME_HORIZON_YEARS);
      this.rate = block.input(InputPaths.LIFETIME_DISCOUNT_RATE);
      this.count = block.input(InputPaths.FLEET_COUNT);
      this.unitPrice = block.input(InputPaths.FLEET_UNIT_PRICE);
      this.gpuLife = block.input(InputPaths.LIFETIME_GPU_LIFE_YEARS);
      this.residualShare = block.input(InputPaths.LIFETIME_GPU_RESIDUAL_SHARE);
      this.gpuWatts = block.input(InputPaths.LIFETIME_GPU_WATTS);
      this.pue = block.input(InputPaths.LIFETIME_PUE);
      this.kwhPrice = block.input(InputPaths.LIFETIME_ELECTRICITY_PRICE_PER_KWH);
      this.kwMonthPrice = block.input(InputPaths.LIFETIME_HOSTING_PRICE_PER_KW_MONTH);
      this.ramp = block.input(InputPaths.LIFETIME_FIRST_YEAR_RAMP);
      this.days = block.input(InputPaths.YEAR_BASIS_DAYS);
      this.utilisation =
          block.scenario().fleet().soldUtilisation().isPresent()
              ? block.input(InputPaths.FLEET_SOLD_UTILISATION)
              : null;
      this.price = block.input(InputPaths.PRICING_PRICE);
      this.tokensPerSecond =
          block.scenario().pricing() instanceof PricingModel.PerMillionTokens
              ? block.input(InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU)
              : null;
      this.candidate = candidate ? new RoleColumns(block, OptionRole.CANDIDATE) : null;
      this.baseline = baseline ? new RoleColumns(block, OptionRole.BASELINE) : null;
    }

    /**
     * Reads row {@code row} into {@code t}: the shared terms, and the network of each option the
     * columns were made for. Returns false when the fleet does not fit an option's fabric.
     */
    boolean read(int row, LifetimeTerms t) {
      t.horizon = (int) horizon[row];
      t.rate = rate[row];
      t.count = count[row];
      t.unitPrice = unitPrice[row];
      t.gpuLife = gpuLife[row];
      t.residualShare = residualShare[row];
      t.gpuWatts = gpuWatts[row];
      t.pue = pue[row];
      t.kwhPrice = kwhPrice[row];
      t.kwMonthPrice = kwMonthPrice[row];
      t.ramp = ramp[row];
      t.days = days[row];
      t.hoursPerYear = hoursPerYear(days[row]);
      t.utilisation = utilisation == null ? 1 : utilisation[row];
      t.price = price[row];
      t.tokensPerSecond = tokensPerSecond == null ? Double.NaN : tokensPerSecond[row];
      return (candidate == null || candidate.read(row, t.candidate, count[row]))
          && (baseline == null || baseline.read(row, t.baseline, count[row]));
    }

    Block block() {
      return block;
    }
  }

  /** The columns of one option's network. */
  private static final class RoleColumns {
    private final double @Nullable [] annualCost;
    private final @Nullable FabricDesign design;
    private final double[] oversubscription;
    private final double[] switchPrice;
    private final double[] opticPrice;
    private final double[] nicPrice;
    private final double[] cablePrice;
    private final double[] switchWatts;
    private final double[] opticWatts;
    private final double[] nicWatts;
    private final double[] life;
    private final double[] supportShare;

    RoleColumns(Block block, OptionRole role) {
      NetworkFabric fabric = block.scenario().fabric(role).orElse(null);
      double[] none = new double[0];
      if (fabric == null) {
        annualCost = block.input(role.path("annualCostPerGpu"));
        design = null;
        oversubscription = none;
        switchPrice = none;
        opticPrice = none;
        nicPrice = none;
        cablePrice = none;
        switchWatts = none;
        opticWatts = none;
        nicWatts = none;
        life = none;
        supportShare = none;
      } else {
        annualCost = null;
        design = fabric.design();
        oversubscription = block.input(role.fabricPath("oversubscription"));
        switchPrice = block.input(role.fabricPath("switchPrice"));
        opticPrice = block.input(role.fabricPath("opticPrice"));
        nicPrice = block.input(role.fabricPath("nicPrice"));
        cablePrice = block.input(role.fabricPath("cablePrice"));
        switchWatts = block.input(role.fabricPath("switchWatts"));
        opticWatts = block.input(role.fabricPath("opticWatts"));
        nicWatts = block.input(role.fabricPath("nicWatts"));
        life = block.input(role.fabricPath("lifeYears"));
        supportShare = block.input(role.fabricPath("annualSupportShare"));
      }
    }

    boolean read(int row, Network n, double gpus) {
      if (annualCost != null) {
        stated(n, annualCost[row]);
        return true;
      }
      FabricFormulas.Counts counts =
          FabricFormulas.counts(
              java.util.Objects.requireNonNull(design), (long) gpus, oversubscription[row]);
      if (counts == null) {
        return false;
      }
      return fabric(
          n,
          counts,
          switchPrice[row],
          opticPrice[row],
          nicPrice[row],
          cablePrice[row],
          switchWatts[row],
          opticWatts[row],
          nicWatts[row],
          life[row],
          supportShare[row],
          gpus);
    }
  }

  // ---- formulas ----

  /** Hours a year = days x 24. */
  static double hoursPerYear(double days) {
    return days * 24;
  }

  /** Annual support = share x capex. */
  static double support(double capex, double share) {
    return share * capex;
  }

  /** Watts drawn per GPU on an option's network: GPU watts + fabric watts per GPU. */
  double watts(Network n) {
    return gpuWatts + n.watts;
  }

  /** Energy cost a year per GPU = watts / 1000 x PUE x hours a year x price per kWh. */
  static double energyPerYear(double watts, double pue, double hoursPerYear, double kwhPrice) {
    return watts / 1000 * pue * hoursPerYear * kwhPrice;
  }

  /** Hosting cost a year per GPU = watts / 1000 x price per kW-month x 12. */
  static double hostingPerYear(double watts, double kwMonthPrice) {
    return watts / 1000 * kwMonthPrice * 12;
  }

  double energyPerYear(Network n) {
    return energyPerYear(watts(n), pue, hoursPerYear, kwhPrice);
  }

  double hostingPerYear(Network n) {
    return hostingPerYear(watts(n), kwMonthPrice);
  }

  /** GPU depreciation in year {@code year} per GPU. */
  double gpuDepreciation(int year) {
    return Discounting.straightLineDepreciation(
        unitPrice, unitPrice * residualShare, gpuLife, year);
  }

  /** Network cost in year {@code year} per GPU: fabric depreciation + support, or stated cost. */
  static double networkCost(Network n, int year) {
    return n.fabric
        ? Discounting.straightLineDepreciation(n.capex, 0, n.life, year) + n.opex
        : n.opex;
  }

  /** Lifetime GPU cost per GPU = sum of the depreciation of years 1 to n. */
  double lifetimeGpuCost() {
    double sum = 0;
    for (int year = 1; year <= horizon; year++) {
      sum += gpuDepreciation(year);
    }
    return sum;
  }

  /** Lifetime network cost per GPU = sum of the network cost of years 1 to n. */
  double lifetimeNetworkCost(Network n) {
    double sum = 0;
    for (int year = 1; year <= horizon; year++) {
      sum += networkCost(n, year);
    }
    return sum;
  }

  /** Lifetime energy cost per GPU = energy a year x n. */
  double lifetimePowerCost(Network n) {
    return energyPerYear(n) * horizon;
  }

  /** Lifetime hosting cost per GPU = hosting a year x n. */
  double lifetimeHostingCost(Network n) {
    return hostingPerYear(n) * horizon;
  }

  /** Lifetime TCO per GPU = GPU + network + power + hosting. */
  static double tco(double gpu, double network, double power, double hosting) {
    return gpu + network + power + hosting;
  }

  /** A fleet figure = per GPU x GPU count. */
  static double fleet(double perGpu, double count) {
    return perGpu * count;
  }

  /** A yearly average = lifetime figure / horizon years. */
  static double perYear(double lifetime, int horizon) {
    return lifetime / horizon;
  }

  /** Lifetime TCO per GPU on a network: the four parts, added as {@link #tco} adds them. */
  double lifetimeTco(Network n) {
    return tco(
        lifetimeGpuCost(), lifetimeNetworkCost(n), lifetimePowerCost(n), lifetimeHostingCost(n));
  }

  /** Year-weighted sold share: the first-year ramp in year 1, 1 in later years. */
  double rampFactor(int year) {
    return year == 1 ? ramp : 1;
  }

  /** Sum over the horizon of the ramp factors: ramp + (n - 1). */
  double rampYears() {
    double sum = 0;
    for (int year = 1; year <= horizon; year++) {
      sum += rampFactor(year);
    }
    return sum;
  }

  /**
   * GPU-hours one GPU delivers over the horizon = hours a year x sold utilisation x throughput
   * factor x (ramp + n - 1).
   */
  double deliveredHours(double factor) {
    return hoursPerYear * utilisation * factor * rampYears();
  }

  /** The cash flow of one option per GPU in year {@code year}; revenue is per GPU-year. */
  double flowPerGpu(Network n, double revenue, int year) {
    if (year == 0) {
      return -(unitPrice + n.capex);
    }
    double flow = revenue * rampFactor(year) - n.opex - energyPerYear(n) - hostingPerYear(n);
    if (year == horizon) {
      flow +=
          Discounting.bookValue(unitPrice, unitPrice * residualShare, gpuLife, horizon)
              + residualFabric(n);
    }
    return flow;
  }

  /** Fills {@code flows[0..n]} with an option's fleet cash flows (per GPU x count). */
  void optionFlows(Network n, double revenue, double[] flows) {
    for (int year = 0; year <= horizon; year++) {
      flows[year] = flowPerGpu(n, revenue, year) * count;
    }
  }

  /**
   * Fills {@code flows[0..n]} with the upgrade's fleet cash flows: (candidate flow - baseline flow)
   * per GPU x count, the difference taken term by term ({@link #upgradeFlowPerGpu}).
   */
  void upgradeFlows(double revenueCandidate, double revenueBaseline, double[] flows) {
    for (int year = 0; year <= horizon; year++) {
      flows[year] =
          upgradeFlowPerGpu(candidate, revenueCandidate, baseline, revenueBaseline, year) * count;
    }
  }

  /**
   * The candidate's flow per GPU less the baseline's in a year, as {@link #flowPerGpu} defines
   * them, taken term by term: revenue, network capex, support or stated cost, and the energy and
   * hosting of the networks' watts. What both options share (the GPU's price, power, hosting and
   * book value) cancels exactly, instead of two large nearly equal totals being subtracted: with a
   * GPU power bill of USD 1e14 a year, a network difference of cents would otherwise be rounding.
   */
  double upgradeFlowPerGpu(
      Network more, double revenueMore, Network less, double revenueLess, int year) {
    if (year == 0) {
      return -(more.capex - less.capex);
    }
    double watts = more.watts - less.watts;
    double flow =
        (revenueMore - revenueLess) * rampFactor(year)
            - (more.opex - less.opex)
            - energyPerYear(watts, pue, hoursPerYear, kwhPrice)
            - hostingPerYear(watts, kwMonthPrice);
    if (year == horizon) {
      flow += residualFabric(more) - residualFabric(less);
    }
    return flow;
  }

  /** The book value of a network's fabric at the horizon, sold then; 0 without a fabric. */
  private double residualFabric(Network n) {
    return n.fabric ? Discounting.bookValue(n.capex, 0, n.life, horizon) : 0;
  }

  /** A network that costs nothing and draws nothing: the candidate's, for its break-even cost. */
  private static final Network FREE = new Network();

  static {
    stated(FREE, 0);
  }

  /**
   * The break-even all-in annual network cost per GPU of the candidate: the NPV of the upgrade with
   * the candidate's network free (no capex, support, stated cost or watts), per GPU, over the
   * annuity factor. Paying C a year per GPU at the end of each year lowers that NPV by C x GPUs x
   * annuity factor, so this C makes it zero; computed on the free network's flows directly, it does
   * not cancel large network costs against each other.
   */
  double breakEvenNetworkCost(double revenueCandidate, double revenueBaseline) {
    for (int year = 0; year <= horizon; year++) {
      moreFlows[year] =
          upgradeFlowPerGpu(FREE, revenueCandidate, baseline, revenueBaseline, year) * count;
    }
    if (!allFinite(moreFlows, horizon + 1)) {
      return Double.NaN; // inputs so extreme that the flows overflow: undefined
    }
    return Discounting.npv(rate, moreFlows, horizon + 1)
        / (count * Discounting.annuityFactor(rate, horizon));
  }

  /**
   * Whether the first {@code length} flows and their running sums are finite: flows that overflow a
   * double, alone or summed, make the figures of a row undefined.
   */
  static boolean allFinite(double[] flows, int length) {
    double sum = 0;
    for (int i = 0; i < length; i++) {
      sum += flows[i];
      if (!Double.isFinite(flows[i]) || !Double.isFinite(sum)) {
        return false;
      }
    }
    return true;
  }

  /** The length of the flow arrays for horizons up to the largest. */
  static final int MAX_FLOWS = Lifetime.MAX_HORIZON_YEARS + 1;
}
