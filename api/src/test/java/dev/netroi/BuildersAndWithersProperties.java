package dev.netroi;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.testkit.NetroiDomain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Builders and {@code with...} methods of the values that will grow ({@link Lifetime}, {@link
 * Workload}, and the one-field changes of {@link GpuFleet} and {@link PricingModel}): a builder
 * from {@code toBuilder()} builds an equal value, and a {@code with...} method changes its field
 * and no other. Each expected field is read from the value before the change, never computed by the
 * code under test.
 */
class BuildersAndWithersProperties {

  private static Gen<Lifetime> lifetimes() {
    return NetroiDomain.currencies().flatMap(NetroiDomain::lifetimesIn);
  }

  @Test
  void aLifetimeRebuiltFromItsBuilderIsEqual() {
    qt().forAll(lifetimes())
        .checkAssert(
            l ->
                assertThat(l.toBuilder().build())
                    .isEqualTo(l)
                    .hasSameHashCodeAs(l)
                    .hasToString(l.toString()));
  }

  @Test
  void aWorkloadRebuiltFromItsBuilderIsEqual() {
    qt().forAll(NetroiDomain.workloads())
        .checkAssert(
            w ->
                assertThat(w.toBuilder().build())
                    .isEqualTo(w)
                    .hasSameHashCodeAs(w)
                    .hasToString(w.toString()));
  }

  /** Every field of a lifetime as a list, so that "the others unchanged" is one comparison. */
  private static List<Object> fields(Lifetime l) {
    return List.of(
        l.horizonYears(),
        l.discountRate(),
        l.gpuLifeYears(),
        l.gpuResidualShare(),
        l.gpuWatts(),
        l.pue(),
        l.electricityPricePerKwh(),
        l.hostingPricePerKwMonth(),
        l.firstYearRamp());
  }

  /** {@code fields} with entry {@code index} replaced by {@code value}. */
  private static List<Object> replaced(List<Object> fields, int index, Object value) {
    Object[] copy = fields.toArray();
    copy[index] = value;
    return List.of(copy);
  }

  @Test
  void eachLifetimeWitherChangesItsFieldAndNoOther() {
    qt().forAll(lifetimes(), lifetimes())
        .checkAssert(
            (l, other) -> {
              List<Object> before = fields(l);
              // other's values are valid for each rule; prices take l's currency
              assertThat(fields(l.withHorizonYears(other.horizonYears())))
                  .isEqualTo(replaced(before, 0, other.horizonYears()));
              assertThat(fields(l.withDiscountRate(other.discountRate())))
                  .isEqualTo(replaced(before, 1, other.discountRate()));
              assertThat(fields(l.withGpuLifeYears(other.gpuLifeYears())))
                  .isEqualTo(replaced(before, 2, other.gpuLifeYears()));
              assertThat(fields(l.withGpuResidualShare(other.gpuResidualShare())))
                  .isEqualTo(replaced(before, 3, other.gpuResidualShare()));
              assertThat(fields(l.withGpuWatts(other.gpuWatts())))
                  .isEqualTo(replaced(before, 4, other.gpuWatts()));
              assertThat(fields(l.withPue(other.pue())))
                  .isEqualTo(replaced(before, 5, other.pue()));
              CurrencyAmount energy =
                  CurrencyAmount.of(l.currency(), other.electricityPricePerKwh().amount());
              assertThat(fields(l.withElectricityPricePerKwh(energy)))
                  .isEqualTo(replaced(before, 6, energy));
              CurrencyAmount hosting =
                  CurrencyAmount.of(l.currency(), other.hostingPricePerKwMonth().amount());
              assertThat(fields(l.withHostingPricePerKwMonth(hosting)))
                  .isEqualTo(replaced(before, 7, hosting));
              assertThat(fields(l.withFirstYearRamp(other.firstYearRamp())))
                  .isEqualTo(replaced(before, 8, other.firstYearRamp()));
            });
  }

  private static List<Object> fields(Workload w) {
    return List.of(
        w.name(),
        w.computeSeconds(),
        w.overlapShare(),
        w.latencySeconds(),
        w.collectives(),
        w.source());
  }

  @Test
  void eachWorkloadWitherChangesItsFieldAndNoOther() {
    qt().forAll(NetroiDomain.workloads(), NetroiDomain.workloads())
        .checkAssert(
            (w, other) -> {
              List<Object> before = fields(w);
              assertThat(fields(w.withName(other.name() + "'")))
                  .isEqualTo(replaced(before, 0, other.name() + "'"));
              assertThat(fields(w.withComputeSeconds(other.computeSeconds())))
                  .isEqualTo(replaced(before, 1, other.computeSeconds()));
              assertThat(fields(w.withOverlapShare(other.overlapShare())))
                  .isEqualTo(replaced(before, 2, other.overlapShare()));
              assertThat(fields(w.withLatencySeconds(other.latencySeconds())))
                  .isEqualTo(replaced(before, 3, other.latencySeconds()));
              assertThat(fields(w.withCollectives(other.collectives())))
                  .isEqualTo(replaced(before, 4, other.collectives()));
              assertThat(fields(w.withSource(other.source() + "'")))
                  .isEqualTo(replaced(before, 5, other.source() + "'"));
            });
  }

  @Test
  void aFleetWithAnotherUnitPriceKeepsItsModelCountAndUtilisation() {
    qt().forAll(NetroiDomain.fleets(), NetroiDomain.fleets())
        .checkAssert(
            (f, other) -> {
              CurrencyAmount price =
                  CurrencyAmount.of(f.unitPrice().currency(), other.unitPrice().amount());
              GpuFleet changed = f.withUnitPrice(price);
              assertThat(changed.gpuModel()).isEqualTo(f.gpuModel());
              assertThat(changed.count()).isEqualTo(f.count());
              assertThat(changed.soldUtilisation()).isEqualTo(f.soldUtilisation());
              assertThat(changed.unitPrice()).isEqualTo(price);
              assertThat(changed.withUnitPrice(f.unitPrice())).isEqualTo(f);
            });
  }

  @Test
  void aPricingModelWithAnotherPriceKeepsItsOtherFields() {
    qt().forAll(NetroiDomain.pricingModels(), NetroiDomain.pricingModels())
        .checkAssert(
            (p, other) -> {
              CurrencyAmount price =
                  CurrencyAmount.of(p.price().currency(), other.price().amount());
              if (p instanceof PricingModel.PerGpuTime time) {
                PricingModel.PerGpuTime changed = time.withPrice(price);
                assertThat(changed.unit()).isEqualTo(time.unit());
                assertThat(changed.tokenPriceOrigin()).isEqualTo(time.tokenPriceOrigin());
                assertThat(changed.price()).isEqualTo(price);
                assertThat(changed.withPrice(time.price())).isEqualTo(time);
              } else {
                PricingModel.PerMillionTokens tokens = (PricingModel.PerMillionTokens) p;
                PricingModel.PerMillionTokens changed = tokens.withPrice(price);
                assertThat(changed.tokensPerSecondPerGpu())
                    .isEqualTo(tokens.tokensPerSecondPerGpu());
                assertThat(changed.price()).isEqualTo(price);
                assertThat(changed.withTokensPerSecondPerGpu(2.5).tokensPerSecondPerGpu())
                    .isEqualTo(2.5);
                assertThat(changed.withTokensPerSecondPerGpu(2.5).price()).isEqualTo(price);
              }
            });
  }
}
