package dev.netroi.inputs;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.InputRule;
import dev.netroi.OptionRole;
import dev.netroi.PricingModel;
import dev.netroi.Scenario;
import dev.netroi.UnknownInputPathException;
import dev.netroi.testkit.Coverage;
import dev.netroi.testkit.NetroiDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The input paths of generated scenarios: reading and writing back is the identity, writing then
 * reading returns the value bit for bit, a write changes one path only, and a scenario has exactly
 * the built-in paths that apply to it.
 */
class InputPathsProperties {

  /** The built-in paths that apply to {@code scenario}, worked out from its values. */
  private static SortedSet<InputPath> applicablePaths(Scenario scenario) {
    List<InputPath> paths =
        new ArrayList<>(
            List.of(
                InputPaths.FLEET_COUNT,
                InputPaths.FLEET_UNIT_PRICE,
                InputPaths.CANDIDATE_PORT_SPEED,
                InputPaths.CANDIDATE_EFFECTIVE_FRACTION,
                InputPaths.BASELINE_PORT_SPEED,
                InputPaths.BASELINE_EFFECTIVE_FRACTION,
                InputPaths.PRICING_PRICE,
                InputPaths.YEAR_BASIS_DAYS));
    if (scenario.fleet().soldUtilisation().isPresent()) {
      paths.add(InputPaths.FLEET_SOLD_UTILISATION);
    }
    if (scenario.pricing() instanceof PricingModel.PerMillionTokens) {
      paths.add(InputPaths.PRICING_TOKENS_PER_SECOND_PER_GPU);
    }
    if (scenario.pricing() instanceof PricingModel.PerGpuTime time
        && time.tokenPriceOrigin().isPresent()) {
      paths.add(InputPaths.PRICING_TOKEN_PRICE_ORIGIN);
    }
    if (scenario.market().isPresent()) {
      paths.addAll(
          List.of(
              InputPaths.MARKET_NETWORK_RUN_RATE,
              InputPaths.MARKET_ACTIVE_GPUS,
              InputPaths.MARKET_GPUS_SOLD_LAST_QUARTER,
              InputPaths.MARKET_BLENDED_ASP,
              InputPaths.MARKET_MODEL_ASP));
    }
    if (scenario.throughputModel().filter(m -> m.name().startsWith("amdahl")).isPresent()) {
      paths.add(InputPaths.THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE);
    }
    if (scenario.throughputModel().filter(m -> m.name().startsWith("collective")).isPresent()) {
      paths.addAll(
          List.of(
              InputPaths.THROUGHPUT_MODEL_COMPUTE_SECONDS,
              InputPaths.THROUGHPUT_MODEL_OVERLAP_SHARE,
              InputPaths.THROUGHPUT_MODEL_LATENCY_SECONDS));
      // one message size per collective, numbered from 1
      long collectives =
          scenario.throughputModel().orElseThrow().inputNames().stream()
              .filter(name -> name.matches("collective[0-9]+Bytes"))
              .count();
      for (int number = 1; number <= collectives; number++) {
        paths.add(InputPaths.throughputModelCollectiveBytes(number));
      }
    }
    if (scenario.lifetime().isPresent()) {
      paths.addAll(
          List.of(
              InputPaths.LIFETIME_HORIZON_YEARS,
              InputPaths.LIFETIME_DISCOUNT_RATE,
              InputPaths.LIFETIME_GPU_LIFE_YEARS,
              InputPaths.LIFETIME_GPU_RESIDUAL_SHARE,
              InputPaths.LIFETIME_GPU_WATTS,
              InputPaths.LIFETIME_PUE,
              InputPaths.LIFETIME_ELECTRICITY_PRICE_PER_KWH,
              InputPaths.LIFETIME_HOSTING_PRICE_PER_KW_MONTH,
              InputPaths.LIFETIME_FIRST_YEAR_RAMP));
    }
    for (OptionRole role : OptionRole.values()) {
      if (scenario.fabric(role).isEmpty()) {
        paths.add(role.path("annualCostPerGpu")); // an option states its cost or has a fabric
      } else {
        for (String name :
            List.of(
                "lifeYears",
                "annualSupportShare",
                "oversubscription",
                "switchPrice",
                "opticPrice",
                "nicPrice",
                "cablePrice",
                "switchWatts",
                "opticWatts",
                "nicWatts")) {
          paths.add(role.fabricPath(name));
        }
      }
    }
    return new TreeSet<>(paths);
  }

  /** A coverage check that every built-in path was seen. */
  private static Coverage<InputPath> everyBuiltInPath() {
    Coverage<InputPath> coverage = Coverage.of("input paths");
    for (InputPath path : InputPaths.all()) {
      coverage.require(path.toString(), path::equals);
    }
    return coverage;
  }

