package dev.netroi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void showsPlainDecimalsWithoutTrailingZerosOrExponents() {
    assertThat(Decimals.plain(0.95)).isEqualTo("0.95");
    assertThat(Decimals.plain(1.0)).isEqualTo("1");
    assertThat(Decimals.plain(525_600)).isEqualTo("525600");
    assertThat(Decimals.plain(1e20)).isEqualTo("100000000000000000000");
    assertThat(Decimals.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(Decimals.plain(-2.5)).isEqualTo("-2.5");
  }

  @Test
  void showsNegativeZeroAsZero() {
    assertThat(Decimals.plain(-0.0)).isEqualTo("0");
  }

  @Test
  void rejectsNonFiniteNumbers() {
    assertThatThrownBy(() -> Decimals.plain(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be finite but was NaN");
    assertThatThrownBy(() -> Decimals.plain(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be finite but was -Infinity");
  }

  @Test
  void groupsAndRoundsHalfEven() {
    assertThat(Decimals.grouped(new BigDecimal("141912"), 2)).isEqualTo("141,912.00");
    assertThat(Decimals.grouped(new BigDecimal("0.125"), 2)).isEqualTo("0.12");
    assertThat(Decimals.grouped(new BigDecimal("0.135"), 2)).isEqualTo("0.14");
    assertThat(Decimals.grouped(new BigDecimal("-1234567.5"), 0)).isEqualTo("-1,234,568");
  }

  @Test
  void neverShowsNegativeZero() {
    assertThat(Decimals.grouped(new BigDecimal("-0.001"), 2)).isEqualTo("0.00");
  }
}
