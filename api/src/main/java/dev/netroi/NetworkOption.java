package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Currency;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A back-end network option for a GPU fleet, such as InfiniBand, traditional RoCE Ethernet or a
 * tuned AI Ethernet fabric: a port speed and an effective-bandwidth fraction, with <b>either</b> a
 * stated annual network cost per GPU <b>or</b> the {@linkplain NetworkFabric fabric} it is built
 * as, never both and never neither.
 *
 * <p>The <b>effective-bandwidth fraction</b> is the share of the port speed that an AI workload
 * gets under load (0.60 for traditional Ethernet and 0.95 for a tuned AI Ethernet fabric in the
 * reference analysis). <b>Effective bandwidth</b> = port speed x effective-bandwidth fraction. The
 * <b>annual network cost per GPU</b> is what the option costs per GPU per year: the stated amount
 * ({@link #stated}), or the fabric's capex made annual ({@link #ofFabric}, sized for the fleet by
 * {@code netroi-impl}). A fabric's NICs are the option's ports, so its {@link
 * FabricDesign#nicSpeed()} must equal the option's {@link #portSpeed()}; a mismatch is refused.
 *
 * <pre>{@code
 * NetworkOption stated = NetworkOption.stated("AI Ethernet", Bandwidth.ofGbps(800), 0.95,
 *     CurrencyAmount.parse("USD 3900"));
 * NetworkOption built = NetworkOption.ofFabric("AI Ethernet", Bandwidth.ofGbps(800), 0.95,
 *     NetworkFabric.of(FabricDesign.of(Bandwidth.ofGbps(800), 64, prices), 5, 0.10));
 * }</pre>
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code portSpeed} (Gb/s), {@code effectiveFraction} and
 * either {@code annualCostPerGpu} (an amount in the cost's currency) or the fabric's inputs under
 * {@code fabric.} ({@code fabric.lifeYears}, {@code fabric.switchPrice}, ...); in a scenario, the
 * paths {@code candidate.fabric.switchPrice} and so on ({@link OptionRole#fabricPath(String)}).
 * With a fabric, {@code portSpeed} accepts only the fabric's NIC speed.
 *
 * <p>{@code toString()} reads {@code NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00 per
 * GPU-year]}, or {@code NetworkOption[AI Ethernet: 800 Gb/s x 0.95, built as NetworkFabric[...]]}.
 * Value-based, immutable and thread-safe.
 */
public final class NetworkOption implements HasInputs<NetworkOption>, Serializable {

  private static final long serialVersionUID = 2L;

  private static final String PORT_SPEED = "portSpeed";
  private static final String EFFECTIVE_FRACTION = "effectiveFraction";
  private static final String ANNUAL_COST_PER_GPU = "annualCostPerGpu";

  /** The prefix of the fabric's inputs among the option's: {@code fabric.}. */
  static final String FABRIC = "fabric.";

  private static final Set<String> STATED_INPUTS =
      Set.of(PORT_SPEED, EFFECTIVE_FRACTION, ANNUAL_COST_PER_GPU);
  private static final Set<String> FABRIC_INPUTS = fabricInputs();

  /** Every input an option may have, stated or built as a fabric, for messages of a scenario. */
  static final Set<String> NAMES = allInputs();

  private static Set<String> fabricInputs() {
    Set<String> names = new HashSet<>();
    names.add(PORT_SPEED);
    names.add(EFFECTIVE_FRACTION);
    for (String name : NetworkFabric.NAMES) {
      names.add(FABRIC + name);
    }
    return Set.copyOf(names);
  }

  private static Set<String> allInputs() {
    Set<String> names = new HashSet<>(FABRIC_INPUTS);
    names.addAll(STATED_INPUTS);
    return Set.copyOf(names);
  }

  private final String name;
  private final Bandwidth portSpeed;
  private final double effectiveFraction;
  private final @Nullable CurrencyAmount annualCostPerGpu; // null: built as the fabric
  private final @Nullable NetworkFabric fabric; // null: the stated cost

  private NetworkOption(
      String name,
      Bandwidth portSpeed,
      double effectiveFraction,
      @Nullable CurrencyAmount annualCostPerGpu,
      @Nullable NetworkFabric fabric) {
    this.name = Checks.notBlank(name, "name");
    this.portSpeed = Checks.notNull(portSpeed, PORT_SPEED);
    this.effectiveFraction = Checks.fractionAboveZero(effectiveFraction, EFFECTIVE_FRACTION);
    if (fabric == null) {
      Checks.notNegative(
          Checks.notNull(annualCostPerGpu, ANNUAL_COST_PER_GPU).amount(), ANNUAL_COST_PER_GPU);
    } else {
      checkNicSpeed(fabric.design().nicSpeed(), portSpeed);
    }
    this.annualCostPerGpu = annualCostPerGpu;
    this.fabric = fabric;
  }

  /**
   * Refuses a fabric whose NICs do not run at the option's port speed; the one place that states
   * the rule and its message.
   */
  private static void checkNicSpeed(Bandwidth nicSpeed, Bandwidth portSpeed) {
    if (!matches(nicSpeed, portSpeed.gbps())) {
      throw new IllegalArgumentException(
          "fabric.nicSpeed "
              + nicSpeed
              + " must equal portSpeed "
              + portSpeed
              + " (the fabric's NICs are the option's ports)");
    }
  }

  private static boolean matches(Bandwidth nicSpeed, double portGbps) {
    return nicSpeed.gbps() == portGbps;
  }

  /**
   * Obtains an option with a stated annual network cost per GPU; the same as {@link #stated}.
   *
   * @param name a short name for reports, not blank
   * @param portSpeed the back-end port speed per GPU
   * @param effectiveFraction the effective-bandwidth fraction, in (0, 1]
   * @param annualCostPerGpu the annual network cost per GPU, not negative
   * @return the option
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank, {@code effectiveFraction} is outside
   *     (0, 1] or {@code annualCostPerGpu} is negative
   */
  public static NetworkOption of(
      String name, Bandwidth portSpeed, double effectiveFraction, CurrencyAmount annualCostPerGpu) {
    return stated(name, portSpeed, effectiveFraction, annualCostPerGpu);
  }

  /**
   * Obtains an option with a stated annual network cost per GPU.
   *
   * @param name a short name for reports, not blank
   * @param portSpeed the back-end port speed per GPU
   * @param effectiveFraction the effective-bandwidth fraction, in (0, 1]
   * @param annualCostPerGpu the annual network cost per GPU, not negative
   * @return the option
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank, {@code effectiveFraction} is outside
   *     (0, 1] or {@code annualCostPerGpu} is negative
   */
  public static NetworkOption stated(
      String name, Bandwidth portSpeed, double effectiveFraction, CurrencyAmount annualCostPerGpu) {
    return new NetworkOption(
        name,
        portSpeed,
        effectiveFraction,
        Checks.notNull(annualCostPerGpu, ANNUAL_COST_PER_GPU),
        null);
  }

  /**
   * Obtains an option built as a fabric, whose annual network cost is the fabric's capex made
   * annual.
   *
   * @param name a short name for reports, not blank
   * @param portSpeed the back-end port speed per GPU, equal to the fabric's NIC speed
   * @param effectiveFraction the effective-bandwidth fraction, in (0, 1]
   * @param fabric the fabric the option is built as
   * @return the option
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code name} is blank, {@code effectiveFraction} is outside
   *     (0, 1], or the fabric's NIC speed differs from {@code portSpeed} ({@code "fabric.nicSpeed
   *     400 Gb/s must equal portSpeed 800 Gb/s (the fabric's NICs are the option's ports)"})
   */
  public static NetworkOption ofFabric(
      String name, Bandwidth portSpeed, double effectiveFraction, NetworkFabric fabric) {
    return new NetworkOption(
        name, portSpeed, effectiveFraction, null, Checks.notNull(fabric, "fabric"));
  }

  /**
   * Returns the short name for reports.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the back-end port speed per GPU; with a fabric, its NIC speed.
   *
   * @return the port speed
   */
  public Bandwidth portSpeed() {
    return portSpeed;
  }

  /**
   * Returns the effective-bandwidth fraction.
   *
   * @return the fraction, in (0, 1]
   */
  public double effectiveFraction() {
    return effectiveFraction;
  }

  /**
   * Returns the stated annual network cost per GPU, if the option states one (it then has no
   * fabric).
   *
   * @return the stated cost, not negative, or empty for an option built as a fabric
   */
  public Optional<CurrencyAmount> statedAnnualCostPerGpu() {
    return Optional.ofNullable(annualCostPerGpu);
  }

  /**
   * Returns the fabric the option is built as, if it has one (it then states no cost).
   *
   * @return the fabric, or empty for an option with a stated cost
   */
  public Optional<NetworkFabric> fabric() {
    return Optional.ofNullable(fabric);
  }

  /**
   * Returns the currency of the option's money: its stated cost's, or its fabric's prices'.
   *
   * @return the currency
   */
  public Currency currency() {
    return fabric == null
        ? Objects.requireNonNull(annualCostPerGpu).currency()
        : fabric.design().prices().currency();
  }

  /**
   * Returns a copy with another name.
   *
   * @param newName the name, not blank
   * @return the new option
   * @throws IllegalArgumentException if {@code newName} is blank
   */
  public NetworkOption withName(String newName) {
    return new NetworkOption(newName, portSpeed, effectiveFraction, annualCostPerGpu, fabric);
  }

  /**
   * Returns a copy with another port speed; an option built as a fabric accepts only its fabric's
   * NIC speed.
   *
   * @param speed the new port speed
   * @return the new option
   * @throws IllegalArgumentException if the option has a fabric whose NIC speed differs
   */
  public NetworkOption withPortSpeed(Bandwidth speed) {
    return new NetworkOption(name, speed, effectiveFraction, annualCostPerGpu, fabric);
  }

  /**
   * Returns a copy with another effective-bandwidth fraction.
   *
   * @param fraction the new fraction, in (0, 1]
   * @return the new option
   * @throws IllegalArgumentException if {@code fraction} is outside (0, 1]
   */
  public NetworkOption withEffectiveFraction(double fraction) {
    return new NetworkOption(name, portSpeed, fraction, annualCostPerGpu, fabric);
  }

  /**
   * Returns a copy with a stated annual network cost per GPU, and no fabric.
   *
   * @param cost the new cost, not negative
   * @return the new option
   * @throws IllegalArgumentException if {@code cost} is negative
   */
  public NetworkOption withAnnualCostPerGpu(CurrencyAmount cost) {
    return new NetworkOption(
        name, portSpeed, effectiveFraction, Checks.notNull(cost, ANNUAL_COST_PER_GPU), null);
  }

  /**
   * Returns a copy built as a fabric, without a stated cost.
   *
   * @param newFabric the fabric, its NIC speed equal to this option's port speed
   * @return the new option
   * @throws IllegalArgumentException if the fabric's NIC speed differs from the port speed
   */
  public NetworkOption withFabric(NetworkFabric newFabric) {
    return new NetworkOption(
        name, portSpeed, effectiveFraction, null, Checks.notNull(newFabric, "fabric"));
  }

  @Override
  public Set<String> inputNames() {
    return fabric == null ? STATED_INPUTS : FABRIC_INPUTS;
  }

  @Override
  public double input(String inputName) {
    return switch (Checks.knownInput(inputName, inputNames(), this)) {
      case PORT_SPEED -> portSpeed.gbps();
      case EFFECTIVE_FRACTION -> effectiveFraction;
      case ANNUAL_COST_PER_GPU -> Objects.requireNonNull(annualCostPerGpu).amount();
      default -> Objects.requireNonNull(fabric).input(fabricInput(inputName));
    };
  }

  /**
   * Returns the values an input accepts; with a fabric, {@code portSpeed} accepts only the fabric's
   * NIC speed.
   *
   * @param inputName one of {@link #inputNames()}
   * @return the rule
   * @throws IllegalArgumentException if this option has no input of that name
   */
  @Override
  public InputRule inputRule(String inputName) {
    return switch (Checks.knownInput(inputName, inputNames(), this)) {
      case PORT_SPEED -> portSpeedRule();
      case EFFECTIVE_FRACTION -> InputRule.fractionAboveZero();
      case ANNUAL_COST_PER_GPU -> InputRule.notNegative();
      default -> Objects.requireNonNull(fabric).inputRule(fabricInput(inputName));
    };
  }

  private InputRule portSpeedRule() {
    if (fabric == null) {
      return InputRule.positive();
    }
    Bandwidth nicSpeed = fabric.design().nicSpeed();
    return InputRule.positive()
        .and(gbps -> matches(nicSpeed, gbps), "equal to fabric.nicSpeed " + nicSpeed);
  }

  @Override
  public NetworkOption withInput(String inputName, double value) {
    return switch (Checks.knownInput(inputName, inputNames(), this)) {
      case PORT_SPEED -> withPortSpeed(Bandwidth.ofGbps(value));
      case EFFECTIVE_FRACTION -> withEffectiveFraction(value);
      case ANNUAL_COST_PER_GPU ->
          withAnnualCostPerGpu(
              CurrencyAmount.of(
                  Objects.requireNonNull(annualCostPerGpu).currency(),
                  Checks.finite(value, inputName)));
      default ->
          withFabric(Objects.requireNonNull(fabric).withInput(fabricInput(inputName), value));
    };
  }

  private static String fabricInput(String inputName) {
    return inputName.substring(FABRIC.length());
  }

  /** Validates a deserialised option through the constructor. */
  private Object readResolve() {
    return new NetworkOption(name, portSpeed, effectiveFraction, annualCostPerGpu, fabric);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof NetworkOption other
        && name.equals(other.name)
        && portSpeed.equals(other.portSpeed)
        && Double.compare(effectiveFraction, other.effectiveFraction) == 0
        && Objects.equals(annualCostPerGpu, other.annualCostPerGpu)
        && Objects.equals(fabric, other.fabric);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, portSpeed, effectiveFraction, annualCostPerGpu, fabric);
  }

  /**
   * Returns a short form, such as {@code NetworkOption[AI Ethernet: 800 Gb/s x 0.95, USD 3900.00
   * per GPU-year]} or {@code NetworkOption[AI Ethernet: 800 Gb/s x 0.95, built as
   * NetworkFabric[...]]}.
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
        + (fabric == null ? annualCostPerGpu + " per GPU-year" : "built as " + fabric)
        + "]";
  }
}
