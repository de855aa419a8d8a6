package dev.netroi.fabric;

import static dev.netroi.fabric.FabricsTest.RADIX_64;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Worked examples of the public formulas of fabric sizing, over primitives, as a plug-in or a batch
 * row calls them: the counts of a folded Clos of radix-64 switches, its capex and power, per GPU,
 * and the annual cost of a fabric. Prices are {@link FabricsTest#PRICES}: USD 50,000 a switch,
 * 1,000 an optic, 2,500 a NIC and 100 a cable; 1,500, 16 and 25 W.
 */
class FabricFormulasTest {

  /**
   * A leaf of radix k at o:1 has u = max(1, ceil(k / (1 + o))) ports up and k - u down: 64 / 2 = 32
   * up and 32 down at 1:1; 64 / 4 = 16 up and 48 down at 3:1; 48 / 2.4 = 20 exactly, so 28 down
   * (not 27, as rounding 20.000000000000004 up would give); 4 / 1,001 rounds up to 1 port up, so 3
   * down.
   */
  @Test
  void aLeafKeepsTheUplinksItsOversubscriptionLeaves() {
    assertThat(FabricFormulas.downlinks(64, 1)).isEqualTo(32);
    assertThat(FabricFormulas.downlinks(64, 3)).isEqualTo(48);
    assertThat(FabricFormulas.downlinks(48, 1.4)).isEqualTo(28);
    assertThat(FabricFormulas.downlinks(4, 1_000)).isEqualTo(3);
  }

  /** Two tiers connect k leaves (one spine port each), three tiers k pods of k / 2 leaves. */
  @Test
  void twoTiersConnectKLeavesAndThreeTiersKSquaredOverTwo() {
    assertThat(FabricFormulas.maxLeaves(64, 2)).isEqualTo(64);
    assertThat(FabricFormulas.maxLeaves(64, 3)).isEqualTo(2_048);
  }

  /**
   * 1,024 GPUs at 1:1: 1,024 / 32 = 32 leaves, which fit 2 tiers (at most 64); 32 x 32 = 1,024
   * uplinks need ceil(1,024 / 64) = 16 spines; links = 1,024 NICs + 1,024 uplinks = 2,048, so 4,096
   * optics and 48 switches.
   */
  @Test
  void aThousandGpusTakeTwoTiersOfThirtyTwoLeavesAndSixteenSpines() {
    FabricFormulas.Counts counts = FabricFormulas.counts(RADIX_64, 1_024, 1);

    assertThat(counts).isEqualTo(new FabricFormulas.Counts(2, 32, 16, 0, 1_024, 2_048));
    assertThat(counts.switches()).isEqualTo(48);
    assertThat(counts.optics()).isEqualTo(4_096);
  }

  /**
   * 1,040 GPUs in 3 tiers: ceil(1,040 / 32) = 33 leaves, one full pod of 32 leaves with 32
   * aggregation switches and a partial pod of 1 leaf with ceil(1 x 32 / 32) = 1; cores = ceil(33 x
   * 32 / 64) = ceil(16.5) = 17; links = 1,040 + 2 x 33 x 32 = 3,152.
   */
  @Test
  void aPartialPodGetsOnlyTheAggregationItsUplinksNeed() {
    assertThat(FabricFormulas.counts(RADIX_64.withTiers(3), 1_040, 1))
        .isEqualTo(new FabricFormulas.Counts(3, 33, 33, 17, 1_040, 3_152));
  }

  /**
   * The oversubscription is an argument, not the design's: at 3:1 a leaf has 48 ports down, so 2
   * tiers connect 64 x 48 = 3,072 GPUs and 3 tiers 2,048 x 48 = 98,304; 4,096 GPUs need ceil(4,096
   * / 48) = 86 leaves, more than 64.
   */
  @Test
  void aFleetThatDoesNotFitHasNoCountsAndTheRefusalUsesTheGivenOversubscription() {
    assertThat(FabricFormulas.counts(RADIX_64.withTiers(2), 4_096, 3)).isNull();
    assertThat(FabricFormulas.fitRefusal(RADIX_64.withTiers(2), 4_096, 3))
        .isEqualTo(
            "a fleet of 4,096 GPUs x 1 NIC does not fit 2 tiers of radix-64 switches at 3:1: they"
                + " connect at most 3,072 GPUs; 3 tiers would (98,304)");
  }

  /**
   * The 1,024-GPU fabric above: capex = 48 x 50,000 + 4,096 x 1,000 + 1,024 x 2,500 + 2,048 x 100 =
   * 2,400,000 + 4,096,000 + 2,560,000 + 204,800 = 9,260,800, that is 9,043.75 per GPU; power = 48 x
   * 1,500 + 4,096 x 16 + 1,024 x 25 = 72,000 + 65,536 + 25,600 = 163,136 W, 159.3125 W per GPU.
   * Over 5 years with support at 0.1 a year: 9,043.75 / 5 + 0.1 x 9,043.75 = 1,808.75 + 904.375 =
   * 2,713.125 a year.
   */
  @Test
  void capexPowerAndAnnualCostAreTheBillOfMaterialsPriced() {
    FabricFormulas.Counts counts = new FabricFormulas.Counts(2, 32, 16, 0, 1_024, 2_048);

    assertThat(FabricFormulas.capex(counts, 50_000, 1_000, 2_500, 100)).isEqualTo(9_260_800.0);
    assertThat(FabricFormulas.capexPerGpu(counts, 50_000, 1_000, 2_500, 100, 1_024))
        .isEqualTo(9_043.75);
    assertThat(FabricFormulas.watts(counts, 1_500, 16, 25)).isEqualTo(163_136.0);
    assertThat(FabricFormulas.powerPerGpu(counts, 1_500, 16, 25, 1_024)).isEqualTo(159.3125);
    assertThat(FabricFormulas.annualCost(9_043.75, 5, 0.1)).isEqualTo(2_713.125);
  }
}
