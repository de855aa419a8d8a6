package dev.netroi.internal;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalsProperties {

  /** The JDK's grouped format with the same rounding, as the oracle. */
  private static String jdkGrouped(BigDecimal value, int digits) {
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(value.setScale(digits, RoundingMode.HALF_EVEN));
  }

  @Test
  void groupedIsTheJdksGroupedFormatRoundedHalfEven() {
    qt(1000)
        .forAll(longs().all(), integers().between(0, 6), integers().between(0, 4))
        .checkAssert(
            (units, scale, digits) -> {
              BigDecimal value = BigDecimal.valueOf(units, scale);

              assertThat(Decimals.grouped(value, digits))
                  .as("%s to %s decimals", value, digits)
                  .isEqualTo(jdkGrouped(value, digits))
                  .doesNotStartWith("-0");
            });
  }
}
