package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;

@Domain(NetroiDomain.class)
@Domain(DomainContext.Global.class)
class GpuFleetProperties {

  private static String kind(GpuFleet fleet) {
    if (fleet.soldUtilisation().isEmpty()) {
      return "no utilisation";
    }
    double sold = fleet.soldUtilisation().getAsDouble();
    return sold == 0 ? "zero utilisation" : sold == 1 ? "full utilisation" : "partial utilisation";
  }

  @Property
  void equalFieldsGiveEqualFleetsWithEqualHashCodes(@ForAll GpuFleet fleet) {
    Statistics.label("utilisation").collect(kind(fleet));
    Statistics.label("count").collect(fleet.count() == 1 ? "one GPU" : "many GPUs");

    GpuFleet copy = GpuFleet.of(fleet.gpuModel(), fleet.count(), fleet.unitPrice());
    if (fleet.soldUtilisation().isPresent()) {
      copy = copy.withSoldUtilisation(fleet.soldUtilisation().getAsDouble());
    }

    assertThat(copy).isEqualTo(fleet).hasSameHashCodeAs(fleet).hasToString(fleet.toString());

    Statistics.label("utilisation")
        .coverage(
            coverage -> {
              coverage.check("no utilisation").count(c -> c >= 1);
              coverage.check("zero utilisation").count(c -> c >= 1);
              coverage.check("full utilisation").count(c -> c >= 1);
              coverage.check("partial utilisation").count(c -> c >= 1);
            });
    Statistics.label("count").coverage(coverage -> coverage.check("one GPU").count(c -> c >= 1));
  }

  @Property
  void withCountChangesOnlyTheCount(@ForAll GpuFleet fleet, @ForAll GpuFleet other) {
    GpuFleet changed = fleet.withCount(other.count());

    assertThat(changed.count()).isEqualTo(other.count());
    assertThat(changed.gpuModel()).isEqualTo(fleet.gpuModel());
    assertThat(changed.unitPrice()).isEqualTo(fleet.unitPrice());
    assertThat(changed.soldUtilisation()).isEqualTo(fleet.soldUtilisation());
    assertThat(changed.equals(fleet)).isEqualTo(fleet.count() == other.count());
  }

  @Property
  void toStringGroupsTheCountAndShowsTheCanonicalPrice(@ForAll GpuFleet fleet) {
    assertThat(fleet.toString())
        .startsWith(
            String.format(
                Locale.ROOT,
                "GpuFleet[%s x %,d @ %s",
                fleet.gpuModel(),
                fleet.count(),
                fleet.unitPrice()))
        .endsWith("]");
  }
}