  @Test
  void readingEveryPathAndWritingItBackGivesAnEqualScenario() {
    Coverage<InputPath> coverage = everyBuiltInPath();

    qt().forAll(NetroiDomain.scenarios())
        .checkAssert(
            scenario -> {
              for (InputPath path : scenario.inputPaths()) {
                coverage.record(path);
                Scenario same = scenario.with(path, scenario.valueAt(path));

                assertThat(same).as(path.toString()).isEqualTo(scenario);
                assertThat(same.hashCode()).isEqualTo(scenario.hashCode());
                assertThat(same).hasToString(scenario.toString());
              }
            });

    coverage.check();
  }

  @Test
  void writingAValueThenReadingItReturnsTheSameBitsAndChangesNoOtherPath() {
    Coverage<InputPath> coverage = everyBuiltInPath();

    // the donor's values are valid for the same path of any scenario (one currency), but for the
    // rules between parts (a port speed is its fabric's NIC speed, a fleet holds the largest
    // collective group): every path both scenarios have is written with the donor's value where
    // the scenario's rule for the path accepts it
    qt().forAll(NetroiDomain.scenarios(), NetroiDomain.scenarios())
        .checkAssert(
            (scenario, donor) -> {
              for (InputPath path : scenario.inputPaths()) {
                if (!donor.inputPaths().contains(path)
                    || !scenario.inputRule(path).test(donor.valueAt(path))) {
                  continue;
                }
                coverage.record(path);
                double value = donor.valueAt(path);
                Scenario changed = scenario.with(path, value);

                assertThat(Double.doubleToRawLongBits(changed.valueAt(path)))
                    .as(path.toString())
                    .isEqualTo(Double.doubleToRawLongBits(value));
                assertThat(changed.inputPaths()).isEqualTo(scenario.inputPaths());
                for (InputPath other : scenario.inputPaths()) {
                  if (!other.equals(path)) {
                    assertThat(changed.valueAt(other))
                        .as("%s after writing %s", other, path)
                        .isEqualTo(scenario.valueAt(other));
                  }
                }
                assertThat(changed.equals(scenario))
                    .as(path.toString())
                    .isEqualTo(value == scenario.valueAt(path));
              }
            });

    coverage.check();
  }

  @Test
  void aScenarioHasExactlyTheBuiltInPathsThatApplyToIt() {
    qt().forAll(NetroiDomain.scenarios())
        .checkAssert(
            scenario -> {
              SortedSet<InputPath> paths = scenario.inputPaths();

              assertThat(paths).isEqualTo(applicablePaths(scenario));
              for (InputPath absent : InputPaths.all()) {
                if (!paths.contains(absent)) {
                  assertThatThrownBy(() -> scenario.valueAt(absent))
                      .isInstanceOf(UnknownInputPathException.class)
                      .hasMessageStartingWith("Input path '" + absent + "' does not apply: ")
                      .hasMessageEndingWith("; known paths: " + paths);
                  assertThatThrownBy(() -> scenario.with(absent, 1))
                      .isInstanceOf(UnknownInputPathException.class);
                }
              }
            });
  }

  @Test
  void anInputRuleAcceptsExactlyTheValuesTheScenarioAccepts() {
    Coverage<InputPath> coverage = everyBuiltInPath();
    Coverage<Boolean> outcomes = Coverage.of("rule outcomes");
    outcomes.require("accepted", accepted -> accepted);
    outcomes.require("refused", accepted -> !accepted);

    qt().forAll(NetroiDomain.scenarios(), Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
        .checkAssert(
            (scenario, seed) -> {
              Random random = new Random(seed);
              for (InputPath path : scenario.inputPaths()) {
                coverage.record(path);
                InputRule rule = scenario.inputRule(path);
                for (double value : candidates(scenario.valueAt(path), rule, random)) {
                  boolean built;
                  try {
                    scenario.with(path, value);
                    built = true;
                  } catch (IllegalArgumentException e) {
                    built = false;
                  }
                  outcomes.record(built);
                  assertThat(rule.test(value))
                      .as("%s of %s accepts %s (rule %s)", path, scenario, value, rule)
                      .isEqualTo(built);
                }
              }
            });

    coverage.check();
    outcomes.check();
  }

  /** Values near every edge a rule can have, and a few ordinary ones. */
  private static List<Double> candidates(double value, InputRule rule, Random random) {
    List<Double> values =
        new ArrayList<>(
            List.of(
                value,
                -value,
                0.0,
                -0.0,
                1.0,
                Math.nextUp(1.0),
                Math.nextDown(1.0),
                Double.MIN_VALUE,
                -Double.MIN_VALUE,
                366.0,
                Math.nextUp(366.0),
                value + 0.5,
                Math.rint(value * (0.5 + random.nextDouble())),
                value * 2 * random.nextDouble(),
                Double.MAX_VALUE,
                9.3e18,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
    for (double bound : new double[] {rule.low(), rule.high()}) {
      values.add(bound);
      values.add(Math.nextUp(bound));
      values.add(Math.nextDown(bound));
    }
    return values;
  }
}
