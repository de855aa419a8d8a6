package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("YearBasis")
class YearBasisTest {

  @Test
  void theDefaultIsTheThreeHundredSixtyFiveDayYear() {
    assertThat(YearBasis.DAYS_365.days()).isEqualTo(365.0);
    assertThat(YearBasis.ofDays(365)).isEqualTo(YearBasis.DAYS_365);
    assertThat(YearBasis.DAYS_365).hasToString("365-day year");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "360, 360-day year",
    "365.25, 365.25-day year",
    "366, 366-day year",
    "0.5, 0.5-day year"
  })
  void readsAsItsNumberOfDays(double days, String expected) {
    assertThat(YearBasis.ofDays(days)).hasToString(expected);
    assertThat(YearBasis.ofDays(days).days()).isEqualTo(days);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0, 0",
    "-1, -1",
    "366.5, 366.5",
    "367, 367",
    "NaN, NaN",
    "Infinity, Infinity",
    "-Infinity, -Infinity"
  })
  void refusesALengthOutsideZeroToThreeHundredSixtySixDays(double days, String shown) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> YearBasis.ofDays(days))
        .withMessage("yearBasis.days must be in (0, 366] but was " + shown);
  }
}
