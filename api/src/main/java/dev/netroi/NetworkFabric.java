package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fabric a network option is built as, and how its capital cost becomes an annual cost: the
 * fabric's capex per GPU is spread straight-line over {@code lifeYears}, and a support contract
 * costs {@code annualSupportShare} of the capex each year.
 *
 * <p><b>Annual network cost per GPU from a fabric</b> = capex per GPU / life + support share x
 * capex per GPU. A scenario whose option has a fabric ({@link Scenario#fabric(OptionRole)}) takes
 * the option's annual cost from it instead of the option's stated {@code annualCostPerGpu}, and the
 * explanation of the cost says which source it used.
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code lifeYears}, {@code annualSupportShare} and the
 * design's ({@code oversubscription}, {@code switchPrice}, ...); in a scenario, the paths {@code
 * candidate.fabric.lifeYears}, {@code baseline.fabric.switchPrice}, and so on (the fabric is a part
 * of its {@link NetworkOption}).
 *
 * <p>Value-based, immutable and thread-safe.
 */
public final class NetworkFabric implements HasInputs<NetworkFabric>, Serializable {

  private static final long serialVersionUID = 2L;

  private static final String LIFE_YEARS = "lifeYears";
  private static final String ANNUAL_SUPPORT_SHARE = "annualSupportShare";

  /** The inputs of every fabric: its own two, the design's oversubscription and the prices'. */
  static final Set<String> NAMES =
      Set.of(
          LIFE_YEARS,
          ANNUAL_SUPPORT_SHARE,
          "oversubscription",
          "switchPrice",
          "opticPrice",
          "nicPrice",
          "cablePrice",
          "switchWatts",
          "opticWatts",
          "nicWatts");

  private final FabricDesign design;
  private final double lifeYears;
  private final double annualSupportShare;

  private NetworkFabric(FabricDesign design, double lifeYears, double annualSupportShare) {
    this.design = Checks.notNull(design, "design");
    this.lifeYears = Checks.positive(lifeYears, LIFE_YEARS);
    this.annualSupportShare =
        Checks.notNegative(annualSupportShare, ANNUAL_SUPPORT_SHARE) + 0.0; // no -0.0
  }

  /**
   * Obtains a fabric.
   *
   * @param design the fabric's design and prices
   * @param lifeYears the depreciation life in years, finite and positive
   * @param annualSupportShare the annual support cost as a share of capex, not negative
   * @return the fabric
   * @throws IllegalArgumentException if a number breaks its rule
   */
  public static NetworkFabric of(FabricDesign design, double lifeYears, double annualSupportShare) {
    return new NetworkFabric(design, lifeYears, annualSupportShare);
  }

  /**
   * Returns the fabric's design and prices.
   *
   * @return the design
   */
  public FabricDesign design() {
    return design;
  }

  /**
   * Returns the depreciation life in years.
   *
   * @return the life, finite and positive
   */
  public double lifeYears() {
    return lifeYears;
  }

  /**
   * Returns the annual support cost as a share of capex.
   *
   * @return the share, finite and not negative
   */
  public double annualSupportShare() {
    return annualSupportShare;
  }

  /**
   * Returns a copy with another design.
   *
   * @param newDesign the design and prices
   * @return the new fabric
   */
  public NetworkFabric withDesign(FabricDesign newDesign) {
    return new NetworkFabric(newDesign, lifeYears, annualSupportShare);
  }

  /**
   * Returns a copy with another depreciation life.
   *
   * @param years the life in years, finite and positive
   * @return the new fabric
   * @throws IllegalArgumentException if {@code years} is not positive or not finite
   */
  public NetworkFabric withLifeYears(double years) {
    return new NetworkFabric(design, years, annualSupportShare);
  }

  /**
   * Returns a copy with another annual support share.
   *
   * @param share the annual support cost as a share of capex, not negative
   * @return the new fabric
   * @throws IllegalArgumentException if {@code share} is negative or not finite
   */
  public NetworkFabric withAnnualSupportShare(double share) {
    return new NetworkFabric(design, lifeYears, share);
  }

  @Override
  public Set<String> inputNames() {
    return NAMES;
  }

  @Override
  public double input(String name) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case LIFE_YEARS -> lifeYears;
      case ANNUAL_SUPPORT_SHARE -> annualSupportShare;
      default -> design.input(name);
    };
  }

  @Override
  public InputRule inputRule(String name) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case LIFE_YEARS -> InputRule.positive();
      case ANNUAL_SUPPORT_SHARE -> InputRule.notNegative();
      default -> design.inputRule(name);
    };
  }

  @Override
  public NetworkFabric withInput(String name, double value) {
    return switch (Checks.knownInput(name, inputNames(), this)) {
      case LIFE_YEARS -> withLifeYears(value);
      case ANNUAL_SUPPORT_SHARE -> withAnnualSupportShare(value);
      default -> withDesign(design.withInput(name, value));
    };
  }

  /** Validates a deserialised fabric through the constructor. */
  private Object readResolve() {
    return new NetworkFabric(design, lifeYears, annualSupportShare);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof NetworkFabric other
        && design.equals(other.design)
        && Double.compare(lifeYears, other.lifeYears) == 0
        && Double.compare(annualSupportShare, other.annualSupportShare) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(design, lifeYears, annualSupportShare);
  }

  /**
   * Returns a short form, such as {@code NetworkFabric[FabricDesign[...], 5 years, support 0.1 of
   * capex a year]}.
   *
   * @return the short form
   */
  @Override
  public String toString() {
    return "NetworkFabric["
        + design
        + ", "
        + Decimals.plain(lifeYears)
        + " years, support "
        + Decimals.plain(annualSupportShare)
        + " of capex a year]";
  }
}
