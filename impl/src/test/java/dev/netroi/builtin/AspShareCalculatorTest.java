package dev.netroi.builtin;

import static dev.netroi.calc.Measures.NETWORK_RUN_RATE_PER_ACTIVE_GPU;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_BLENDED_ASP;
import static dev.netroi.calc.Measures.NETWORK_SHARE_OF_MODEL_ASP;
import static dev.netroi.testkit.NetroiDomain.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netroi.MarketSnapshot;
import dev.netroi.Scenario;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.DeclaredInputsContext;
import dev.netroi.testkit.NetroiDomain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AspShareCalculatorTest implements BuiltInContract {

  private final Scenario reference = ReferenceArgument.mixtral();

  @Override
  public Calculator calculator() {
    return new AspShareCalculator();
  }

  /** Only scenarios with market facts: without them, the required run rate per GPU fails. */
  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenariosWithMarket();
  }

  @Test
  void theRunRatePerActiveGpuIs18Point15PercentOfTheBlendedAspAnd13Point13PercentOfTheH100Asp() {
    assertThat(valueFor(reference, NETWORK_SHARE_OF_BLENDED_ASP))
        .isCloseTo(13e9 / 3.3e6 / 21700, within(1e-15))
        .isCloseTo(0.1815, within(5e-5));
    assertThat(valueFor(reference, NETWORK_SHARE_OF_MODEL_ASP))
        .isCloseTo(13e9 / 3.3e6 / 30000, within(1e-15))
        .isCloseTo(0.1313, within(5e-5));
  }

  @Test
  void theSharesDivideTheGivenRunRatePerGpuByTheAsps() {
    MarketSnapshot market = ReferenceArgument.market();
    DeclaredInputsContext context =
        DeclaredInputsContext.withInputs(
            calculator(),
            reference,
            List.of(
                Figure.of(
                    NETWORK_RUN_RATE_PER_ACTIVE_GPU, usd("3900"), Explanation.of("rounded"))));

    List<Figure<?>> figures = dev.netroi.engine.Calculators.calculate(calculator(), context);

    assertThat(figures)
        .extracting(figure -> (Object) figure.value())
        .containsExactly(3900 / 21700.0, 3900 / 30000.0);
    assertThat(market.blendedAsp()).isEqualTo(usd("21700"));
  }

  @Test
  void theFiguresNameTheAspsAndTheGpuModel() {
    assertThat(figureFor(reference, NETWORK_SHARE_OF_MODEL_ASP).explanation())
        .hasToString(
            "NetworkShareOfModelAsp = NetworkRunRatePerActiveGpu / market.modelAsp; where"
                + " NetworkRunRatePerActiveGpu = USD 3,939.39, market.modelAsp = USD 30,000.00"
                + " (H100)");
  }

  /**
   * Given the run rate but no market snapshot (as {@link dev.netroi.engine.Calculators#calculate}
   * allows), the shares are refused as missing input with the market calculator's words: "scenario
   * 'no market' has no market snapshot".
   */
  @Test
  void withoutAMarketSnapshotTheSharesAreMissingInputInTheMarketsWords() {
    Scenario noMarket =
        Scenario.builder()
            .name("no market")
            .fleet(reference.fleet())
            .candidate(reference.candidate())
            .baseline(reference.baseline())
            .pricing(reference.pricing())
            .build();
    DeclaredInputsContext context =
        DeclaredInputsContext.withInputs(
            calculator(),
            noMarket,
            List.of(
                Figure.of(
                    NETWORK_RUN_RATE_PER_ACTIVE_GPU, usd("3900"), Explanation.of("rounded"))));

    assertThatThrownBy(() -> dev.netroi.engine.Calculators.calculate(calculator(), context))
        .isInstanceOfSatisfying(
            CalculationException.class,
            e -> assertThat(e.getReason()).isEqualTo(FailureReason.MISSING_INPUT))
        .hasMessage("scenario 'no market' has no market snapshot");
  }
}
