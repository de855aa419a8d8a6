package dev.netroi.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.NetworkFabric;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of fabric sizing. The limits are the textbook folded Clos of radix-k switches
 * (Al-Fares, Loukissas and Vahdat, SIGCOMM 2008: k^3/4 hosts in three tiers; two tiers connect k
 * leaves of k/2 hosts, k^2/2): 2,048 and 65,536 at k = 64.
 */
class FabricsTest {

  /** The prices of the worked examples here and in {@link FabricRefusalsTest}. */
  static final FabricPriceList PRICES =
      FabricPriceList.of(usd("50000"), usd("1000"), usd("2500"), usd("100"))
          .withPower(1500, 16, 25);

  static final FabricDesign RADIX_64 = FabricDesign.of(Bandwidth.ofGbps(800), 64, PRICES);

  private static CurrencyAmount usd(String amount) {
    return CurrencyAmount.of("USD", amount);
  }

  @Nested
  class Limits {

    @Test
    void radix64ConnectsK2Over2InTwoTiersAndK3Over4InThree() {
      assertThat(Fabrics.maxGpus(RADIX_64, 2)).isEqualTo(64 * 64 / 2).isEqualTo(2_048);
      assertThat(Fabrics.maxGpus(RADIX_64, 3)).isEqualTo(64L * 64 * 64 / 4).isEqualTo(65_536);
      assertThat(Fabrics.maxGpus(RADIX_64.withSwitchRadix(128), 3)).isEqualTo(524_288);
    }

    @Test
    void twoNicsPerGpuHalveTheGpusAndOversubscriptionRaisesThem() {
      assertThat(Fabrics.maxGpus(RADIX_64.withNicsPerGpu(2), 2)).isEqualTo(1_024);
      // 3:1 at radix 64: 48 ports down, 16 up; 64 leaves x 48
      assertThat(Fabrics.maxGpus(RADIX_64.withOversubscription(3), 2)).isEqualTo(3_072);
    }

    @Test
    void exactRatiosAreNotRoundedDown() {
      // 48 / (1 + 1.4) = 20 uplinks, 28 down: 48 leaves x 28 = 1,344 in 2 tiers
      FabricDesign ratio = RADIX_64.withSwitchRadix(48).withOversubscription(1.4).withTiers(2);

      assertThat(Fabrics.maxGpus(ratio, 2)).isEqualTo(1_344);
      assertThat(Fabrics.size(ratio, 1_344).leafSwitches()).isEqualTo(48);
    }

    /**
     * A split whose quotient is whole only on paper: radix 42 at 1.8:1 gives u = 42 / (1 + 1.8) =
     * 42 / 2.8 = 15 uplinks and 42 - 15 = 27 ports down per leaf, though 42 / 2.8 is
     * 15.000000000000002 in doubles (its ceiling, 16, would leave 26 down).
     *
     * <p>270 GPUs x 1 NIC: ceil(270 / 27) = 10 leaves (not ceil(270 / 26) = 11); 10 fit the 42
     * leaves of two tiers. Uplinks 10 x 15 = 150 on ceil(150 / 42) = 4 spines (3.57; with 16 up, 11
     * x 16 = 176 would need 5). Links = 270 NIC links + 150 uplinks = 420, optics 2 x 420 = 840.
     * Capex = 14 switches x 50,000 + 840 x 1,000 + 270 x 2,500 + 420 x 100 = 700,000 + 840,000 +
     * 675,000 + 42,000 = 2,257,000. Power = 14 x 1,500 + 840 x 16 + 270 x 25 = 21,000 + 13,440 +
     * 6,750 = 41,190 W. At most 42 leaves x 27 = 1,134 GPUs in two tiers (not 42 x 26 = 1,092).
     */
    @Test
    void aRatioWhoseQuotientIsWholeOnlyOnPaperIsSnappedToIt() {
      FabricDesign ratio = RADIX_64.withSwitchRadix(42).withOversubscription(1.8);

      FabricBill bill = Fabrics.size(ratio, 270);

      assertThat(bill.tiers()).isEqualTo(2);
      assertThat(bill.leafSwitches()).isEqualTo(10);
      assertThat(bill.spineSwitches()).isEqualTo(4);
      assertThat(bill.coreSwitches()).isZero();
      assertThat(bill.nics()).isEqualTo(270);
      assertThat(bill.links()).isEqualTo(420);
      assertThat(bill.optics()).isEqualTo(840);
      assertThat(bill.capex()).isEqualTo(usd("2257000"));
      assertThat(bill.watts()).isEqualTo(41_190);
      assertThat(Fabrics.maxGpus(ratio, 2)).isEqualTo(1_134);
      assertThat(Fabrics.size(ratio, 1_134).leafSwitches()).isEqualTo(42);
    }

