package dev.netroi.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import dev.netroi.CashFlows;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Measures")
class MeasuresTest {

  static final List<String> NAMES =
      List.of(
          "EffectiveBandwidthCandidate",
          "EffectiveBandwidthBaseline",
          "ThroughputFactorCandidate",
          "ThroughputFactorBaseline",
          "ThroughputSpeedup",
          "TheoreticalAnnualValuePerGpu",
          "RealisedAnnualValuePerGpuCandidate",
          "RealisedAnnualValuePerGpuBaseline",
          "ValueUpliftPerGpu",
          "NetworkCostPerGpuCandidate",
          "NetworkCostPerGpuBaseline",
          "ExtraNetworkCostPerGpu",
          "BenefitCostRatio",
          "NetBenefitPerGpu",
          "Roi",
          "TheoreticalAnnualValueFleet",
          "RealisedAnnualValueFleetCandidate",
          "RealisedAnnualValueFleetBaseline",
          "ValueUpliftFleet",
          "NetworkCostFleetCandidate",
          "NetBenefitFleet",
          "ImpliedTokensPerSecondPerGpu",
          "NetworkRunRatePerActiveGpu",
          "NetworkSpendPerGpuSold",
          "NetworkShareOfBlendedAsp",
          "NetworkShareOfModelAsp",
          "FabricCapexPerGpuCandidate",
          "FabricCapexPerGpuBaseline",
          "FabricPowerPerGpuCandidate",
          "FabricPowerPerGpuBaseline",
          "LifetimeGpuCostPerGpuCandidate",
          "LifetimeGpuCostPerGpuBaseline",
          "LifetimeNetworkCostPerGpuCandidate",
          "LifetimeNetworkCostPerGpuBaseline",
          "LifetimePowerCostPerGpuCandidate",
          "LifetimePowerCostPerGpuBaseline",
          "LifetimeHostingCostPerGpuCandidate",
          "LifetimeHostingCostPerGpuBaseline",
          "LifetimeTcoPerGpuCandidate",
          "LifetimeTcoPerGpuBaseline",
          "LifetimeTcoFleetCandidate",
          "LifetimeTcoFleetBaseline",
          "AnnualTcoPerGpuCandidate",
          "AnnualTcoPerGpuBaseline",
          "AnnualTcoFleetCandidate",
          "AnnualTcoFleetBaseline",
          "CostPerDeliveredGpuHourCandidate",
          "CostPerDeliveredGpuHourBaseline",
          "CostPerMillionTokensCandidate",
          "CostPerMillionTokensBaseline",
          "LifetimeNpvCandidate",
          "LifetimeNpvBaseline",
          "UpgradeCashFlows",
          "UpgradeNpv",
          "UpgradeNetBenefit",
          "UpgradeIrr",
          "UpgradePaybackMonths",
          "UpgradeDiscountedPaybackMonths",
          "BreakEvenNetworkCostPerGpu",
          "BreakEvenEffectiveFraction",
          "BreakEvenGpuHourPrice");

  @Test
  void allListsEveryBuiltInMeasureInDeclarationOrder() {
    assertThat(Measures.all())
        .hasSize(61)
        .extracting(Measure::name)
        .containsExactlyElementsOf(NAMES);
  }

