package dev.netroi.builtin;

import static dev.netroi.calc.Measures.FABRIC_CAPEX_PER_GPU_CANDIDATE;
import static dev.netroi.calc.Measures.FABRIC_POWER_PER_GPU_CANDIDATE;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.Bandwidth;
import dev.netroi.FabricDesign;
import dev.netroi.FabricPriceList;
import dev.netroi.InputPaths;
import dev.netroi.NetworkFabric;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.engine.BatchResults;
import dev.netroi.engine.CalculationEngine;
import dev.netroi.engine.CalculatorRegistry;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.NetroiDomain;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CandidateFabricCalculatorTest implements BuiltInContract {

  /** USD 50,000 a switch, 1,000 an optic, 2,500 a NIC, 100 a cable; 1,500, 16 and 25 W. */
  static final FabricDesign RADIX_64 =
      FabricDesign.of(
          Bandwidth.ofGbps(800),
          64,
          FabricPriceList.of(usd("50000"), usd("1000"), usd("2500"), usd("100"))
              .withPower(1500, 16, 25));

  /** The reference's 1,024 GPUs with the candidate built as a radix-64 fabric over 5 years. */
  static final Scenario WITH_FABRIC =
      ReferenceArgument.mixtral().toBuilder()
          .candidate(ReferenceArgument.aiEthernet().withFabric(NetworkFabric.of(RADIX_64, 5, 0.1)))
          .build();

  @Override
  public Calculator calculator() {
    return new CandidateFabricCalculator();
  }

  /** Mostly scenarios whose options have fabrics that fit; some without fabrics. */
  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.weighted(
        3, NetroiDomain.scenariosWithFabrics(), 1, NetroiDomain.scenarios());
  }

  @Test
  void capexPerGpuIsTheBillOfMaterialsOverTheFleet() {
    // 1,024 GPUs in 2 tiers: 32 leaves + 16 spines, 2,048 links, 4,096 optics, 1,024 NICs
    // 48 x 50,000 + 4,096 x 1,000 + 1,024 x 2,500 + 2,048 x 100 = 9,260,800
    assertThat(valueFor(WITH_FABRIC, FABRIC_CAPEX_PER_GPU_CANDIDATE)).isEqualTo(usd("9043.75"));
    // 48 x 1,500 + 4,096 x 16 + 1,024 x 25 = 163,136 W
    assertThat(valueFor(WITH_FABRIC, FABRIC_POWER_PER_GPU_CANDIDATE)).isEqualTo(159.3125);
  }

  @Test
  void theExplanationShowsTheSizedFabricAndThePrices() {
    assertThat(figureFor(WITH_FABRIC, FABRIC_CAPEX_PER_GPU_CANDIDATE).explanation().inputs())
        .containsExactly(
            new Explanation.Input(
                "candidate.fabric", "48 switches in 2 tiers, 4096 optics, 1024 NICs, 2048 cables"),
            new Explanation.Input("candidate.fabric.switchPrice", "USD 50,000.00"),
            new Explanation.Input("candidate.fabric.opticPrice", "USD 1,000.00"),
            new Explanation.Input("candidate.fabric.nicPrice", "USD 2,500.00"),
            new Explanation.Input("candidate.fabric.cablePrice", "USD 100.00"),
            new Explanation.Input("fleet.count", "1,024"));
  }

  @Test
  void withoutAFabricTheFiguresAreMissingInput() {
    assertThat(outcomeFor(ReferenceArgument.mixtral()))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.MISSING_INPUT,
                "the candidate option has no fabric (candidate.fabric): its network cost is its"
                    + " stated candidate.annualCostPerGpu"));
  }

  @Test
  void aFleetTooLargeForTheFabricIsUndefinedAndSaysWhatWouldFit() {
    Scenario tooLarge =
        WITH_FABRIC.toBuilder()
            .candidate(
                WITH_FABRIC.candidate().withFabric(NetworkFabric.of(RADIX_64.withTiers(2), 5, 0.1)))
            .fleet(WITH_FABRIC.fleet().withCount(4_096))
            .build();

    assertThat(outcomeFor(tooLarge))
        .isEqualTo(
            new Outcome(
                null,
                FailureReason.UNDEFINED,
                "a fleet of 4,096 GPUs x 1 NIC does not fit 2 tiers of radix-64 switches at 1:1:"
                    + " they connect at most 2,048 GPUs; 3 tiers would (65,536)"));
  }

  @Test
  void thePowerExplanationShowsTheSizedFabricAndTheWatts() {
    Explanation power = figureFor(WITH_FABRIC, FABRIC_POWER_PER_GPU_CANDIDATE).explanation();

    assertThat(power.formula())
        .isEqualTo(
            "FabricPowerPerGpuCandidate = (switches x candidate.fabric.switchWatts + optics x"
                + " candidate.fabric.opticWatts + NICs x candidate.fabric.nicWatts) / fleet.count");
    assertThat(power.inputs())
        .containsExactly(
            new Explanation.Input(
                "candidate.fabric", "48 switches in 2 tiers, 4096 optics, 1024 NICs, 2048 cables"),
            new Explanation.Input("candidate.fabric.switchWatts", "1500"),
            new Explanation.Input("candidate.fabric.opticWatts", "16"),
            new Explanation.Input("candidate.fabric.nicWatts", "25"),
            new Explanation.Input("fleet.count", "1,024"));
  }

  /** The fleet count and the fabric's numbers, only when the candidate has a fabric. */
  @Test
  void itReadsTheFabricsInputsOnlyWhenTheCandidateHasAFabric() {
    CandidateFabricCalculator calculator = new CandidateFabricCalculator();
    OptionRole candidate = OptionRole.CANDIDATE;

    assertThat(calculator.inputPaths(ReferenceArgument.mixtral())).isEmpty();
    assertThat(calculator.inputPaths(WITH_FABRIC))
        .containsExactly(
            InputPaths.FLEET_COUNT,
            candidate.fabricPath("oversubscription"),
            candidate.fabricPath("switchPrice"),
            candidate.fabricPath("opticPrice"),
            candidate.fabricPath("nicPrice"),
            candidate.fabricPath("cablePrice"),
            candidate.fabricPath("switchWatts"),
            candidate.fabricPath("opticWatts"),
            candidate.fabricPath("nicWatts"));
  }

  /**
   * On the batch path each row is sized with its own oversubscription: at 1:1 the capex per GPU is
   * 9,043.75 (above); at 3:1 a leaf has 48 ports down and 16 up, so ceil(1,024 / 48) = 22 leaves,
   * 22 x 16 = 352 uplinks, ceil(352 / 64) = 6 spines and 1,024 + 352 = 1,376 links: 28 x 50,000 +
   * 2,752 x 1,000 + 1,024 x 2,500 + 1,376 x 100 = 6,849,600, that is 6,689.0625 per GPU.
   */
  @Test
  void eachBatchRowIsSizedWithItsOwnOversubscription() {
    BatchResults batch =
        CalculationEngine.of(CalculatorRegistry.builtIns())
            .batch(
                WITH_FABRIC,
                Map.of(OptionRole.CANDIDATE.fabricPath("oversubscription"), new double[] {1, 3}),
                List.of(FABRIC_CAPEX_PER_GPU_CANDIDATE),
                1);

    assertThat(batch.errors()).isEmpty();
    assertThat(batch.values(FABRIC_CAPEX_PER_GPU_CANDIDATE)).containsExactly(9_043.75, 6_689.0625);
  }
}
