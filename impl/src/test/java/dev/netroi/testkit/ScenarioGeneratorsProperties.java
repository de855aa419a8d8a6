package dev.netroi.testkit;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.throughput.ThroughputModels;
import org.junit.jupiter.api.Test;

/**
 * The scenario generators of {@link NetroiDomain} (published with {@code netroi-api}'s tests, but
 * drawing the built-in throughput models of this module) keep the promises their Javadoc makes; the
 * value generators are checked by {@code NetroiDomainProperties} in {@code netroi-api}.
 */
class ScenarioGeneratorsProperties {

  @Test
  void scenariosAreValidAndRebuildToThemselves() {
    Coverage<Scenario> edges =
        NetroiDomain.scenarioEdgeCases()
            .require("market facts", scenario -> scenario.market().isPresent())
            .require("no market facts", scenario -> scenario.market().isEmpty())
            .require("a throughput model", scenario -> scenario.throughputModel().isPresent())
            .require("fraction 1", scenario -> scenario.candidate().effectiveFraction() == 1)
            .require(
                "a huge GPU count",
                scenario -> scenario.fleet().count() >= NetroiDomain.MAX_EXACT_COUNT)
            // lifetime terms one time in three
            .requireShare("no lifetime terms", 0.55, scenario -> scenario.lifetime().isEmpty())
            .requireShare(
                "lifetime terms in a quarter", 0.25, scenario -> scenario.lifetime().isPresent());

    qt().forAll(NetroiDomain.scenarios())
        .checkAssert(
            scenario -> {
              edges.record(scenario);
              assertThat(scenario.toBuilder().build()).isEqualTo(scenario);
              assertThat(scenario.fleet().count()).isPositive();
              assertThat(scenario.candidate().effectiveFraction())
                  .isGreaterThan(0)
                  .isLessThanOrEqualTo(1);
              assertThat(scenario.candidate().currency()).isEqualTo(NetroiDomain.USD);
            });
    edges.check();
  }

  @Test
  void theScenarioGeneratorsReachEveryScenarioEdgeCase() {
    assumeFalse(PropertyChecks.isCapped(), "runs are capped by QT_MAX_EXAMPLES");
    Coverage<Scenario> edges = NetroiDomain.scenarioEdgeCases();

    PropertyChecks.qt().forAll(NetroiDomain.scenarios()).checkAssert(edges::record);

    edges.check();
    // QuickTheories checks each distinct example once; repeats are rare among scenarios
    assertThat(edges.examples()).isBetween(950, PropertyChecks.DEFAULT_EXAMPLES);
  }

  @Test
  void theThroughputModelsAreTheBuiltInOnesOfThisModule() {
    Coverage<ThroughputModel> models =
        Coverage.<ThroughputModel>of("throughput models")
            .require("linear", model -> model.equals(ThroughputModels.linear()))
            .require("Amdahl", model -> model.name().startsWith("amdahl ("))
            .require("collective", model -> model.name().startsWith("collective ("));

    qt().forAll(NetroiDomain.throughputModels())
        .checkAssert(
            model -> {
              models.record(model);
              assertThat(model.getClass().getName()).startsWith("dev.netroi.throughput.");
            });
    models.check();
  }
}
