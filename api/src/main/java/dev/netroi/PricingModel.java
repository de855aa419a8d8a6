package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the GPU time of the fleet is priced: per unit of GPU time ({@link PerGpuTime}) or per million
 * tokens served ({@link PerMillionTokens}).
 *
 * <p><b>Theoretical annual value per GPU</b> = price per GPU-time unit x units in a year. A
 * per-token price is worth nothing without a throughput, so {@link PerMillionTokens} requires the
 * tokens per second that one GPU sustains.
 *
 * <p>The reference analysis read public prices <em>per million tokens</em> ($0.27 for mixtral-8x7b)
 * as prices <em>per GPU-minute</em>. {@link #perGpuMinuteFromTokenPrice} models exactly that
 * reading and keeps the original token price, so that the implied throughput (1,000,000 tokens a
 * minute, 16,667 tokens/s per GPU) can be shown next to the figures.
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code price} (an amount per the model's unit) and,
 * where the model has them, {@code tokensPerSecondPerGpu} ({@link PerMillionTokens}) and {@code
 * tokenPriceOrigin} (a {@link PerGpuTime} price read from a token price).
 *
 * <p>All implementations are value-based, immutable and thread-safe.
 */
public sealed interface PricingModel extends HasInputs<PricingModel>, Serializable
    permits PricingModel.PerGpuTime, PricingModel.PerMillionTokens {

  /**
   * Returns the quoted price, per GPU-time unit or per million tokens.
   *
   * @return the price, not negative
   */
  CurrencyAmount price();

  /**
   * Obtains a price per GPU-minute.
   *
   * @param price the price of one GPU for one minute, not negative
   * @return the pricing model
   * @throws IllegalArgumentException if {@code price} is negative
   */
  static PerGpuTime perGpuMinute(CurrencyAmount price) {
    return new PerGpuTime(price, GpuTimeUnit.MINUTE, null);
  }

  /**
   * Obtains a price per GPU-hour.
   *
   * @param price the price of one GPU for one hour, not negative
   * @return the pricing model
   * @throws IllegalArgumentException if {@code price} is negative
   */
  static PerGpuTime perGpuHour(CurrencyAmount price) {
    return new PerGpuTime(price, GpuTimeUnit.HOUR, null);
  }

  /**
   * Obtains the reference analysis's reading of a per-million-token price: the same number used as
   * a price per GPU-minute. The token price is kept, so the implied throughput can be shown.
   *
   * @param pricePerMillionTokens the public price per million tokens, positive
   * @return a per-GPU-minute model whose price equals {@code pricePerMillionTokens}
   * @throws IllegalArgumentException if the price is zero or negative
   */
  static PerGpuTime perGpuMinuteFromTokenPrice(CurrencyAmount pricePerMillionTokens) {
    return new PerGpuTime(pricePerMillionTokens, GpuTimeUnit.MINUTE, pricePerMillionTokens);
  }

  /**
   * Obtains a price per million tokens with the throughput that one GPU sustains.
   *
   * @param price the price per million tokens, not negative
   * @param tokensPerSecondPerGpu the sustained output of one GPU, finite and positive
   * @return the pricing model
   * @throws IllegalArgumentException if the price is negative or the throughput is not finite and
   *     positive
   */
  static PerMillionTokens perMillionTokens(CurrencyAmount price, double tokensPerSecondPerGpu) {
    return new PerMillionTokens(price, tokensPerSecondPerGpu);
  }

  /**
   * A price per unit of GPU time, optionally derived from a price per million tokens.
   *
   * <p>{@code toString()} reads {@code PerGpuTime[USD 0.27 per GPU-minute]} or {@code
   * PerGpuTime[USD 0.27 per GPU-minute, from USD 0.27 per million tokens]}.
   */
  final class PerGpuTime implements PricingModel {

    private static final long serialVersionUID = 1L;

    private static final String PRICE = "price";
    private static final String TOKEN_PRICE_ORIGIN = "tokenPriceOrigin";

    /** The head of a pricing model's paths in a scenario, which its messages name. */
    private static final String HEAD = "pricing.";

    private static final Set<String> INPUTS = Set.of(PRICE);
    private static final Set<String> INPUTS_WITH_ORIGIN = Set.of(PRICE, TOKEN_PRICE_ORIGIN);

    private final CurrencyAmount price;
    private final GpuTimeUnit unit;
    private final @Nullable CurrencyAmount tokenPrice; // null when not derived from a token price

    private PerGpuTime(
        CurrencyAmount price, GpuTimeUnit unit, @Nullable CurrencyAmount tokenPrice) {
      this.price = Checks.notNull(price, HEAD + PRICE);
      Checks.notNegative(price.amount(), HEAD + PRICE);
      this.unit = Checks.notNull(unit, "unit");
      if (tokenPrice != null) {
        Checks.positive(tokenPrice.amount(), HEAD + TOKEN_PRICE_ORIGIN);
        if (!tokenPrice.currency().equals(price.currency())) {
          throw new CurrencyMismatchException(
              price.currency(), tokenPrice.currency(), HEAD + TOKEN_PRICE_ORIGIN);
        }
      }
      this.tokenPrice = tokenPrice;
    }

    /**
     * Obtains a price per unit of GPU time.
     *
     * @param price the price of one GPU for one {@code unit}, not negative
     * @param unit the GPU-time unit, not null
     * @return the pricing model
     * @throws IllegalArgumentException if {@code price} is negative
     */
    public static PerGpuTime of(CurrencyAmount price, GpuTimeUnit unit) {
      return new PerGpuTime(price, unit, null);
    }

    /**
     * Returns a copy with another price per unit of GPU time, the unit and the token-price origin
     * unchanged.
     *
     * @param newPrice the price of one GPU for one {@link #unit()}, not negative, in the currency
     *     of the token-price origin if there is one
     * @return the new pricing model
     * @throws IllegalArgumentException if {@code newPrice} is negative
     * @throws CurrencyMismatchException if the currency differs from the token-price origin's
     */
    public PerGpuTime withPrice(CurrencyAmount newPrice) {
      return new PerGpuTime(newPrice, unit, tokenPrice);
    }

    /**
     * Returns a copy that records the per-million-token price this price was derived from.
     *
     * @param pricePerMillionTokens the token price, positive and in the same currency
     * @return the new pricing model
     * @throws IllegalArgumentException if the token price is not positive
     * @throws CurrencyMismatchException if the currencies differ
     */
    public PerGpuTime withTokenPriceOrigin(CurrencyAmount pricePerMillionTokens) {
      return new PerGpuTime(
          price, unit, Checks.notNull(pricePerMillionTokens, HEAD + TOKEN_PRICE_ORIGIN));
    }

    @Override
    public CurrencyAmount price() {
      return price;
    }

    /**
     * Returns the GPU-time unit the price is quoted per.
     *
     * @return the unit
     */
    public GpuTimeUnit unit() {
      return unit;
    }

    /**
     * Returns the per-million-token price this price was derived from, if any.
     *
     * @return the token price, or empty for a genuine GPU-time price
     */
    public Optional<CurrencyAmount> tokenPriceOrigin() {
      return Optional.ofNullable(tokenPrice);
    }

    @Override
    public Set<String> inputNames() {
      return tokenPrice == null ? INPUTS : INPUTS_WITH_ORIGIN;
    }

    @Override
    public double input(String name) {
      Checks.knownInput(name, inputNames(), this);
      return name.equals(PRICE)
          ? price.amount()
          : Checks.notNull(tokenPrice, TOKEN_PRICE_ORIGIN).amount();
    }

    @Override
    public InputRule inputRule(String name) {
      Checks.knownInput(name, inputNames(), this);
      return name.equals(PRICE) ? InputRule.notNegative() : InputRule.positive();
    }

    @Override
    public PerGpuTime withInput(String name, double value) {
      Checks.knownInput(name, inputNames(), this);
      CurrencyAmount amount =
          CurrencyAmount.of(price.currency(), Checks.finite(value, HEAD + name));
      return name.equals(PRICE)
          ? new PerGpuTime(amount, unit, tokenPrice)
          : new PerGpuTime(price, unit, amount);
    }

    /** Validates a deserialised price through the constructor. */
    private Object readResolve() {
      return new PerGpuTime(price, unit, tokenPrice);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof PerGpuTime other
          && price.equals(other.price)
          && unit == other.unit
          && Objects.equals(tokenPrice, other.tokenPrice);
    }

    @Override
    public int hashCode() {
      return Objects.hash(price, unit, tokenPrice);
    }

    @Override
    public String toString() {
      return "PerGpuTime["
          + price
          + " per "
          + unit.label()
          + (tokenPrice == null ? "" : ", from " + tokenPrice + " per million tokens")
          + "]";
    }
  }

  /**
   * A price per million tokens served, with the tokens per second that one GPU sustains.
   *
   * <p>{@code toString()} reads {@code PerMillionTokens[USD 0.27 per million tokens at 2500
   * tokens/s per GPU]}.
   *
   * @param price the price per million tokens, not negative
   * @param tokensPerSecondPerGpu the sustained output of one GPU, finite and positive
   */
  record PerMillionTokens(CurrencyAmount price, double tokensPerSecondPerGpu)
      implements PricingModel {

    private static final long serialVersionUID = 1L;

    private static final String PRICE = "price";
    private static final String TOKENS_PER_SECOND_PER_GPU = "tokensPerSecondPerGpu";

    /** The head of a pricing model's paths in a scenario, which its messages name. */
    private static final String HEAD = "pricing.";

    private static final Set<String> INPUTS = Set.of(PRICE, TOKENS_PER_SECOND_PER_GPU);

    /**
     * Validates the components.
     *
     * @param price the price per million tokens, not negative
     * @param tokensPerSecondPerGpu the sustained output of one GPU, finite and positive
     * @throws IllegalArgumentException if the price is negative or the throughput is not finite and
     *     positive
     */
    public PerMillionTokens {
      Checks.notNull(price, HEAD + PRICE);
      Checks.notNegative(price.amount(), HEAD + PRICE);
      Checks.positive(tokensPerSecondPerGpu, HEAD + TOKENS_PER_SECOND_PER_GPU);
    }

    @Override
    public Set<String> inputNames() {
      return INPUTS;
    }

    @Override
    public double input(String name) {
      Checks.knownInput(name, INPUTS, this);
      return name.equals(PRICE) ? price.amount() : tokensPerSecondPerGpu;
    }

    @Override
    public InputRule inputRule(String name) {
      Checks.knownInput(name, INPUTS, this);
      return name.equals(PRICE) ? InputRule.notNegative() : InputRule.positive();
    }

    @Override
    public PerMillionTokens withInput(String name, double value) {
      Checks.knownInput(name, INPUTS, this);
      return name.equals(PRICE)
          ? new PerMillionTokens(
              CurrencyAmount.of(price.currency(), Checks.finite(value, HEAD + name)),
              tokensPerSecondPerGpu)
          : new PerMillionTokens(price, value);
    }

    /**
     * Returns a copy with another price per million tokens, the throughput unchanged.
     *
     * @param newPrice the price per million tokens, not negative
     * @return the new pricing model
     * @throws IllegalArgumentException if {@code newPrice} is negative
     */
    public PerMillionTokens withPrice(CurrencyAmount newPrice) {
      return new PerMillionTokens(newPrice, tokensPerSecondPerGpu);
    }

    /**
     * Returns a copy with another sustained output per GPU, the price unchanged.
     *
     * @param newTokensPerSecondPerGpu the tokens per second of one GPU, finite and positive
     * @return the new pricing model
     * @throws IllegalArgumentException if the value is not finite and positive
     */
    public PerMillionTokens withTokensPerSecondPerGpu(double newTokensPerSecondPerGpu) {
      return new PerMillionTokens(price, newTokensPerSecondPerGpu);
    }

    @Override
    public String toString() {
      return "PerMillionTokens["
          + price
          + " per million tokens at "
          + Decimals.plain(tokensPerSecondPerGpu)
          + " tokens/s per GPU]";
    }
  }
}
