package dev.netroi.fabric;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.netroi.Bandwidth;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of fabric sizing over generated designs and fleets. */
class FabricsProperties {

  private static final FabricPriceList PRICES =
      FabricPriceList.of(
          NetroiDomain.usd("1"),
          NetroiDomain.usd("1"),
          NetroiDomain.usd("1"),
          NetroiDomain.usd("1"));

  /**
   * Designs of the domain's generator, and as often designs of any even radix up to 512 with an
   * oversubscription of 1 to 1,000 (two decimals) or the largest double.
   */
  private static Gen<FabricDesign> designs() {
    Gen<FabricDesign> odd =
        NetroiDomain.networkFabrics()
            .map(f -> f.design())
            .zip(
                integers().between(2, 256).map(half -> 2 * half),
                NetroiDomain.weighted(
                    9,
                    NetroiDomain.decimals("1", "1000", 2),
                    1,
                    Generate.constant(Double.MAX_VALUE)),
                (design, radix, ratio) ->
                    design.withSwitchRadix(radix).withOversubscription(ratio));
    return NetroiDomain.weighted(1, NetroiDomain.networkFabrics().map(f -> f.design()), 1, odd);
  }

  private static FabricBill sizeOrNull(FabricDesign design, long gpus) {
    try {
      return Fabrics.size(design, gpus);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Test
  void moreGpusNeverNeedFewerSwitchesLinksOrMoney() {
    qt().forAll(designs(), longs().between(1, 200_000), longs().between(0, 5_000))
        .checkAssert(
            (design, gpus, more) -> {
              FabricBill small = sizeOrNull(design, gpus);
              FabricBill large = sizeOrNull(design, gpus + more);
              if (large != null) {
                assertThat(small).as("a fleet that fits stays fitting when smaller").isNotNull();
                assertThat(large.switches()).isGreaterThanOrEqualTo(small.switches());
                assertThat(large.links()).isGreaterThanOrEqualTo(small.links());
                assertThat(large.capex().amount()).isGreaterThanOrEqualTo(small.capex().amount());
              }
            });
  }

  @Test
  void aFleetFitsExactlyUpToTheMaximumOfItsTiers() {
    qt().forAll(designs(), longs().between(1, 200_000))
        .checkAssert(
            (design, gpus) -> {
              FabricBill bill = sizeOrNull(design, gpus);
              int tiers = design.tiers() == FabricDesign.SMALLEST_THAT_FITS ? 3 : design.tiers();
              long max = Fabrics.maxGpus(design, tiers);
              assertThat(bill != null).as("fits %s <= %s", gpus, max).isEqualTo(gpus <= max);
              if (bill != null) {
                assertThat(bill.tiers()).isIn(2, 3);
                assertThat(bill.nics()).isEqualTo(gpus * design.nicsPerGpu());
                assertThat(bill.optics()).isEqualTo(2 * bill.links());
                assertThat(bill.leafSwitches() * design.switchRadix())
                    .as("every NIC has a leaf port")
                    .isGreaterThanOrEqualTo(bill.nics());
              }
            });
  }

  @Test
  void capexAndPowerPerGpuArePositiveAndFiniteWhenEveryPriceIs() {
    qt().forAll(designs(), longs().between(1, 70_000))
        .checkAssert(
            (design, gpus) -> {
              FabricBill bill = sizeOrNull(design, gpus);
              if (bill != null && design.prices().switchPrice().amount() > 0) {
                assertThat(bill.capexPerGpu().amount()).isPositive().isFinite();
                assertThat(bill.wattsPerGpu()).isNotNegative().isFinite();
              }
            });
  }

  @Test
  void nonBlockingLimitsAreTheTextbookOnes() {
    qt().forAll(
            integers().between(2, 2_048).map(half -> 2 * half), integers().between(1, 8), designs())
        .checkAssert(
            (k, nics, any) -> {
              FabricDesign design =
                  any.withSwitchRadix(k)
                      .withOversubscription(1)
                      .withRails(false, 8)
                      .withNicsPerGpu(nics);

              // k^2/2 and k^3/4 endpoints (Al-Fares et al. 2008), shared by the NICs of a GPU
              assertThat(Fabrics.maxGpus(design, 2)).isEqualTo((long) k * k / 2 / nics);
              assertThat(Fabrics.maxGpus(design, 3)).isEqualTo((long) k * k * k / 4 / nics);
            });
  }

  @Test
  void aLeafHasExactlyTheDownPortsItsRatioAllows() {
    qt().forAll(integers().between(2, 2_048).map(half -> 2 * half), longs().between(100, 100_000))
        .checkAssert(
            (k, hundredths) -> {
              double ratio = hundredths / 100.0;
              // up = ceil(k / (1 + o)) = ceil(100 k / (100 + hundredths)), in whole numbers
              long up = Math.max(1, (100L * k + 100 + hundredths - 1) / (100 + hundredths));
              FabricDesign design =
                  FabricDesign.of(Bandwidth.ofGbps(800), k, PRICES).withOversubscription(ratio);

              assertThat(Fabrics.maxGpus(design, 2)).isEqualTo(k * (k - up));
            });
  }

  @Test
  void twoTiersAreChosenWheneverTheyFit() {
    qt().forAll(designs(), longs().between(1, 100_000))
        .checkAssert(
            (design, gpus) -> {
              FabricDesign auto = design.withTiers(FabricDesign.SMALLEST_THAT_FITS);
              FabricBill bill = sizeOrNull(auto, gpus);
              FabricBill twoTiers = sizeOrNull(auto.withTiers(2), gpus);
              if (twoTiers != null) {
                assertThat(bill).isNotNull();
                assertThat(bill.tiers()).isEqualTo(2);
              }
            });
  }
}
