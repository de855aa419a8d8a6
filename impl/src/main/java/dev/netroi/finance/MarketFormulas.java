package dev.netroi.finance;

/**
 * The formulas of the reference analysis's market facts, over doubles: what the market spends on AI
 * networking per GPU, and as a share of a GPU's price.
 */
public final class MarketFormulas {

  /** Quarters in a year. */
  public static final int QUARTERS_PER_YEAR = 4;

  private MarketFormulas() {}

  /**
   * Network run rate per active GPU = annual network run rate / active GPUs.
   *
   * @param runRate the market's annual network run rate
   * @param activeGpus the GPUs in service, above zero
   * @return the spend per active GPU a year
   */
  public static double perActiveGpu(double runRate, double activeGpus) {
    return runRate / activeGpus;
  }

  /**
   * Network spend per GPU sold = annual network run rate / 4 quarters / GPUs sold last quarter.
   *
   * @param runRate the market's annual network run rate
   * @param gpusSold the GPUs sold in the last quarter, above zero
   * @return the spend per GPU sold, one time
   */
  public static double perGpuSold(double runRate, double gpusSold) {
    return runRate / QUARTERS_PER_YEAR / gpusSold;
  }

  /**
   * Share of a GPU's price = network run rate per active GPU / GPU average selling price.
   *
   * @param perGpu the network run rate per active GPU
   * @param averageSellingPrice the GPU's average selling price, above zero
   * @return the share (0.18 is 18 %)
   */
  public static double shareOfPrice(double perGpu, double averageSellingPrice) {
    return perGpu / averageSellingPrice;
  }

  /**
   * The tokens per second one GPU must sell for a GPU-time price to equal the per-token price it
   * was derived from = (price per unit / price per million tokens) x 1,000,000 / seconds per unit.
   *
   * @param price the price of one unit of GPU time
   * @param tokenPrice the price per million tokens, above zero
   * @param unitSeconds seconds in the unit of GPU time
   * @return tokens per second per GPU
   */
  public static double impliedTokensPerSecond(double price, double tokenPrice, long unitSeconds) {
    return price / tokenPrice * AnnualValue.TOKENS_PER_PRICE_UNIT / unitSeconds;
  }
}
