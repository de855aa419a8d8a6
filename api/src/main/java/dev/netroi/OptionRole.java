package dev.netroi;

import dev.netroi.internal.Checks;

/**
 * The two network options of a {@link Scenario}: the candidate (the option under evaluation) and
 * the baseline (the option it is compared with). A role names the option's part of the scenario and
 * its {@linkplain InputPath input paths}, so code written once serves both options.
 *
 * <pre>{@code
 * OptionRole.CANDIDATE.option(scenario);              // scenario.candidate()
 * OptionRole.BASELINE.path("effectiveFraction");      // baseline.effectiveFraction
 * }</pre>
 */
public enum OptionRole {
  /** The option under evaluation: {@link Scenario#candidate()}, paths {@code candidate.*}. */
  CANDIDATE("candidate"),
  /** The option compared with: {@link Scenario#baseline()}, paths {@code baseline.*}. */
  BASELINE("baseline");

  private final String head;

  OptionRole(String head) {
    this.head = head;
  }

  /**
   * Returns the head of the role's input paths, {@code "candidate"} or {@code "baseline"}.
   *
   * @return the head
   */
  public String head() {
    return head;
  }

  /**
   * Returns the option that plays this role in a scenario.
   *
   * @param scenario the scenario, not null
   * @return {@link Scenario#candidate()} or {@link Scenario#baseline()}
   */
  public NetworkOption option(Scenario scenario) {
    Checks.notNull(scenario, "scenario");
    return this == CANDIDATE ? scenario.candidate() : scenario.baseline();
  }

  /**
   * Returns the path of one of the option's inputs, such as {@code path("portSpeed")} for {@code
   * candidate.portSpeed}.
   *
   * @param inputName an input of {@link NetworkOption}, such as {@code "effectiveFraction"}
   * @return the path
   * @throws NullPointerException if {@code inputName} is null
   * @throws IllegalArgumentException if {@code inputName} is not a valid path segment
   */
  public InputPath path(String inputName) {
    return InputPath.of(head + "." + Checks.notNull(inputName, "inputName"));
  }

  /**
   * Returns the path of the option's effective-bandwidth fraction, {@code
   * candidate.effectiveFraction} or {@code baseline.effectiveFraction}.
   *
   * @return the path
   */
  public InputPath effectiveFraction() {
    return this == CANDIDATE
        ? InputPaths.CANDIDATE_EFFECTIVE_FRACTION
        : InputPaths.BASELINE_EFFECTIVE_FRACTION;
  }

  /**
   * Returns the head of the paths of the option's fabric, {@code "candidate.fabric"} or {@code
   * "baseline.fabric"}: the fabric is a part of its option ({@link NetworkOption#fabric()}).
   *
   * @return the head
   */
  public String fabricHead() {
    return head + ".fabric";
  }

  /**
   * Returns the path of one input of the option's fabric, such as {@code fabricPath("lifeYears")}
   * for {@code candidate.fabric.lifeYears}.
   *
   * @param inputName an input of {@link NetworkFabric}, such as {@code "switchPrice"}
   * @return the path
   * @throws NullPointerException if {@code inputName} is null
   * @throws IllegalArgumentException if {@code inputName} is not a valid path segment
   */
  public InputPath fabricPath(String inputName) {
    return InputPath.of(fabricHead() + "." + Checks.notNull(inputName, "inputName"));
  }
}
