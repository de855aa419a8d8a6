package dev.netroi.internal;

import java.math.BigDecimal;

/** Plain decimal text for reports and canonical forms. Not part of the public API. */
public final class Decimals {

  private Decimals() {}

  /**
   * Returns a finite number as a plain decimal without trailing zeros, such as {@code 0.95}, {@code
   * 1} or {@code 525600}; never in scientific notation.
   *
   * @param value the number, finite
   * @return the plain decimal
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static String plain(double value) {
    Checks.finite(value, "value");
    String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
