package dev.netroi.fabric;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.netroi.FabricDesign;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of fabric sizing over generated designs and fleets. */
class FabricsProperties {

  private static Gen<FabricDesign> designs() {
    return NetroiDomain.networkFabrics().map(f -> f.design());
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
              if (!design.railOptimised()) {
                assertThat(bill != null).as("fits %s <= %s", gpus, max).isEqualTo(gpus <= max);
              } else if (gpus <= max && gpus % design.gpusPerServer() == 0) {
                assertThat(bill).as("full servers up to the maximum fit").isNotNull();
              }
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
