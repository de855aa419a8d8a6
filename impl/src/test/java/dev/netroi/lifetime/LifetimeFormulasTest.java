package dev.netroi.lifetime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.finance.Discounting;
import org.junit.jupiter.api.Test;

/**
 * The public lifetime formulas on the numbers of {@code LifetimeCalculatorsTest}'s scenario worked
 * out by hand: GPUs of USD 30,000 and 1,000 W depreciated over 4 years to 10 %, a fabric of USD
 * 4,600 and 100 W per GPU over 5 years with USD 460 of support a year (all in USD 1,380 a year),
 * PUE 1.5, USD 0.10 a kWh, USD 100 a kW-month, 8,760 hours a year, a first-year ramp of 0.5 over 3
 * years at 10 %.
 */
class LifetimeFormulasTest {

  private static final double TOLERANCE = 1e-9;

  /** 365 x 24 = 8,760 hours. */
  @Test
  void aYearOf365DaysHas8760Hours() {
    assertThat(LifetimeFormulas.hoursPerYear(365)).isEqualTo(8760.0);
  }

  /**
   * GPU + fabric = 1,100 W: energy = 1.1 kW x 1.5 x 8,760 h x 0.10 = 1,445.40 a year; hosting = 1.1
   * kW x 100 x 12 = 1,320 a year; over 3 years 4,336.20 and 3,960.
   */
  @Test
  void energyAndHostingArePerKilowattOfDraw() {
    double energy = LifetimeFormulas.energyPerYear(1100, 1.5, 8760, 0.10);
    double hosting = LifetimeFormulas.hostingPerYear(1100, 100);
    assertThat(energy).isCloseTo(1445.4, within(TOLERANCE));
    assertThat(hosting).isCloseTo(1320.0, within(TOLERANCE));
    assertThat(LifetimeFormulas.overHorizon(energy, 3)).isCloseTo(4336.2, within(TOLERANCE));
  }

  /**
   * With a fabric the opex beyond depreciation is the annual cost less capex / life: 1,380 - 4,600
   * / 5 = 460; without one the stated cost is all opex: 1,000.
   */
  @Test
  void theOpexOfAFabricIsItsAnnualCostLessTheCapexShare() {
    assertThat(LifetimeFormulas.networkOpex(1380, 4600, 5, true)).isCloseTo(460, within(TOLERANCE));
    assertThat(LifetimeFormulas.networkOpex(1000, 0, 1, false)).isEqualTo(1000.0);
  }

  /**
   * Fabric: 920 + 460 = 1,380 in years 1 to 5, then only the support (460) in year 6; 3 years sum
   * to 4,140 and leave a book value of 4,600 x 2 / 5 = 1,840. A stated cost is the same each year.
   */
  @Test
  void aFabricsNetworkCostIsItsDepreciationPlusItsOpex() {
    assertThat(LifetimeFormulas.networkCost(4600, 5, 460, true, 1))
        .isCloseTo(1380, within(TOLERANCE));
    assertThat(LifetimeFormulas.networkCost(4600, 5, 460, true, 6))
        .isCloseTo(460, within(TOLERANCE));
    assertThat(LifetimeFormulas.networkCost(0, 1, 1000, false, 6)).isEqualTo(1000.0);
    assertThat(LifetimeFormulas.lifetimeNetworkCost(4600, 5, 460, true, 3))
        .isCloseTo(4140, within(TOLERANCE));
    assertThat(LifetimeFormulas.fabricBookValue(4600, 5, true, 3))
        .isCloseTo(1840, within(TOLERANCE));
    assertThat(LifetimeFormulas.fabricBookValue(4600, 5, false, 3)).isZero();
  }

  /**
   * GPU: (30,000 - 3,000) / 4 = 6,750 a year, 20,250 over 3 years, book value 30,000 - 20,250 =
   * 9,750; TCO 20,250 + 4,140 + 4,336.20 + 3,960 = 32,686.20, 10,895.40 a year, x 8 GPUs
   * 261,489.60.
   */
  @Test
  void theGpuDepreciatesStraightLineToItsResidualValue() {
    assertThat(LifetimeFormulas.gpuDepreciation(30_000, 0.1, 4, 2))
        .isCloseTo(6750, within(TOLERANCE));
    assertThat(LifetimeFormulas.lifetimeGpuCost(30_000, 0.1, 4, 3))
        .isCloseTo(20_250, within(TOLERANCE));
    assertThat(LifetimeFormulas.gpuBookValue(30_000, 0.1, 4, 3)).isCloseTo(9750, within(TOLERANCE));
    double tco = LifetimeFormulas.tco(20_250, 4140, 4336.2, 3960);
    assertThat(tco).isCloseTo(32_686.2, within(TOLERANCE));
    assertThat(LifetimeFormulas.perYear(tco, 3)).isCloseTo(10_895.4, within(TOLERANCE));
    assertThat(LifetimeFormulas.fleet(tco, 8)).isCloseTo(261_489.6, within(TOLERANCE));
  }

