package dev.netroi.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.netroi.FabricDesign;
import org.junit.jupiter.api.Test;

/**
 * Fabric sizing at the edges of its limits, through {@link Fabrics#size}: the fewest tiers when the
 * leaves exactly fill a leaf-spine, a fleet of exactly the maximum of 3 tiers or of a larger radix,
 * the largest radix, and a quotient that is whole only on paper. The limits are those of the
 * textbook folded Clos of radix-k switches (Al-Fares, Loukissas and Vahdat, SIGCOMM 2008): at 1:1 a
 * leaf has k/2 ports down, 2 tiers connect k leaves (k^2/2 endpoints) and 3 tiers k^2/2 leaves
 * (k^3/4 endpoints).
 */
class FabricRefusalsTest {

  private static final FabricDesign RADIX_64 = FabricsTest.RADIX_64;

  /**
   * Radix 64 at 1:1, fewest tiers: d = 64 - 64 / 2 = 32 ports down. 2,048 GPUs need 2,048 / 32 = 64
   * leaves, exactly the k = 64 leaves of a leaf-spine, so 2 tiers: spines = 64 x 32 / 64 = 32,
   * links = 2,048 + 64 x 32 = 4,096.
   *
   * <p>One GPU more needs ceil(2,049 / 32) = 65 leaves, too many for 2 tiers, so 3: two full pods
   * of 32 leaves with 32 aggregation switches each and a pod of 1 leaf with ceil(1 x 32 / 32) = 1,
   * 65 in all; cores = ceil(65 x 32 / 64) = ceil(32.5) = 33; links = 2,049 + 2 x 65 x 32 = 6,209.
   */
  @Test
  void theFewestTiersAreTwoWhileTheLeavesFillALeafSpineExactly() {
    FabricBill full = Fabrics.size(RADIX_64, 2_048);

    assertThat(full.tiers()).isEqualTo(2);
    assertThat(full.leafSwitches()).isEqualTo(64);
    assertThat(full.spineSwitches()).isEqualTo(32);
    assertThat(full.coreSwitches()).isZero();
    assertThat(full.links()).isEqualTo(4_096);

    FabricBill more = Fabrics.size(RADIX_64, 2_049);

    assertThat(more.tiers()).isEqualTo(3);
    assertThat(more.leafSwitches()).isEqualTo(65);
    assertThat(more.spineSwitches()).isEqualTo(65);
    assertThat(more.coreSwitches()).isEqualTo(33);
    assertThat(more.links()).isEqualTo(6_209);
  }

  /**
   * Radix 84 at 4.6:1: u = 84 / (1 + 4.6) = 84 / 5.6 = 15 uplinks (15.000000000000002 in doubles,
   * whose ceiling 16 would be wrong), d = 84 - 15 = 69 ports down. 690 GPUs: 690 / 69 = 10 leaves,
   * 10 x 15 = 150 uplinks on ceil(150 / 84) = 2 spines, links = 690 + 150 = 840. At most 84 leaves
   * x 69 = 5,796 GPUs in 2 tiers (with 16 up: 11 leaves, 3 spines, 5,712).
   */
  @Test
  void aQuotientJustAboveAWholeNumberIsSnappedToIt() {
    FabricDesign design = RADIX_64.withSwitchRadix(84).withOversubscription(4.6);

    FabricBill bill = Fabrics.size(design, 690);

    assertThat(bill.tiers()).isEqualTo(2);
    assertThat(bill.leafSwitches()).isEqualTo(10);
    assertThat(bill.spineSwitches()).isEqualTo(2);
    assertThat(bill.links()).isEqualTo(840);
    assertThat(Fabrics.maxGpus(design, 2)).isEqualTo(5_796);
  }

  /**
   * Two tiers of radix 64 connect 64^2 / 2 = 2,048 GPUs; 3 tiers 64^3 / 4 = 65,536, so a fleet of
   * exactly 65,536 is told that 3 tiers would do (and they do: 65,536 / 32 = 2,048 = 64^2 / 2
   * leaves).
   */
  @Test
  void aFleetOfExactlyTheThreeTierMaximumIsToldThreeTiersWould() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fabrics.size(RADIX_64.withTiers(2), 65_536))
        .withMessage(
            "a fleet of 65,536 GPUs x 1 NIC does not fit 2 tiers of radix-64 switches at 1:1:"
                + " they connect at most 2,048 GPUs; 3 tiers would (65,536)");
    assertThat(Fabrics.size(RADIX_64.withTiers(3), 65_536).leafSwitches()).isEqualTo(2_048);
  }

  /**
   * Radix 128 connects 128^3 / 4 = 2,097,152 / 4 = 524,288 GPUs in 3 tiers, so a fleet of exactly
   * that is told radix 128 (not 256) would do.
   */
  @Test
  void aFleetOfExactlyTheMaximumOfTheDoubledRadixIsToldThatRadix() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fabrics.size(RADIX_64, 524_288))
        .withMessage(
            "a fleet of 524,288 GPUs x 1 NIC does not fit 3 tiers of radix-64 switches at 1:1:"
                + " they connect at most 65,536 GPUs; radix 128 would (524,288 in 3 tiers)");
    assertThat(Fabrics.size(RADIX_64.withSwitchRadix(128), 524_288).tiers()).isEqualTo(3);
  }

  /**
   * The largest radix, 65,536 = 2^16, connects (2^16)^3 / 4 = 2^46 = 70,368,744,177,664 GPUs in 3
   * tiers; radix 32,768 = 2^15 connects 2^45 / 4 = 2^43 = 8,796,093,022,208. A fleet of 2^43 + 1
   * needs the largest radix: from radix 4 that is 14 doublings (4 x 2^14 = 2^16), from radix 64
   * ten. Radix 4 itself connects 4^3 / 4 = 16. One GPU more than 2^46 fits no radix.
   */
  @Test
  void theLargestRadixIsOfferedAfterTheLastDoubling() {
    long justAboveRadix32768 = (1L << 43) + 1;

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fabrics.size(RADIX_64.withSwitchRadix(4), justAboveRadix32768))
        .withMessage(
            "a fleet of 8,796,093,022,209 GPUs x 1 NIC does not fit 3 tiers of radix-4 switches"
                + " at 1:1: they connect at most 16 GPUs; radix 65536 would (70,368,744,177,664 in"
                + " 3 tiers)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fabrics.size(RADIX_64, justAboveRadix32768))
        .withMessage(
            "a fleet of 8,796,093,022,209 GPUs x 1 NIC does not fit 3 tiers of radix-64 switches"
                + " at 1:1: they connect at most 65,536 GPUs; radix 65536 would"
                + " (70,368,744,177,664 in 3 tiers)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fabrics.size(RADIX_64.withSwitchRadix(4), (1L << 46) + 1))
        .withMessage(
            "a fleet of 70,368,744,177,665 GPUs x 1 NIC does not fit 3 tiers of radix-4 switches"
                + " at 1:1: they connect at most 16 GPUs; no radix up to 65,536 would in 3 tiers");
  }
}
