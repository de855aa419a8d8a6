package dev.netroi;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.netroi.testkit.NetroiDomain;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LifetimeProperties {

  private static final int EXAMPLES = 1000;

  /** The inputs of every lifetime, sorted. */
  private static final List<String> NAMES =
      List.of(
          "discountRate",
          "electricityPricePerKwh",
          "firstYearRamp",
          "gpuLifeYears",
          "gpuResidualShare",
          "gpuWatts",
          "horizonYears",
          "hostingPricePerKwMonth",
          "pue");

  /**
   * The domain's lifetime terms ({@link NetroiDomain#lifetimesIn}) in any of the test currencies:
   * ordinary terms, with the bounds of each rule mixed in (horizons of 1 and 100 years, discount
   * rates just above -1, 0 and 10, PUE 1, no watts and huge ones, free and huge energy and hosting
   * prices, no residual value or a full one, no ramp or a full one).
   */
  private static Gen<Lifetime> lifetimes() {
    return NetroiDomain.currencies().flatMap(NetroiDomain::lifetimesIn);
  }

  /** Numbers around the bounds of every rule, and any double now and then. */
  private static Gen<Double> probes() {
    return Generate.frequency(
        List.of(
            Pair.of(
                4,
                Generate.pick(
                    List.of(
                        -1.5,
                        -1.0,
                        Math.nextUp(-1.0),
                        -0.5,
                        -0.0,
                        0.0,
                        Double.MIN_VALUE,
                        0.5,
                        Math.nextDown(1.0),
                        1.0,
                        Math.nextUp(1.0),
                        1.5,
                        2.5,
                        10.0,
                        Math.nextUp(10.0),
                        99.0,
                        100.0,
                        100.5,
                        101.0,
                        1e19,
                        Double.MAX_VALUE,
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY))),
            Pair.of(1, doubles().any())));
  }

  @Test
  void writingAnInputBackGivesEqualTerms() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(lifetimes(), Generate.pick(NAMES))
        .checkAssert(
            (lifetime, name) -> {
              seen.merge(lifetime.currency().getCurrencyCode(), 1, Integer::sum);
              seen.merge(lifetime.horizonYears() == 1 ? "one year" : "years", 1, Integer::sum);

              Lifetime copy = lifetime.withInput(name, lifetime.input(name));

              assertThat(copy)
                  .isEqualTo(lifetime)
                  .hasSameHashCodeAs(lifetime)
                  .hasToString(lifetime.toString());
            });

    assertThat(seen).as("terms seen").containsKeys("USD", "EUR", "JPY", "BHD", "one year");
  }

  @Test
  void withInputChangesThatInputOnly() {
    qt(EXAMPLES)
        .forAll(lifetimes(), lifetimes(), Generate.pick(NAMES))
        .checkAssert(
            (lifetime, other, name) -> {
              double value = other.input(name);
              Lifetime changed = lifetime.withInput(name, value);

              assertThat(changed.input(name)).isEqualTo(value);
              for (String unchanged : NAMES) {
                if (!unchanged.equals(name)) {
                  assertThat(changed.input(unchanged))
                      .as(unchanged)
                      .isEqualTo(lifetime.input(unchanged));
                }
              }
              assertThat(changed.currency()).isEqualTo(lifetime.currency());
            });
  }

  @Test
  void theRuleOfAnInputAcceptsExactlyWhatWithInputAccepts() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(lifetimes(), Generate.pick(NAMES), probes())
        .checkAssert(
            (lifetime, name, value) -> {
              boolean accepted;
              try {
                lifetime.withInput(name, value);
                accepted = true;
              } catch (IllegalArgumentException e) {
                accepted = false;
              }
              seen.merge(accepted ? "accepted" : "refused", 1, Integer::sum);

              assertThat(lifetime.inputRule(name).test(value)).isEqualTo(accepted);
            });

    assertThat(seen).as("outcomes seen").containsKeys("accepted", "refused");
  }

  @Test
  void theBuilderAndTheCanonicalConstructorAgree() {
    qt(EXAMPLES)
        .forAll(lifetimes())
        .checkAssert(
            lifetime ->
                assertThat(
                        Lifetime.builder()
                            .horizonYears(lifetime.horizonYears())
                            .discountRate(lifetime.discountRate())
                            .gpuLifeYears(lifetime.gpuLifeYears())
                            .gpuResidualShare(lifetime.gpuResidualShare())
                            .gpuWatts(lifetime.gpuWatts())
                            .pue(lifetime.pue())
                            .electricityPricePerKwh(lifetime.electricityPricePerKwh())
                            .hostingPricePerKwMonth(lifetime.hostingPricePerKwMonth())
                            .firstYearRamp(lifetime.firstYearRamp())
                            .build())
                    .isEqualTo(lifetime)
                    .isEqualTo(lifetime.toBuilder().build()));
  }

  @Test
  void roundTripsThroughJavaSerialisation() {
    qt(200)
        .forAll(lifetimes())
        .checkAssert(
            lifetime -> {
              try {
                assertThat(JavaSerialization.roundTrip(lifetime)).isEqualTo(lifetime);
              } catch (IOException | ClassNotFoundException e) {
                throw new AssertionError(e);
              }
            });
  }
}