    @Test
    void aRailOptimisedDesignNeedsALeafPerRail() {
      // 8 rails of GPUs-per-server x NICs; 64 leaves = 8 per rail, 32 servers each
      assertThat(Fabrics.maxGpus(RADIX_64.withRails(true, 8), 2)).isEqualTo(2_048);
      // 128 rails cannot share 64 leaves
      assertThat(Fabrics.maxGpus(RADIX_64.withRails(true, 8).withNicsPerGpu(16), 2)).isZero();
      // 8 rails on 4 leaves: not even one server fits, as the maximum says
      FabricDesign small = RADIX_64.withSwitchRadix(4).withTiers(2).withRails(true, 8);
      assertThat(Fabrics.maxGpus(small, 2)).isZero();
      assertThatThrownBy(() -> Fabrics.size(small, 4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("they connect at most 0 GPUs");
    }

    @Test
    void aFleetFitsUpToTheMaximumAndNotOneGpuMore() {
      FabricDesign twoTiers = RADIX_64.withTiers(2);

      assertThat(Fabrics.size(twoTiers, 2_048).tiers()).isEqualTo(2);
      assertThatThrownBy(() -> Fabrics.size(twoTiers, 2_049))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a fleet of 2,049 GPUs x 1 NIC does not fit 2 tiers of radix-64 switches at 1:1:"
                  + " they connect at most 2,048 GPUs; 3 tiers would (65,536)");
    }

    @Test
    void aFleetTooLargeForThreeTiersIsToldWhichRadixWouldDo() {
      assertThatThrownBy(() -> Fabrics.size(RADIX_64, 100_000))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a fleet of 100,000 GPUs x 1 NIC does not fit 3 tiers of radix-64 switches at 1:1:"
                  + " they connect at most 65,536 GPUs; radix 128 would (524,288 in 3 tiers)");
      assertThatThrownBy(() -> Fabrics.size(RADIX_64, Long.MAX_VALUE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("; no radix up to 65,536 would in 3 tiers");
    }
  }

  @Nested
  class BillsOfMaterials {

    @Test
    void fourThousandGpusInTwoTiersOfRadix128() {
      FabricBill bill = Fabrics.size(RADIX_64.withSwitchRadix(128).withTiers(2), 4_096);

      // 4,096 / 64 = 64 leaves; 64 x 64 uplinks / 128 = 32 spines
      assertThat(bill.leafSwitches()).isEqualTo(64);
      assertThat(bill.spineSwitches()).isEqualTo(32);
      assertThat(bill.coreSwitches()).isZero();
      assertThat(bill.nics()).isEqualTo(4_096);
      assertThat(bill.links()).isEqualTo(8_192);
      assertThat(bill.optics()).isEqualTo(16_384);
      // 96 x 50,000 + 16,384 x 1,000 + 4,096 x 2,500 + 8,192 x 100
      assertThat(bill.capex()).isEqualTo(usd("32243200"));
      assertThat(bill.capexPerGpu())
          .isEqualTo(CurrencyAmount.of(usd("0").currency(), 32_243_200.0 / 4_096));
      // 96 x 1,500 + 16,384 x 16 + 4,096 x 25
      assertThat(bill.watts()).isEqualTo(508_544);
      assertThat(bill.wattsPerGpu()).isEqualTo(508_544 / 4_096.0);
      assertThat(bill)
          .hasToString(
              "4,096 GPUs in 2 tiers: 64 leaf + 32 spine switches, 4,096 NICs, 8,192 links, 16,384"
                  + " optics; USD 32,243,200.00 capex (USD 7,871.88 per GPU)");
    }

    @Test
    void fourThousandGpusInThreeTiersOfRadix64() {
      FabricBill bill = Fabrics.size(RADIX_64, 4_096);

      // 128 leaves in 4 pods of 32, 32 aggregation switches per pod, 4,096 uplinks / 64 = 64 core
      assertThat(bill.tiers()).isEqualTo(3);
      assertThat(bill.leafSwitches()).isEqualTo(128);
      assertThat(bill.spineSwitches()).isEqualTo(128);
      assertThat(bill.coreSwitches()).isEqualTo(64);
      assertThat(bill.switches()).isEqualTo(320);
      assertThat(bill.links()).isEqualTo(4_096 * 3);
      assertThat(bill.capex()).isEqualTo(usd("52044800"));
    }

    @Test
    void oversubscriptionSavesUplinksAndCoreSwitches() {
      FabricBill bill = Fabrics.size(RADIX_64.withOversubscription(3), 4_096);

      // 48 down, 16 up: ceil(4,096 / 48) = 86 leaves, 1,376 uplinks; 2 full pods of 32 leaves
      // with 16 aggregation switches each, and 22 leaves x 16 uplinks / 32 ports = 11 more
      assertThat(bill.leafSwitches()).isEqualTo(86);
      assertThat(bill.spineSwitches()).isEqualTo(43);
      assertThat(bill.coreSwitches()).isEqualTo(22);
      assertThat(bill.links()).isEqualTo(4_096 + 2 * 1_376);
    }

    @Test
    void aRailOptimisedFabricRoundsLeavesPerRail() {
      // 100 GPUs in 13 servers of 8; 8 rails of ceil(13 / 32) = 1 leaf each
      FabricBill rails = Fabrics.size(RADIX_64.withRails(true, 8), 100);
      FabricBill plain = Fabrics.size(RADIX_64, 100);

      assertThat(rails.leafSwitches()).isEqualTo(8);
      assertThat(plain.leafSwitches()).isEqualTo(4); // ceil(100 / 32)
    }

    @Test
    void aSingleLeafNeedsNoSpine() {
      FabricBill bill = Fabrics.size(RADIX_64, 32);

      assertThat(bill.leafSwitches()).isEqualTo(1);
      assertThat(bill.spineSwitches()).isZero();
      assertThat(bill.links()).isEqualTo(32);
      assertThat(Fabrics.size(RADIX_64, 33).spineSwitches()).isEqualTo(1); // 2 leaves x 32 / 64
    }

    @Test
    void aPartialPodGetsOnlyTheAggregationSwitchesItsUplinksNeed() {
      FabricBill bill = Fabrics.size(RADIX_64, 2_049);

      // 65 leaves: 2 full pods (2 x 32 aggregation) and one leaf's 32 uplinks on 1 more
      assertThat(bill.tiers()).isEqualTo(3);
      assertThat(bill.leafSwitches()).isEqualTo(65);
      assertThat(bill.spineSwitches()).isEqualTo(65);
      assertThat(bill.coreSwitches()).isEqualTo(33); // ceil(65 x 32 / 64)
    }

    @Test
    void aLeafKeepsOneUplinkHoweverLargeTheOversubscription() {
      FabricBill bill = Fabrics.size(RADIX_64.withOversubscription(Double.MAX_VALUE), 1_000);

      // 63 down, 1 up: ceil(1,000 / 63) = 16 leaves, 16 uplinks on one spine
      assertThat(bill.leafSwitches()).isEqualTo(16);
      assertThat(bill.spineSwitches()).isEqualTo(1);
      assertThat(bill.links()).isEqualTo(1_016);
      assertThat(bill.capex().amount()).isPositive();
    }

    @Test
    void theAnnualCostIsCapexOverLifePlusSupport() {
      NetworkFabric fabric = NetworkFabric.of(RADIX_64, 5, 0.1);
      double capexPerGpu = 52_044_800.0 / 4_096;

      assertThat(Fabrics.annualCostPerGpu(fabric, 4_096).amount())
          .isEqualTo(capexPerGpu / 5 + 0.1 * capexPerGpu);
    }
  }

  @Test
  void badArgumentsAreRefusedNamingThem() {
    assertThatThrownBy(() -> Fabrics.size(RADIX_64, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gpuCount must be positive but was 0");
    assertThatThrownBy(() -> Fabrics.maxGpus(RADIX_64, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers must be 2 or 3 but was 4");
    assertThatThrownBy(() -> Fabrics.size(null, 1)).isInstanceOf(NullPointerException.class);
  }
}
