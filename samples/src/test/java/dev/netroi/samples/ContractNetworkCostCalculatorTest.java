package dev.netroi.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.CurrencyAmount;
import dev.netroi.NetworkOption;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.FailureReason;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.testkit.CalculatorContract;
import dev.netroi.testkit.NetroiDomain;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The replacement network-cost calculator keeps the contract on every generated scenario. */
class ContractNetworkCostCalculatorTest implements CalculatorContract {

  private static final Map<String, CurrencyAmount> PRICE_LIST =
      Map.of(
          "AI Ethernet", CurrencyAmount.parse("USD 12000"),
          "Traditional Ethernet", CurrencyAmount.parse("USD 9000"));

  @Override
  public Calculator calculator() {
    return new ContractNetworkCostCalculator(PRICE_LIST, 4, 0.10);
  }

  /** Generated scenarios, with the options renamed to entries of the price list. */
  @Override
  public Gen<Scenario> validScenarios() {
    return NetroiDomain.scenarios()
        .map(
            s ->
                s.toBuilder()
                    .candidate(renamed(s.candidate(), "AI Ethernet"))
                    .baseline(renamed(s.baseline(), "Traditional Ethernet"))
                    .build());
  }

  private static NetworkOption renamed(NetworkOption option, String name) {
    return option.withName(name);
  }

  @Test
  void anOptionMissingFromThePriceListIsAMissingInput() {
    Scenario unknown =
        ReferenceArgument.mixtral().toBuilder()
            .candidate(renamed(ReferenceArgument.aiEthernet(), "InfiniBand"))
            .build();

    Outcome outcome = outcomeFor(unknown);

    assertThat(outcome.reason()).isEqualTo(FailureReason.MISSING_INPUT);
    assertThat(outcome.message())
        .isEqualTo(
            "price list has no entry for option 'InfiniBand'; it has [AI Ethernet,"
                + " Traditional Ethernet]");
  }
}
