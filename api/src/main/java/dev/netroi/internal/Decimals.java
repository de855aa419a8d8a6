package dev.netroi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

  /**
   * Returns a decimal rounded half-even to {@code digits} decimals, with grouping commas, such as
   * {@code 141,912.00}; never {@code -0.00}.
   *
   * @param value the decimal
   * @param digits the number of decimals, not negative
   * @return the grouped decimal
   */
  public static String grouped(BigDecimal value, int digits) {
    // rounded first, so a small negative value shows as 0.00, never -0.00 (BigDecimal has no -0)
    BigDecimal rounded = value.setScale(digits, RoundingMode.HALF_EVEN);
    String plain = rounded.abs().toPlainString();
    int point = plain.indexOf('.');
    int whole = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder();
    if (rounded.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole; i++) {
      if (i > 0 && (whole - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, whole, plain.length()).toString();
  }
}
