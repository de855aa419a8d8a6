package dev.netroi;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.netroi.testkit.NetroiDomain;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NetworkOptionProperties {

  private static final int EXAMPLES = 1000;

  @Test
  void equalFieldsGiveEqualOptionsWithEqualHashCodes() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.networkOptions())
        .checkAssert(
            option -> {
              seen.merge(
                  option.effectiveFraction() == 1.0 ? "fraction one" : "fraction below one",
                  1,
                  Integer::sum);
              seen.merge(
                  option
                      .statedAnnualCostPerGpu()
                      .map(cost -> cost.isZero() ? "free" : "priced")
                      .orElse("built as a fabric"),
                  1,
                  Integer::sum);

              NetworkOption copy =
                  option
                      .fabric()
                      .map(
                          fabric ->
                              NetworkOption.ofFabric(
                                  option.name(),
                                  option.portSpeed(),
                                  option.effectiveFraction(),
                                  fabric))
                      .orElseGet(
                          () ->
                              NetworkOption.stated(
                                  option.name(),
                                  option.portSpeed(),
                                  option.effectiveFraction(),
                                  option.statedAnnualCostPerGpu().orElseThrow()));

              assertThat(copy)
                  .isEqualTo(option)
                  .hasSameHashCodeAs(option)
                  .hasToString(option.toString());
              assertThat(option.withEffectiveFraction(option.effectiveFraction()))
                  .isEqualTo(option);
              option
                  .statedAnnualCostPerGpu()
                  .ifPresent(
                      cost -> assertThat(option.withAnnualCostPerGpu(cost)).isEqualTo(option));
              option
                  .fabric()
                  .ifPresent(fabric -> assertThat(option.withFabric(fabric)).isEqualTo(option));
              assertThat(option.withPortSpeed(option.portSpeed())).isEqualTo(option);
              assertThat(option.withName(option.name())).isEqualTo(option);
            });

    assertThat(seen)
        .as("options seen")
        .containsKeys("fraction one", "free", "priced", "built as a fabric");
  }

  @Test
  void everyFractionInZeroExclusiveToOneIsAccepted() {
    qt(EXAMPLES)
        .forAll(NetroiDomain.networkOptions(), NetroiDomain.fractionsAboveZero())
        .checkAssert(
            (option, fraction) ->
                assertThat(option.withEffectiveFraction(fraction).effectiveFraction())
                    .isEqualTo(fraction));
  }

  @Test
  void everyOtherFractionIsRefusedNamingTheRuleAndTheValue() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.networkOptions(), fractionsOutside())
        .checkAssert(
            (option, fraction) -> {
              seen.merge(
                  Double.isNaN(fraction) ? "NaN" : fraction <= 0 ? "zero or less" : "above one",
                  1,
                  Integer::sum);

              assertThatIllegalArgumentException()
                  .isThrownBy(() -> option.withEffectiveFraction(fraction))
                  .withMessageStartingWith("effectiveFraction must be in (0, 1] but was ");
            });

    assertThat(seen).as("fractions seen").containsKeys("NaN", "zero or less", "above one");
  }

  /**
   * Fractions outside (0, 1]: from -1e6 to 0 and from just above 1 to 1e6 with two places, and 0,
   * -0, the next double above 1, NaN and the infinities.
   */
  private static Gen<Double> fractionsOutside() {
    return Generate.frequency(
        List.of(
            Pair.of(4, NetroiDomain.decimals("-1000000", "0", 2)),
            Pair.of(4, NetroiDomain.decimals("1.01", "1000000", 2)),
            Pair.of(
                1,
                Generate.pick(
                    List.of(
                        0.0,
                        -0.0,
                        Math.nextUp(1.0),
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY)))));
  }
}
