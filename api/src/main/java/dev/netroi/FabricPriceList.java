package dev.netroi;

import dev.netroi.internal.Checks;
import java.io.Serializable;
import java.util.Currency;
import java.util.Set;

/**
 * The prices, and optionally the power draw, of the devices a back-end fabric is built from: a
 * switch, an optical transceiver (one at each end of every link), a NIC and a cable. All prices in
 * one currency.
 *
 * <p>Its {@linkplain HasInputs inputs} are {@code switchPrice}, {@code opticPrice}, {@code
 * nicPrice}, {@code cablePrice} (amounts in the list's currency) and {@code switchWatts}, {@code
 * opticWatts}, {@code nicWatts}.
 *
 * <p>Value-based, immutable and thread-safe.
 *
 * @param switchPrice the price of one switch, not negative
 * @param opticPrice the price of one transceiver, not negative (zero for copper links, whose cost
 *     then goes in {@code cablePrice})
 * @param nicPrice the price of one NIC, not negative
 * @param cablePrice the price of one cable, not negative
 * @param switchWatts the power of one switch in watts, finite and not negative
 * @param opticWatts the power of one transceiver in watts, finite and not negative
 * @param nicWatts the power of one NIC in watts, finite and not negative
 */
public record FabricPriceList(
    CurrencyAmount switchPrice,
    CurrencyAmount opticPrice,
    CurrencyAmount nicPrice,
    CurrencyAmount cablePrice,
    double switchWatts,
    double opticWatts,
    double nicWatts)
    implements HasInputs<FabricPriceList>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final String SWITCH_PRICE = "switchPrice";
  private static final String OPTIC_PRICE = "opticPrice";
  private static final String NIC_PRICE = "nicPrice";
  private static final String CABLE_PRICE = "cablePrice";
  private static final String SWITCH_WATTS = "switchWatts";
  private static final String OPTIC_WATTS = "opticWatts";
  private static final String NIC_WATTS = "nicWatts";
  private static final Set<String> INPUTS =
      Set.of(
          SWITCH_PRICE, OPTIC_PRICE, NIC_PRICE, CABLE_PRICE, SWITCH_WATTS, OPTIC_WATTS, NIC_WATTS);

  /**
   * Validates the components.
   *
   * @param switchPrice the price of one switch, not negative
   * @param opticPrice the price of one transceiver, not negative
   * @param nicPrice the price of one NIC, not negative
   * @param cablePrice the price of one cable, not negative
   * @param switchWatts the power of one switch in watts, finite and not negative
   * @param opticWatts the power of one transceiver in watts, finite and not negative
   * @param nicWatts the power of one NIC in watts, finite and not negative
   * @throws NullPointerException if a price is null
   * @throws IllegalArgumentException if a number is negative or not finite (the message names the
   *     field, the rule and the value)
   * @throws CurrencyMismatchException if the prices are not all in one currency
   */
  public FabricPriceList {
    price(switchPrice, SWITCH_PRICE);
    price(opticPrice, OPTIC_PRICE);
    price(nicPrice, NIC_PRICE);
    price(cablePrice, CABLE_PRICE);
    sameCurrency(switchPrice, opticPrice, OPTIC_PRICE);
    sameCurrency(switchPrice, nicPrice, NIC_PRICE);
    sameCurrency(switchPrice, cablePrice, CABLE_PRICE);
    switchWatts = Checks.notNegative(switchWatts, SWITCH_WATTS) + 0.0; // no -0.0
    opticWatts = Checks.notNegative(opticWatts, OPTIC_WATTS) + 0.0;
    nicWatts = Checks.notNegative(nicWatts, NIC_WATTS) + 0.0;
  }

  private static void price(CurrencyAmount price, String field) {
    Checks.notNull(price, field);
    Checks.notNegative(price.amount(), field);
  }

  private static void sameCurrency(CurrencyAmount first, CurrencyAmount other, String field) {
    if (!first.currency().equals(other.currency())) {
      throw new CurrencyMismatchException(
          first.currency(), other.currency(), field + " vs switchPrice");
    }
  }

  /**
   * Obtains a price list without power figures (every device draws 0 W).
   *
   * @param switchPrice the price of one switch
   * @param opticPrice the price of one transceiver
   * @param nicPrice the price of one NIC
   * @param cablePrice the price of one cable
   * @return the price list
   * @throws IllegalArgumentException if a price is negative
   * @throws CurrencyMismatchException if the prices are not all in one currency
   */
  public static FabricPriceList of(
      CurrencyAmount switchPrice,
      CurrencyAmount opticPrice,
      CurrencyAmount nicPrice,
      CurrencyAmount cablePrice) {
    return new FabricPriceList(switchPrice, opticPrice, nicPrice, cablePrice, 0, 0, 0);
  }

  /**
   * Returns a copy with the power of each device.
   *
   * @param switchW watts per switch
   * @param opticW watts per transceiver
   * @param nicW watts per NIC
   * @return the new price list
   * @throws IllegalArgumentException if a number is negative or not finite
   */
  public FabricPriceList withPower(double switchW, double opticW, double nicW) {
    return new FabricPriceList(
        switchPrice, opticPrice, nicPrice, cablePrice, switchW, opticW, nicW);
  }

  /**
   * Returns the currency of the prices.
   *
   * @return the currency
   */
  public Currency currency() {
    return switchPrice.currency();
  }

  @Override
  public Set<String> inputNames() {
    return INPUTS;
  }

  @Override
  public double input(String name) {
    return switch (Checks.knownInput(name, INPUTS, this)) {
      case SWITCH_PRICE -> switchPrice.amount();
      case OPTIC_PRICE -> opticPrice.amount();
      case NIC_PRICE -> nicPrice.amount();
      case CABLE_PRICE -> cablePrice.amount();
      case SWITCH_WATTS -> switchWatts;
      case OPTIC_WATTS -> opticWatts;
      default -> nicWatts;
    };
  }

  @Override
  public InputRule inputRule(String name) {
    Checks.knownInput(name, INPUTS, this);
    return InputRule.notNegative();
  }

  @Override
  public FabricPriceList withInput(String name, double value) {
    String known = Checks.knownInput(name, INPUTS, this);
    double switchW = known.equals(SWITCH_WATTS) ? value : switchWatts;
    double opticW = known.equals(OPTIC_WATTS) ? value : opticWatts;
    double nicW = known.equals(NIC_WATTS) ? value : nicWatts;
    return new FabricPriceList(
        known.equals(SWITCH_PRICE) ? amount(value, known) : switchPrice,
        known.equals(OPTIC_PRICE) ? amount(value, known) : opticPrice,
        known.equals(NIC_PRICE) ? amount(value, known) : nicPrice,
        known.equals(CABLE_PRICE) ? amount(value, known) : cablePrice,
        switchW,
        opticW,
        nicW);
  }

  private CurrencyAmount amount(double value, String name) {
    // checked here, so that a NaN is refused naming the input rather than the amount
    return CurrencyAmount.of(currency(), Checks.notNegative(value, name));
  }
}
