package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Set;

/**
 * A back-end network option for a GPU fleet, such as InfiniBand, traditional RoCE Ethernet or a
 * tuned AI Ethernet fabric.
 *
 * <p>The <b>effective-bandwidth fraction</b> is the share of the port speed that an AI workload
 * gets under load (0.60 for traditional Ethernet and 0.95 for a tuned AI Ethernet fabric in the
 * reference analysis). <b>Effective bandwidth</b> = port speed x effective-bandwidth fraction. The
 * <b>annual network cost per GPU</b> is what the option costs per GPU per year.
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code portSpeed} (Gb/s), {@code effectiveFraction} and
 * {@code annualCostPerGpu} (an amount in the cost's currency).
 *
 * <p>{@code toString()} reads {@code NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00 per
 * GPU-year]}. Value-based, immutable and thread-safe.
 *
 * @param name a short name for reports, not blank
 * @param portSpeed the back-end port speed per GPU, not null
 * @param effectiveFraction the effective-bandwidth fraction, in (0, 1]
 * @param annualCostPerGpu the annual network cost per GPU, not negative
 */
public record NetworkOption(
    String name, Bandwidth portSpeed, double effectiveFraction, CurrencyAmount annualCostPerGpu)
    implements HasInputs<NetworkOption>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final String PORT_SPEED = "portSpeed";
  private static final String EFFECTIVE_FRACTION = "effectiveFraction";
  private static final String ANNUAL_COST_PER_GPU = "annualCostPerGpu";
  private static final Set<String> INPUTS =
      Set.of(PORT_SPEED, EFFECTIVE_FRACTION, ANNUAL_COST_PER_GPU);

  /**
   * Validates the components.
   *
   * @param name a short name for reports, not blank
   * @param portSpeed the back-end port speed per GPU, not null
   * @param effectiveFraction the effective-bandwidth fraction, in (0, 1]
   * @param annualCostPerGpu the annual network cost per GPU, not negative
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank, {@code effectiveFraction} is outside
   *     (0, 1] or {@code annualCostPerGpu} is negative
   */
  public NetworkOption {
    Checks.notBlank(name, "name");
    Checks.notNull(portSpeed, "portSpeed");
    Checks.fractionAboveZero(effectiveFraction, "effectiveFraction");
    Checks.notNull(annualCostPerGpu, "annualCostPerGpu");
    Checks.notNegative(annualCostPerGpu.amount(), "annualCostPerGpu");
  }

  /**
   * Obtains a network option.
   *
   * @param name a short name for reports, not blank
   * @param portSpeed the back-end port speed per GPU
   * @param effectiveFraction the effective-bandwidth fraction, in (0, 1]
   * @param annualCostPerGpu the annual network cost per GPU, not negative
   * @return the option
   * @throws IllegalArgumentException if {@code name} is blank, {@code effectiveFraction} is outside
   *     (0, 1] or {@code annualCostPerGpu} is negative
   */
  public static NetworkOption of(
      String name, Bandwidth portSpeed, double effectiveFraction, CurrencyAmount annualCostPerGpu) {
    return new NetworkOption(name, portSpeed, effectiveFraction, annualCostPerGpu);
  }

  /**
   * Returns a copy with another effective-bandwidth fraction.
   *
   * @param fraction the new fraction, in (0, 1]
   * @return the new option
   * @throws IllegalArgumentException if {@code fraction} is outside (0, 1]
   */
  public NetworkOption withEffectiveFraction(double fraction) {
    return new NetworkOption(name, portSpeed, fraction, annualCostPerGpu);
  }

  /**
   * Returns a copy with another annual network cost per GPU.
   *
   * @param cost the new cost, not negative
   * @return the new option
   * @throws IllegalArgumentException if {@code cost} is negative
   */
  public NetworkOption withAnnualCostPerGpu(CurrencyAmount cost) {
    return new NetworkOption(name, portSpeed, effectiveFraction, cost);
  }

  @Override
  public Set<String> inputNames() {
    return INPUTS;
  }

  @Override
  public double input(String inputName) {
    return switch (Checks.knownInput(inputName, INPUTS, this)) {
      case PORT_SPEED -> portSpeed.gbps();
      case EFFECTIVE_FRACTION -> effectiveFraction;
      default -> annualCostPerGpu.amount();
    };
  }

  @Override
  public InputRule inputRule(String inputName) {
    return switch (Checks.knownInput(inputName, INPUTS, this)) {
      case PORT_SPEED -> InputRule.positive();
      case EFFECTIVE_FRACTION -> InputRule.fractionAboveZero();
      default -> InputRule.notNegative();
    };
  }

  @Override
  public NetworkOption withInput(String inputName, double value) {
    return switch (Checks.knownInput(inputName, INPUTS, this)) {
      case PORT_SPEED ->
          new NetworkOption(name, Bandwidth.ofGbps(value), effectiveFraction, annualCostPerGpu);
      case EFFECTIVE_FRACTION -> withEffectiveFraction(value);
      default ->
          withAnnualCostPerGpu(
              CurrencyAmount.of(annualCostPerGpu.currency(), Checks.finite(value, inputName)));
    };
  }

  /**
   * Returns a short form, such as {@code NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00
   * per GPU-year]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "NetworkOption["
        + name
        + ": "
        + portSpeed
        + " x "
        + Decimals.plain(effectiveFraction)
        + ", "
        + annualCostPerGpu
        + " per GPU-year]";
  }
}
