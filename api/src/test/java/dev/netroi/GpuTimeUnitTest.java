package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GpuTimeUnit")
class GpuTimeUnitTest {

  @Test
  void aMinuteIsSixtySecondsOfOneGpu() {
    assertThat(GpuTimeUnit.MINUTE.seconds()).isEqualTo(60);
    assertThat(GpuTimeUnit.MINUTE.label()).isEqualTo("GPU-minute");
  }

  @Test
  void anHourIsThreeThousandSixHundredSecondsOfOneGpu() {
    assertThat(GpuTimeUnit.HOUR.seconds()).isEqualTo(3600);
    assertThat(GpuTimeUnit.HOUR.label()).isEqualTo("GPU-hour");
  }

  @Test
  void thereAreExactlyTwoUnits() {
    assertThat(GpuTimeUnit.values()).containsExactly(GpuTimeUnit.MINUTE, GpuTimeUnit.HOUR);
  }
}