  @Test
  void allCannotBeChanged() {
    assertThatThrownBy(() -> Measures.all().add(Measures.ROI))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyConstantIsInAllAndNamedAfterItself() throws IllegalAccessException {
    List<Measure<?>> constants = new ArrayList<>();
    for (Field field : Measures.class.getDeclaredFields()) {
      if (Modifier.isPublic(field.getModifiers()) && field.getType() == Measure.class) {
        Measure<?> measure = (Measure<?>) field.get(null);
        constants.add(measure);
        assertThat(measure.name())
            .as("name of Measures.%s", field.getName())
            .isEqualTo(pascalCase(field.getName()));
      }
    }
    assertThat(constants).containsExactlyInAnyOrderElementsOf(Measures.all());
  }

  private static String pascalCase(String constantName) {
    StringBuilder out = new StringBuilder();
    for (String word : Splitter.on('_').split(constantName)) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "EffectiveBandwidthCandidate, BANDWIDTH",
    "EffectiveBandwidthBaseline, BANDWIDTH",
    "ThroughputFactorCandidate, FACTOR",
    "ThroughputFactorBaseline, FACTOR",
    "ThroughputSpeedup, MULTIPLE",
    "TheoreticalAnnualValuePerGpu, MONEY_PER_GPU_YEAR",
    "RealisedAnnualValuePerGpuCandidate, MONEY_PER_GPU_YEAR",
    "RealisedAnnualValuePerGpuBaseline, MONEY_PER_GPU_YEAR",
    "ValueUpliftPerGpu, MONEY_PER_GPU_YEAR",
    "NetworkCostPerGpuCandidate, MONEY_PER_GPU_YEAR",
    "NetworkCostPerGpuBaseline, MONEY_PER_GPU_YEAR",
    "ExtraNetworkCostPerGpu, MONEY_PER_GPU_YEAR",
    "BenefitCostRatio, MULTIPLE",
    "NetBenefitPerGpu, MONEY_PER_GPU_YEAR",
    "Roi, SHARE",
    "TheoreticalAnnualValueFleet, MONEY_PER_FLEET_YEAR",
    "RealisedAnnualValueFleetCandidate, MONEY_PER_FLEET_YEAR",
    "RealisedAnnualValueFleetBaseline, MONEY_PER_FLEET_YEAR",
    "ValueUpliftFleet, MONEY_PER_FLEET_YEAR",
    "NetworkCostFleetCandidate, MONEY_PER_FLEET_YEAR",
    "NetBenefitFleet, MONEY_PER_FLEET_YEAR",
    "ImpliedTokensPerSecondPerGpu, TOKENS_PER_SECOND_PER_GPU",
    "NetworkRunRatePerActiveGpu, MONEY_PER_GPU_YEAR",
    "NetworkSpendPerGpuSold, MONEY_PER_GPU",
    "NetworkShareOfBlendedAsp, SHARE",
    "NetworkShareOfModelAsp, SHARE",
    "FabricCapexPerGpuCandidate, MONEY_PER_GPU",
    "FabricCapexPerGpuBaseline, MONEY_PER_GPU",
    "FabricPowerPerGpuCandidate, WATTS_PER_GPU",
    "FabricPowerPerGpuBaseline, WATTS_PER_GPU",
    "LifetimeGpuCostPerGpuCandidate, MONEY_PER_GPU_LIFETIME",
    "LifetimeGpuCostPerGpuBaseline, MONEY_PER_GPU_LIFETIME",
    "LifetimeNetworkCostPerGpuCandidate, MONEY_PER_GPU_LIFETIME",
    "LifetimeNetworkCostPerGpuBaseline, MONEY_PER_GPU_LIFETIME",
    "LifetimePowerCostPerGpuCandidate, MONEY_PER_GPU_LIFETIME",
    "LifetimePowerCostPerGpuBaseline, MONEY_PER_GPU_LIFETIME",
    "LifetimeHostingCostPerGpuCandidate, MONEY_PER_GPU_LIFETIME",
    "LifetimeHostingCostPerGpuBaseline, MONEY_PER_GPU_LIFETIME",
    "LifetimeTcoPerGpuCandidate, MONEY_PER_GPU_LIFETIME",
    "LifetimeTcoPerGpuBaseline, MONEY_PER_GPU_LIFETIME",
    "LifetimeTcoFleetCandidate, MONEY_PER_FLEET_LIFETIME",
    "LifetimeTcoFleetBaseline, MONEY_PER_FLEET_LIFETIME",
    "AnnualTcoPerGpuCandidate, MONEY_PER_GPU_YEAR",
    "AnnualTcoPerGpuBaseline, MONEY_PER_GPU_YEAR",
    "AnnualTcoFleetCandidate, MONEY_PER_FLEET_YEAR",
    "AnnualTcoFleetBaseline, MONEY_PER_FLEET_YEAR",
    "CostPerDeliveredGpuHourCandidate, MONEY_PER_GPU_HOUR",
    "CostPerDeliveredGpuHourBaseline, MONEY_PER_GPU_HOUR",
    "CostPerMillionTokensCandidate, MONEY_PER_MILLION_TOKENS",
    "CostPerMillionTokensBaseline, MONEY_PER_MILLION_TOKENS",
    "LifetimeNpvCandidate, MONEY_PER_FLEET_LIFETIME",
    "LifetimeNpvBaseline, MONEY_PER_FLEET_LIFETIME",
    "UpgradeCashFlows, CASH_FLOWS",
    "UpgradeNpv, MONEY_PER_FLEET_LIFETIME",
    "UpgradeNetBenefit, MONEY_PER_FLEET_LIFETIME",
    "UpgradeIrr, SHARE",
    "UpgradePaybackMonths, MONTHS",
    "UpgradeDiscountedPaybackMonths, MONTHS",
    "BreakEvenNetworkCostPerGpu, MONEY_PER_GPU_YEAR",
    "BreakEvenEffectiveFraction, FACTOR",
    "BreakEvenGpuHourPrice, MONEY_PER_GPU_HOUR"
  })
  void eachBuiltInMeasureHasItsUnitTypeAndADescription(String name, StandardUnit unit) {
    Measure<?> measure =
        Measures.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();

    assertThat(measure.unit()).isEqualTo(unit);
    assertThat(measure.type()).isEqualTo(unit.valueType());
    assertThat(measure.description()).isNotBlank().endsWith(".");
  }

  @Test
  void theUnitTableCoversEveryBuiltInMeasure() throws NoSuchMethodException {
    CsvSource table =
        MeasuresTest.class
            .getDeclaredMethod(
                "eachBuiltInMeasureHasItsUnitTypeAndADescription", String.class, StandardUnit.class)
            .getAnnotation(CsvSource.class);

    assertThat(table.value())
        .extracting(row -> row.substring(0, row.indexOf(',')))
        .containsExactlyElementsOf(NAMES);
  }

  @Test
  void theCashFlowsAreTheOnlyMeasureWhoseValueIsNotAScalar() {
    assertThat(Measures.all())
        .filteredOn(measure -> measure.type() == CashFlows.class)
        .containsExactly(Measures.UPGRADE_CASH_FLOWS);
    assertThat(Measures.UPGRADE_CASH_FLOWS.unit()).isEqualTo(StandardUnit.CASH_FLOWS);
  }

  @Test
  void theBenefitCostRatioSaysItIsWhatTheReferenceCallsRoi() {
    assertThat(Measures.BENEFIT_COST_RATIO.description())
        .isEqualTo(
            "Value uplift per GPU / annual network cost per GPU of the candidate"
                + " (what the reference analysis calls ROI).");
  }
}
