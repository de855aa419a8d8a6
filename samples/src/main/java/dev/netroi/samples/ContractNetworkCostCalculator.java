package dev.netroi.samples;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_BASELINE;
import static dev.netroi.calc.Measures.NETWORK_COST_PER_GPU_CANDIDATE;

import dev.netroi.CurrencyAmount;
import dev.netroi.NetworkOption;
import dev.netroi.calc.CalculationContext;
import dev.netroi.calc.CalculationException;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A replacement for a built-in calculator: network cost per GPU from a company's own price list
 * (hardware per GPU amortised over some years, plus a yearly support fee) instead of the cost
 * stated on each {@link NetworkOption}. It lists the three network-cost measures in {@link
 * #overrides()}, so a registry holding it and the built-ins uses it for those measures, whatever
 * the order of registration.
 */
public final class ContractNetworkCostCalculator implements Calculator {

  private final Map<String, CurrencyAmount> hardwarePerGpu;
  private final double amortisationYears;
  private final double supportShare;

  /**
   * Creates the calculator.
   *
   * @param hardwarePerGpu network hardware cost per GPU, by option name
   * @param amortisationYears years over which the hardware is amortised, positive
   * @param supportShare yearly support as a share of the hardware cost, not negative
   */
  public ContractNetworkCostCalculator(
      Map<String, CurrencyAmount> hardwarePerGpu, double amortisationYears, double supportShare) {
    if (!(amortisationYears > 0)) {
      throw new IllegalArgumentException(
          "amortisationYears must be positive but was " + amortisationYears);
    }
    if (!(supportShare >= 0)) {
      throw new IllegalArgumentException(
          "supportShare must not be negative but was " + supportShare);
    }
    this.hardwarePerGpu = Map.copyOf(hardwarePerGpu);
    this.amortisationYears = amortisationYears;
    this.supportShare = supportShare;
  }

  @Override
  public Set<Measure<?>> provides() {
    return Set.of(
        NETWORK_COST_PER_GPU_CANDIDATE, NETWORK_COST_PER_GPU_BASELINE, EXTRA_NETWORK_COST_PER_GPU);
  }

  @Override
  public Set<Measure<?>> overrides() {
    return provides();
  }

  @Override
  public List<Figure<?>> calculate(CalculationContext context) {
    CurrencyAmount candidate = annualCost(context.scenario().candidate());
    CurrencyAmount baseline = annualCost(context.scenario().baseline());
    return List.of(
        figure(NETWORK_COST_PER_GPU_CANDIDATE, context.scenario().candidate(), candidate),
        figure(NETWORK_COST_PER_GPU_BASELINE, context.scenario().baseline(), baseline),
        Figure.of(
            EXTRA_NETWORK_COST_PER_GPU,
            candidate.minus(baseline),
            Explanation.of(
                    EXTRA_NETWORK_COST_PER_GPU
                        + " = "
                        + NETWORK_COST_PER_GPU_CANDIDATE
                        + " - "
                        + NETWORK_COST_PER_GPU_BASELINE)
                .withInput(NETWORK_COST_PER_GPU_CANDIDATE, candidate)
                .withInput(NETWORK_COST_PER_GPU_BASELINE, baseline)));
  }

  private CurrencyAmount annualCost(NetworkOption option) {
    CurrencyAmount hardware = hardware(option);
    return hardware.dividedBy(amortisationYears).plus(hardware.multipliedBy(supportShare));
  }

  private CurrencyAmount hardware(NetworkOption option) {
    CurrencyAmount hardware = hardwarePerGpu.get(option.name());
    if (hardware == null) {
      throw new CalculationException(
          FailureReason.MISSING_INPUT,
          "price list has no entry for option '"
              + option.name()
              + "'; it has "
              + new java.util.TreeSet<>(hardwarePerGpu.keySet()));
    }
    return hardware;
  }

  private Figure<CurrencyAmount> figure(
      Measure<CurrencyAmount> measure, NetworkOption option, CurrencyAmount cost) {
    return Figure.of(
        measure,
        cost,
        Explanation.of(measure + " = hardware per GPU / amortisation years + hardware x support")
            .withInput("price list: " + option.name(), hardware(option).toDisplayString())
            .withInput("amortisation years", Double.toString(amortisationYears))
            .withInput("support share", Double.toString(supportShare)));
  }
}
