package dev.netroi;

import static dev.netroi.JavaSerialization.deserialise;
import static dev.netroi.JavaSerialization.serialise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Deserialisation goes through the same validation as the factories. */
class DeserialisationTest {

  @Test
  void aTamperedFleetCountIsRefusedOnReading() throws IOException {
    GpuFleet fleet = GpuFleet.of("H100", 123_456_789_012L, CurrencyAmount.parse("USD 30000"));
    byte[] bytes = serialise(fleet);
    replaceLong(bytes, 123_456_789_012L, -2L);

    assertThatThrownBy(() -> deserialise(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fleet.count must be positive but was -2");
  }

  @Test
  void aTamperedUtilisationIsRefusedOnReading() throws IOException {
    GpuFleet fleet =
        GpuFleet.of("H100", 8, CurrencyAmount.parse("USD 30000")).withSoldUtilisation(0.8125);
    byte[] bytes = serialise(fleet);
    replaceLong(bytes, Double.doubleToLongBits(0.8125), Double.doubleToLongBits(1.5));

    assertThatThrownBy(() -> deserialise(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fleet.soldUtilisation must be in [0, 1] but was 1.5");
  }

  @Test
  void anUntamperedFleetReadsBackEqual() throws IOException, ClassNotFoundException {
    GpuFleet fleet =
        GpuFleet.of("H100", 8, CurrencyAmount.parse("USD 30000")).withSoldUtilisation(0.8125);

    assertThat(deserialise(serialise(fleet))).isEqualTo(fleet);
  }

  private static void replaceLong(byte[] bytes, long from, long to) {
    byte[] needle = ByteBuffer.allocate(8).putLong(from).array();
    byte[] replacement = ByteBuffer.allocate(8).putLong(to).array();
    int found = -1;
    for (int i = 0; i + 8 <= bytes.length; i++) {
      boolean match = true;
      for (int j = 0; j < 8 && match; j++) {
        match = bytes[i + j] == needle[j];
      }
      if (match) {
        if (found >= 0) {
          throw new AssertionError("the value occurs twice in the serialised form");
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new AssertionError("the value does not occur in the serialised form");
    }
    System.arraycopy(replacement, 0, bytes, found, 8);
  }
}
