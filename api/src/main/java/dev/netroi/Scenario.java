package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One question to netroi: a GPU fleet, a candidate network option compared with a baseline option,
 * a pricing model for the fleet's GPU time, a year basis, and optionally market facts and a
 * throughput model.
 *
 * <p><b>Value uplift</b> of the candidate over the baseline = realised annual value (candidate) -
 * realised annual value (baseline). All money in a scenario is in one currency; a scenario that
 * mixes currencies is refused with {@link CurrencyMismatchException} naming the field. Either
 * option may be built as a {@linkplain NetworkOption#fabric() fabric}, whose capex then gives its
 * annual network cost. A throughput model whose workload has a collective over more ranks than
 * {@code fleet.count} is refused: {@code "throughputModel collective 1 (all-reduce over 65536
 * ranks) needs fleet.count >= 65536 but was 8"}.
 *
 * <pre>{@code
 * Scenario s = Scenario.builder()
 *     .fleet(GpuFleet.of("H100", 1024, CurrencyAmount.parse("USD 30000")))
 *     .candidate(NetworkOption.of("AI Ethernet", Bandwidth.ofGbps(800), 0.95, CurrencyAmount.parse("USD 3900")))
 *     .baseline(NetworkOption.of("Ethernet", Bandwidth.ofGbps(800), 0.60, CurrencyAmount.parse("USD 3900")))
 *     .pricing(PricingModel.perGpuMinute(CurrencyAmount.parse("USD 0.27")))
 *     .build();
 * }</pre>
 *
 * <p>Every numeric input has a stable {@link InputPath} ({@link InputPaths} lists the built-in
 * ones): {@link #valueAt(InputPath)} reads one, {@link #with(InputPath, double)} returns a copy
 * with one replaced, {@link #inputPaths()} lists those this scenario has.
 *
 * <pre>{@code
 * double fraction = s.valueAt("candidate.effectiveFraction");        // 0.95
 * Scenario slower = s.with("candidate.effectiveFraction", 0.9);
 * }</pre>
 *
 * <p>Value-based, immutable and thread-safe.
 */
public final class Scenario implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final GpuFleet fleet;
  private final NetworkOption candidate;
  private final NetworkOption baseline;
  private final PricingModel pricing;
  private final YearBasis yearBasis;
  private final @Nullable MarketSnapshot market;
  private final @Nullable ThroughputModel throughputModel; // null: the linear reference model
  private final @Nullable Lifetime lifetime; // null: no lifetime measures

  private Scenario(Builder b) {
    this.name = Checks.notBlank(b.name, "name");
    GpuFleet fleet = Checks.requireSet(b.fleet, "Scenario.fleet");
    NetworkOption candidate = Checks.requireSet(b.candidate, "Scenario.candidate");
    NetworkOption baseline = Checks.requireSet(b.baseline, "Scenario.baseline");
    PricingModel pricing = Checks.requireSet(b.pricing, "Scenario.pricing");
    MarketSnapshot market = b.market;
    Currency currency = fleet.unitPrice().currency();
    checkCurrency(currency, candidate, OptionRole.CANDIDATE);
    checkCurrency(currency, baseline, OptionRole.BASELINE);
    checkCurrency(currency, pricing.price().currency(), "pricing.price");
    if (market != null) {
      checkCurrency(currency, market.networkRunRate().currency(), "market.networkRunRate");
    }
    if (b.lifetime != null) {
      checkCurrency(currency, b.lifetime.currency(), "lifetime.electricityPricePerKwh");
    }
    this.fleet = fleet;
    this.candidate = candidate;
    this.baseline = baseline;
    this.pricing = pricing;
    this.yearBasis = Checks.notNull(b.yearBasis, "yearBasis");
    this.market = market;
    this.throughputModel = b.throughputModel;
    if (throughputModel != null) {
      checkGroups(throughputModel, fleet.count());
    }
    this.lifetime = b.lifetime;
  }

  private static void checkCurrency(Currency expected, NetworkOption option, OptionRole role) {
    checkCurrency(
        expected,
        option.currency(),
        option.fabric().isPresent()
            ? role.fabricHead() + ".prices"
            : role.path("annualCostPerGpu").toString());
  }

  /**
   * Refuses a throughput model with a collective over more ranks than the fleet has GPUs, naming
   * the collective with the largest group.
   */
  private static void checkGroups(ThroughputModel model, long gpus) {
    List<Collective> collectives = model.collectives();
    int largest = -1;
    for (int i = 0; i < collectives.size(); i++) {
      if (largest < 0 || collectives.get(i).groupSize() > collectives.get(largest).groupSize()) {
        largest = i;
      }
    }
    if (largest >= 0 && collectives.get(largest).groupSize() > gpus) {
      Collective c = collectives.get(largest);
      throw new IllegalArgumentException(
          "throughputModel collective "
              + (largest + 1)
              + " ("
              + c.kind().label()
              + " over "
              + c.groupSize()
              + " ranks) needs "
              + InputPaths.FLEET_COUNT
              + " >= "
              + c.groupSize()
              + " but was "
              + gpus);
    }
  }

  /** The largest group of the model's collectives, or 1 when it has none. */
  private static int largestGroup(@Nullable ThroughputModel model) {
    int largest = 1;
    if (model != null) {
      for (Collective c : model.collectives()) {
        largest = Math.max(largest, c.groupSize());
      }
    }
    return largest;
  }

  private static void checkCurrency(Currency expected, Currency actual, String field) {
    if (!expected.equals(actual)) {
      throw new CurrencyMismatchException(expected, actual, field + " vs fleet.unitPrice");
    }
  }

  /**
   * Returns a new builder with name {@code "scenario"} and the 365-day year.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a scenario with the default name, the 365-day year, no market facts and the linear
   * reference throughput model.
   *
   * @param fleet the GPU fleet
   * @param candidate the network option under study
   * @param baseline the network option it is compared with
   * @param pricing how the fleet's GPU time is priced
   * @return the scenario
   * @throws CurrencyMismatchException if the amounts are not all in one currency
   */
  public static Scenario of(
      GpuFleet fleet, NetworkOption candidate, NetworkOption baseline, PricingModel pricing) {
    return builder().fleet(fleet).candidate(candidate).baseline(baseline).pricing(pricing).build();
  }

  /**
   * Returns a builder holding the fields of this scenario, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.fleet = fleet;
    b.candidate = candidate;
    b.baseline = baseline;
    b.pricing = pricing;
    b.yearBasis = yearBasis;
    b.market = market;
    b.throughputModel = throughputModel;
    b.lifetime = lifetime;
    return b;
  }

  /**
   * Returns a copy with another name.
   *
   * @param newName the name, not blank
   * @return the new scenario
   */
  public Scenario withName(String newName) {
    return toBuilder().name(newName).build();
  }

  /**
   * Returns a copy with another pricing model.
   *
   * @param newPricing the pricing model, in the scenario's currency
   * @return the new scenario
   * @throws CurrencyMismatchException if the currency differs
   */
  public Scenario withPricing(PricingModel newPricing) {
    return toBuilder().pricing(newPricing).build();
  }

  /**
   * Returns the scenario's name, used as a row label in reports and grids.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the GPU fleet.
   *
   * @return the fleet
   */
  public GpuFleet fleet() {
    return fleet;
  }

  /**
   * Returns the network option under study ("A").
   *
   * @return the candidate
   */
  public NetworkOption candidate() {
    return candidate;
  }

  /**
   * Returns the network option the candidate is compared with ("B").
   *
   * @return the baseline
   */
  public NetworkOption baseline() {
    return baseline;
  }

  /**
   * Returns how the fleet's GPU time is priced.
   *
   * @return the pricing model
   */
  public PricingModel pricing() {
    return pricing;
  }

  /**
   * Returns the year basis used to annualise prices.
   *
   * @return the year basis, {@link YearBasis#DAYS_365} unless set
   */
  public YearBasis yearBasis() {
    return yearBasis;
  }

  /**
   * Returns the market facts, if the scenario has them.
   *
   * @return the market snapshot, or empty
   */
  public Optional<MarketSnapshot> market() {
    return Optional.ofNullable(market);
  }

  /**
   * Returns the throughput model, if the scenario names one; when empty, calculators use the linear
   * reference model.
   *
   * @return the throughput model, or empty
   */
  public Optional<ThroughputModel> throughputModel() {
    return Optional.ofNullable(throughputModel);
  }

  /**
   * Returns the fabric of the option that plays a role, if that option is built as one ({@link
   * NetworkOption#fabric()}): the option's annual network cost then comes from the fabric's capex
   * ({@link NetworkFabric}); otherwise the option states its cost.
   *
   * @param role the candidate or the baseline
   * @return the fabric, or empty
   */
  public Optional<NetworkFabric> fabric(OptionRole role) {
    return Checks.notNull(role, "role").option(this).fabric();
  }

  /**
   * Returns the lifetime terms, if the scenario has them: the horizon, discount rate, depreciation,
   * power and hosting that the lifetime measures (TCO, NPV, IRR, payback, break-evens) need.
   *
   * @return the terms, or empty
   */
  public Optional<Lifetime> lifetime() {
    return Optional.ofNullable(lifetime);
  }

  /**
   * Returns the currency of every amount in this scenario.
   *
   * @return the currency
   */
  public Currency currency() {
    return fleet.unitPrice().currency();
  }

  /**
   * Returns the value of one numeric input, such as {@code valueAt(InputPaths.FLEET_COUNT)}: money
   * as an amount in the scenario's currency, bandwidth in Gb/s, counts as whole-valued doubles.
   *
   * @param path one of {@link #inputPaths()}
   * @return the input's value
   * @throws UnknownInputPathException if this scenario has no such input; the message lists those
   *     it has
   */
  public double valueAt(InputPath path) {
    Part<?> part = partOf(path);
    return part.present(this).input(path.relativeName());
  }

  /**
   * Returns the value of one numeric input, such as {@code valueAt("candidate.effectiveFraction")}.
   *
   * @param path the name of one of {@link #inputPaths()}
   * @return the input's value
   * @throws IllegalArgumentException if {@code path} is not a valid path name
   * @throws UnknownInputPathException if this scenario has no such input
   */
  public double valueAt(String path) {
    return valueAt(InputPath.of(path));
  }

  /**
   * Returns a copy of this scenario with one numeric input replaced; the value goes through the
   * factory of the value that holds it, so a value that breaks a rule fails with its usual message,
   * such as {@code "effectiveFraction must be in (0, 1] but was 1.3"}.
   *
   * @param path one of {@link #inputPaths()}
   * @param value the new value, finite, in the unit {@link #valueAt(InputPath)} returns; a whole
   *     number for a count
   * @return the new scenario
   * @throws UnknownInputPathException if this scenario has no such input
   * @throws IllegalArgumentException if the value is NaN, infinite, not whole for a count ({@code
   *     "fleet.count must be a whole number but was 2.5"}) or breaks a rule of the value
   */
  public Scenario with(InputPath path, double value) {
    Part<?> part = partOf(path);
    String name = path.relativeName();
    Checks.finite(value, path.toString());
    if (part.present(this).isWholeNumber(name)) {
      Checks.wholeNumber(value, path.toString());
    }
    Builder builder = toBuilder();
    try {
      part.set(builder, this, name, value);
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw named(path, e);
    }
  }

  /**
   * A value's refusal, with the input named by its path in the scenario: a value names its own
   * fields ({@code effectiveFraction must be in (0, 1]}, {@code gbps must be positive} from the
   * bandwidth inside), which a scenario of two options cannot tell apart.
   */
  private static IllegalArgumentException named(InputPath path, IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    String full = path.toString();
    if (message.contains(full)) {
      return e; // the value or the scenario already names it
    }
    String renamed;
    if (message.startsWith(path.relativeName() + " ")) {
      renamed = path.head() + "." + message;
    } else if (message.matches("[a-z][A-Za-z0-9]* must .*")) {
      renamed = full + message.substring(message.indexOf(' '));
    } else {
      renamed = full + ": " + message;
    }
    IllegalArgumentException named = new IllegalArgumentException(renamed, e.getCause());
    named.setStackTrace(e.getStackTrace());
    return named;
  }

  /**
   * Returns the rule a new value of one input must satisfy: the predicate accepts exactly the
   * values for which {@link #with(InputPath, double)} succeeds (finite, whole for a count, and
   * within the rules of the value that holds the input, and of the scenario: with a collective
   * throughput model, {@code fleet.count} accepts only counts of at least the largest collective
   * group; with a fabric, an option's {@code portSpeed} accepts only the fabric's NIC speed). The
   * engine's batch path checks each row with it.
   *
   * @param path one of {@link #inputPaths()}
   * @return the rule, a stateless, thread-safe predicate
   * @throws UnknownInputPathException if this scenario has no such input
   */
  public InputRule inputRule(InputPath path) {
    HasInputs<?> inputs = partOf(path).present(this);
    String name = path.relativeName();
    InputRule rule = inputs.inputRule(name);
    int largestGroup = largestGroup(throughputModel);
    if (path.equals(InputPaths.FLEET_COUNT) && largestGroup > 1) {
      rule =
          rule.and(
              count -> count >= largestGroup,
              "at least the largest collective group of the throughput model, " + largestGroup);
    }
    return inputs.isWholeNumber(name) ? rule.wholeNumbers() : rule;
  }

  /**
   * Returns a copy of this scenario with one numeric input replaced, such as {@code
   * with("candidate.effectiveFraction", 0.9)}.
   *
   * @param path the name of one of {@link #inputPaths()}
   * @param value the new value, finite, in the unit {@link #valueAt(String)} returns
   * @return the new scenario
   * @throws UnknownInputPathException if this scenario has no such input
   * @throws IllegalArgumentException if {@code path} is not a valid path name, or the value is not
   *     finite, not whole for a count or breaks a rule of the value
   */
  public Scenario with(String path, double value) {
    return with(InputPath.of(path), value);
  }

  /**
   * Returns the paths of the numeric inputs this scenario has: the built-in ones that apply (no
   * {@code market.*} paths without market facts, {@code fleet.soldUtilisation} only when the fleet
   * has one, ...) and those of a plug-in throughput model.
   *
   * @return the paths, an unmodifiable set sorted by name
   */
  public SortedSet<InputPath> inputPaths() {
    SortedSet<InputPath> paths = new TreeSet<>();
    for (Part<?> part : PARTS) {
      HasInputs<?> inputs = part.inputs(this);
      if (inputs != null) {
        for (String inputName : inputs.inputNames()) {
          paths.add(InputPath.of(part.head() + "." + inputName));
        }
      }
    }
    return Collections.unmodifiableSortedSet(paths);
  }

  private Part<?> partOf(InputPath path) {
    Part<?> part = PARTS_BY_HEAD.get(Checks.notNull(path, "path").head());
    HasInputs<?> inputs = part == null ? null : part.inputs(this);
    if (inputs != null && inputs.inputNames().contains(path.relativeName())) {
      return Objects.requireNonNull(part);
    }
    String reason = "";
    boolean builtIn =
        InputPaths.all().contains(path)
            || (part != null && part.names().contains(path.relativeName()));
    if (part != null && builtIn) {
      reason =
          inputs == null
              ? "scenario '" + name + "' has no " + part.noun()
              : "the "
                  + part.noun()
                  + " of scenario '"
                  + name
                  + "' has no input '"
                  + path.relativeName()
                  + "' ("
                  + inputs
                  + ")";
    }
    throw new UnknownInputPathException(path, name, inputPaths(), reason);
  }

  /**
   * A part of a scenario that has inputs: the head of its paths, a noun for messages, how to read
   * it from a scenario (null when the scenario has none) and how to put a changed one into a
   * builder. A new part is one more entry of {@link #PARTS}; a new input of a part needs no change
   * to this class. {@code names} are the inputs every value of the part has, for a part whose paths
   * are not constants of {@link InputPaths}, so that such a path says "does not apply" when the
   * scenario has no value of the part.
   */
  private record Part<T extends HasInputs<T>>(
      String head,
      String noun,
      Function<Scenario, @Nullable T> get,
      BiConsumer<Builder, T> put,
      Set<String> names) {

    Part(
        String head, String noun, Function<Scenario, @Nullable T> get, BiConsumer<Builder, T> put) {
      this(head, noun, get, put, Set.of());
    }

    /** The part's value in {@code s}, or null when {@code s} has none. */
    @Nullable HasInputs<?> inputs(Scenario s) {
      return get.apply(s);
    }

    /** The part's value in {@code s}, which has one. */
    HasInputs<?> present(Scenario s) {
      return Checks.notNull(get.apply(s), head);
    }

    /** Puts the part of {@code s} with one input replaced into {@code b}. */
    void set(Builder b, Scenario s, String name, double value) {
      put.accept(b, Checks.notNull(get.apply(s), head).withInput(name, value));
    }
  }

  private static final List<Part<?>> PARTS =
      List.of(
          new Part<GpuFleet>("fleet", "fleet", s -> s.fleet, Builder::fleet),
          new Part<NetworkOption>(
              "candidate",
              "candidate option",
              s -> s.candidate,
              Builder::candidate,
              NetworkOption.NAMES),
          new Part<NetworkOption>(
              "baseline",
              "baseline option",
              s -> s.baseline,
              Builder::baseline,
              NetworkOption.NAMES),
          new Part<PricingModel>("pricing", "pricing model", s -> s.pricing, Builder::pricing),
          new Part<YearBasis>("yearBasis", "year basis", s -> s.yearBasis, Builder::yearBasis),
          new Part<MarketSnapshot>("market", "market snapshot", s -> s.market, Builder::market),
          new Part<ThroughputModel>(
              "throughputModel",
              "throughput model",
              s -> s.throughputModel,
              Builder::throughputModel),
          new Part<Lifetime>(
              "lifetime", "lifetime terms", s -> s.lifetime, Builder::lifetime, Lifetime.NAMES));

  private static final Map<String, Part<?>> PARTS_BY_HEAD = partsByHead();

  private static Map<String, Part<?>> partsByHead() {
    Map<String, Part<?>> byHead = new HashMap<>();
    for (Part<?> part : PARTS) {
      byHead.put(part.head(), part);
    }
    return Map.copyOf(byHead);
  }

  /** Validates a deserialised scenario (currencies included) through the builder. */
  private Object readResolve() {
    return toBuilder().build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Scenario other
        && name.equals(other.name)
        && fleet.equals(other.fleet)
        && candidate.equals(other.candidate)
        && baseline.equals(other.baseline)
        && pricing.equals(other.pricing)
        && yearBasis.equals(other.yearBasis)
        && Objects.equals(market, other.market)
        && Objects.equals(throughputModel, other.throughputModel)
        && Objects.equals(lifetime, other.lifetime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, fleet, candidate, baseline, pricing, yearBasis, market, throughputModel, lifetime);
  }

  @Override
  public String toString() {
    return "Scenario["
        + name
        + ": "
        + fleet
        + ", candidate "
        + candidate
        + ", baseline "
        + baseline
        + ", "
        + pricing
        + ", "
        + yearBasis
        + (market == null ? "" : ", " + market)
        + (throughputModel == null ? "" : ", throughput " + throughputModel.name())
        + (lifetime == null ? "" : ", " + lifetime)
        + "]";
  }

  /**
   * A builder of {@link Scenario}. Not thread-safe. {@link #build()} fails with {@link
   * IllegalStateException} naming a required field that was not set (fleet, candidate, baseline,
   * pricing).
   */
  public static final class Builder {
    private String name = "scenario";
    private @Nullable GpuFleet fleet;
    private @Nullable NetworkOption candidate;
    private @Nullable NetworkOption baseline;
    private @Nullable PricingModel pricing;
    private YearBasis yearBasis = YearBasis.DAYS_365;
    private @Nullable MarketSnapshot market;
    private @Nullable ThroughputModel throughputModel;
    private @Nullable Lifetime lifetime;

    private Builder() {}

    /**
     * Sets the name used as a row label.
     *
     * @param value the name, not blank
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Checks.notBlank(value, "name");
      return this;
    }

    /**
     * Sets the GPU fleet (required).
     *
     * @param value the fleet
     * @return this builder
     */
    public Builder fleet(GpuFleet value) {
      this.fleet = Checks.notNull(value, "fleet");
      return this;
    }

    /**
     * Sets the network option under study (required).
     *
     * @param value the candidate option
     * @return this builder
     */
    public Builder candidate(NetworkOption value) {
      this.candidate = Checks.notNull(value, "candidate");
      return this;
    }

    /**
     * Sets the network option the candidate is compared with (required).
     *
     * @param value the baseline option
     * @return this builder
     */
    public Builder baseline(NetworkOption value) {
      this.baseline = Checks.notNull(value, "baseline");
      return this;
    }

    /**
     * Sets how the fleet's GPU time is priced (required).
     *
     * @param value the pricing model
     * @return this builder
     */
    public Builder pricing(PricingModel value) {
      this.pricing = Checks.notNull(value, "pricing");
      return this;
    }

    /**
     * Sets the year basis; the default is {@link YearBasis#DAYS_365}.
     *
     * @param value the year basis
     * @return this builder
     */
    public Builder yearBasis(YearBasis value) {
      this.yearBasis = Checks.notNull(value, "yearBasis");
      return this;
    }

    /**
     * Sets the market facts for the network-cost-per-GPU analysis.
     *
     * @param value the market snapshot
     * @return this builder
     */
    public Builder market(MarketSnapshot value) {
      this.market = Checks.notNull(value, "market");
      return this;
    }

    /**
     * Sets the throughput model; without one, the linear reference model is used.
     *
     * @param value the throughput model
     * @return this builder
     */
    public Builder throughputModel(ThroughputModel value) {
      this.throughputModel = Checks.notNull(value, "throughputModel");
      return this;
    }

    /**
     * Sets the lifetime terms, which give the scenario its lifetime measures (TCO, cash flows, NPV,
     * IRR, payback, break-evens).
     *
     * @param value the terms, their prices in the scenario's currency
     * @return this builder
     */
    public Builder lifetime(Lifetime value) {
      this.lifetime = Checks.notNull(value, "lifetime");
      return this;
    }

    /**
     * Builds the scenario.
     *
     * @return the scenario
     * @throws IllegalStateException if a required field was not set
     * @throws CurrencyMismatchException if the amounts are not all in one currency
     */
    public Scenario build() {
      return new Scenario(this);
    }
  }
}
