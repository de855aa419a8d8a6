package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

@Domain(NetroiDomain.class)
@Domain(DomainContext.Global.class)
class NetworkOptionProperties {

  @Property
  void equalFieldsGiveEqualOptionsWithEqualHashCodes(@ForAll NetworkOption option) {
    Statistics.label("fraction").collect(option.effectiveFraction() == 1.0 ? "one" : "below one");
    Statistics.label("cost").collect(option.annualCostPerGpu().isZero() ? "free" : "priced");

    NetworkOption copy =
        NetworkOption.of(
            option.name(),
            option.portSpeed(),
            option.effectiveFraction(),
            option.annualCostPerGpu());

    assertThat(copy).isEqualTo(option).hasSameHashCodeAs(option).hasToString(option.toString());
    assertThat(option.withEffectiveFraction(option.effectiveFraction())).isEqualTo(option);
    assertThat(option.withAnnualCostPerGpu(option.annualCostPerGpu())).isEqualTo(option);

    Statistics.label("fraction").coverage(coverage -> coverage.check("one").count(c -> c >= 1));
    Statistics.label("cost").coverage(coverage -> coverage.check("free").count(c -> c >= 1));
  }

  @Property
  void everyFractionInZeroExclusiveToOneIsAccepted(
      @ForAll NetworkOption option, @ForAll("fractionsAboveZero") double fraction) {
    assertThat(option.withEffectiveFraction(fraction).effectiveFraction()).isEqualTo(fraction);
  }

  @Property
  void everyOtherFractionIsRefusedNamingTheRuleAndTheValue(
      @ForAll NetworkOption option, @ForAll("fractionsOutside") double fraction) {
    Statistics.label("fraction")
        .collect(Double.isNaN(fraction) ? "NaN" : fraction <= 0 ? "zero or less" : "above one");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> option.withEffectiveFraction(fraction))
        .withMessageStartingWith("effectiveFraction must be in (0, 1] but was ");

    Statistics.label("fraction")
        .coverage(
            coverage -> {
              coverage.check("NaN").count(c -> c >= 1);
              coverage.check("zero or less").count(c -> c >= 1);
              coverage.check("above one").count(c -> c >= 1);
            });
  }

  @Provide
  Arbitrary<Double> fractionsAboveZero() {
    return NetroiDomain.fractionsAboveZero();
  }

  @Provide
  Arbitrary<Double> fractionsOutside() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.doubles().between(-1e6, 0)),
        Tuple.of(4, Arbitraries.doubles().between(1, false, 1e6, true)),
        Tuple.of(
            1,
            Arbitraries.of(
                0.0,
                -0.0,
                Math.nextUp(1.0),
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY)));
  }
}
