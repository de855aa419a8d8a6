package dev.netroi;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.testkit.NetroiDomain;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GpuFleetProperties {

  private static final int EXAMPLES = 1000;

  private static String kind(GpuFleet fleet) {
    if (fleet.soldUtilisation().isEmpty()) {
      return "no utilisation";
    }
    double sold = fleet.soldUtilisation().getAsDouble();
    return sold == 0 ? "zero utilisation" : sold == 1 ? "full utilisation" : "partial utilisation";
  }

  @Test
  void equalFieldsGiveEqualFleetsWithEqualHashCodes() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.fleets())
        .checkAssert(
            fleet -> {
              seen.merge(kind(fleet), 1, Integer::sum);
              seen.merge(fleet.count() == 1 ? "one GPU" : "many GPUs", 1, Integer::sum);

              GpuFleet copy = GpuFleet.of(fleet.gpuModel(), fleet.count(), fleet.unitPrice());
              if (fleet.soldUtilisation().isPresent()) {
                copy = copy.withSoldUtilisation(fleet.soldUtilisation().getAsDouble());
              }

              assertThat(copy)
                  .isEqualTo(fleet)
                  .hasSameHashCodeAs(fleet)
                  .hasToString(fleet.toString());
            });

    assertThat(seen)
        .as("fleets seen")
        .containsKeys(
            "no utilisation",
            "zero utilisation",
            "full utilisation",
            "partial utilisation",
            "one GPU");
  }

  @Test
  void withCountChangesOnlyTheCount() {
    qt(EXAMPLES)
        .forAll(NetroiDomain.fleets(), NetroiDomain.fleets())
        .checkAssert(
            (fleet, other) -> {
              GpuFleet changed = fleet.withCount(other.count());

              assertThat(changed.count()).isEqualTo(other.count());
              assertThat(changed.gpuModel()).isEqualTo(fleet.gpuModel());
              assertThat(changed.unitPrice()).isEqualTo(fleet.unitPrice());
              assertThat(changed.soldUtilisation()).isEqualTo(fleet.soldUtilisation());
              assertThat(changed.equals(fleet)).isEqualTo(fleet.count() == other.count());
            });
  }

  @Test
  void toStringGroupsTheCountAndShowsTheCanonicalPrice() {
    qt(EXAMPLES)
        .forAll(NetroiDomain.fleets())
        .checkAssert(
            fleet ->
                assertThat(fleet.toString())
                    .startsWith(
                        String.format(
                            Locale.ROOT,
                            "GpuFleet[%s x %,d @ %s",
                            fleet.gpuModel(),
                            fleet.count(),
                            fleet.unitPrice()))
                    .endsWith("]"));
  }
}
