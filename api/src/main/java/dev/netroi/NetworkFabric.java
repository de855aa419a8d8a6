package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Set;

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
 * candidateFabric.lifeYears}, {@code baselineFabric.switchPrice}, and so on.
 *
 * <p>Value-based, immutable and thread-safe.
 *
 * @param design the fabric's design and prices, not null
 * @param lifeYears the depreciation life in years, finite and positive
 * @param annualSupportShare the annual support cost as a share of capex, finite and not negative
 */
public record NetworkFabric(FabricDesign design, double lifeYears, double annualSupportShare)
    implements HasInputs<NetworkFabric>, Serializable {

  private static final long serialVersionUID = 1L;

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

  /**
   * Validates the components.
   *
   * @param design the fabric's design and prices, not null
   * @param lifeYears the depreciation life in years, finite and positive
   * @param annualSupportShare the annual support cost as a share of capex, not negative
   * @throws NullPointerException if {@code design} is null
   * @throws IllegalArgumentException if a number breaks its rule (the message names the field, the
   *     rule and the value)
   */
  public NetworkFabric {
    Checks.notNull(design, "design");
    Checks.positive(lifeYears, LIFE_YEARS);
    annualSupportShare = Checks.notNegative(annualSupportShare, ANNUAL_SUPPORT_SHARE) + 0.0;
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
      case LIFE_YEARS -> new NetworkFabric(design, value, annualSupportShare);
      case ANNUAL_SUPPORT_SHARE -> new NetworkFabric(design, lifeYears, value);
      default -> new NetworkFabric(design.withInput(name, value), lifeYears, annualSupportShare);
    };
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