  /**
   * Ramp 0.5 over 3 years: 0.5 + 1 + 1 = 2.5 sold years; delivered hours 8,760 x 0.8 x 0.9 x 2.5 =
   * 15,768; at 10 % the ramp annuity is 0.5 / 1.1 + 1 / 1.21 + 1 / 1.331 = 2.0049587...
   */
  @Test
  void theRampWeighsTheFirstYear() {
    assertThat(LifetimeFormulas.rampFactor(0.5, 1)).isEqualTo(0.5);
    assertThat(LifetimeFormulas.rampFactor(0.5, 2)).isEqualTo(1.0);
    assertThat(LifetimeFormulas.rampYears(0.5, 3)).isEqualTo(2.5);
    assertThat(LifetimeFormulas.deliveredHours(8760, 0.8, 0.9, 0.5, 3))
        .isCloseTo(15_768, within(TOLERANCE));
    assertThat(LifetimeFormulas.rampAnnuity(0.5, 0.1, 3))
        .isCloseTo(0.5 / 1.1 + 1 / 1.21 + 1 / 1.331, within(1e-12));
  }

  /**
   * 32,686.20 / 15,768 = 2.0729... an hour; USD 1 an hour at 2,000 tokens a second is 1,000,000 /
   * 7,200,000 = 0.13888... per million tokens.
   */
  @Test
  void costsPerHourAndPerTokenDivideByWhatIsDelivered() {
    assertThat(LifetimeFormulas.costPerDeliveredHour(32_686.2, 15_768))
        .isCloseTo(32_686.2 / 15_768, within(1e-12));
    assertThat(LifetimeFormulas.costPerMillionTokens(1, 2000)).isCloseTo(1.0 / 7.2, within(1e-12));
  }

  /**
   * The candidate on the fabric, revenue 12,614.40 a GPU-year: year 0 -(30,000 + 4,600) = -34,600;
   * year 1 6,307.20 - 460 - 1,445.40 - 1,320 = 3,081.80; year 3 12,614.40 - 3,225.40 + 9,750 +
   * 1,840 = 20,979. The upgrade over a stated USD 1,000 (no fabric, 1,000 W, revenue 8,409.60):
   * year 0 -4,600; year 1 4,204.80 x 0.5 - (460 - 1,000) - 131.40 - 120 = 2,391; year 3 + 1,840.
   */
  @Test
  void theFlowsOfAnOptionAndOfTheUpgrade() {
    assertThat(LifetimeFormulas.optionFlowPerGpu(0, 3, 12_614.4, 0.5, 30_000, 4600, 460, 0, 0, 0))
        .isEqualTo(-34_600.0);
    assertThat(
            LifetimeFormulas.optionFlowPerGpu(
                1, 3, 12_614.4, 0.5, 30_000, 4600, 460, 1445.4, 1320, 11_590))
        .isCloseTo(3081.8, within(TOLERANCE));
    assertThat(
            LifetimeFormulas.optionFlowPerGpu(
                3, 3, 12_614.4, 0.5, 30_000, 4600, 460, 1445.4, 1320, 9750 + 1840))
        .isCloseTo(20_979, within(TOLERANCE));
    assertThat(LifetimeFormulas.upgradeFlowPerGpu(0, 3, 4204.8, 0.5, 4600, -540, 131.4, 120, 1840))
        .isEqualTo(-4600.0);
    assertThat(LifetimeFormulas.upgradeFlowPerGpu(1, 3, 4204.8, 0.5, 4600, -540, 131.4, 120, 1840))
        .isCloseTo(2391, within(TOLERANCE));
    assertThat(LifetimeFormulas.upgradeFlowPerGpu(3, 3, 4204.8, 0.5, 4600, -540, 131.4, 120, 1840))
        .isCloseTo(4204.8 + 540 - 131.4 - 120 + 1840, within(TOLERANCE));
  }

  /**
   * An NPV of 1,000 a year x 8 GPUs x annuity(10 %, 3) breaks even at 1,000 a GPU-year; a net
   * benefit of -100 at a price of 0 that grows 50 per unit of price breaks even at 2; USD 0.05 a
   * GPU-minute is USD 3.00 an hour; 1.5 years are 18 months; a candidate selling 1,000 with an NPV
   * of 800 over 8 GPUs and an annuity of 2 needs 1,000 - 800 / 16 = 950.
   */
  @Test
  void theBreakEvensAreLinear() {
    double npv = 1000 * 8 * Discounting.annuityFactor(0.1, 3);
    assertThat(LifetimeFormulas.breakEvenNetworkCost(npv, 8, 0.1, 3))
        .isCloseTo(1000, within(TOLERANCE));
    assertThat(LifetimeFormulas.breakEvenPrice(-100, 50)).isEqualTo(2.0);
    assertThat(LifetimeFormulas.extraRevenue(2, 8, 2.5)).isEqualTo(40.0);
    assertThat(LifetimeFormulas.perHour(0.05, 60)).isCloseTo(3.0, within(1e-12));
    assertThat(LifetimeFormulas.months(1.5)).isEqualTo(18.0);
    assertThat(LifetimeFormulas.neededRevenue(1000, 800, 8, 2)).isEqualTo(950.0);
  }

  /** Sums in year order; a flow or a running sum beyond a double is not finite. */
  @Test
  void sumsAndFinitenessLookOnlyAtTheFirstFlows() {
    double[] flows = {-3, 1, 2, Double.NaN};
    assertThat(LifetimeFormulas.sum(flows, 3)).isZero();
    assertThat(LifetimeFormulas.allFinite(flows, 3)).isTrue();
    assertThat(LifetimeFormulas.allFinite(flows, 4)).isFalse();
    assertThat(LifetimeFormulas.allFinite(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}, 2))
        .isFalse();
  }
}
