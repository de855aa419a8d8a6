package dev.netroi;

import static dev.netroi.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.calc.Measures;
import dev.netroi.reference.ReferenceArgument;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Unequal values spread over hash codes, so that hash maps of them stay fast. */
class HashCodesTest {

  private static void assertDistinctHashCodes(List<?> values) {
    Set<Integer> codes = values.stream().map(Object::hashCode).collect(Collectors.toSet());
    assertThat(codes).as("hash codes of %s", values).hasSameSizeAs(values);
  }

  @Test
  void unequalValuesHaveDifferentHashCodes() {
    assertDistinctHashCodes(
        List.of(
            ReferenceArgument.mixtral(),
            ReferenceArgument.llama2(),
            ReferenceArgument.mixtral().withName("x")));
    assertDistinctHashCodes(
        List.of(
            ReferenceArgument.fleet(),
            ReferenceArgument.fleet().withCount(1),
            GpuFleet.of("B200", 1024, usd("30000"))));
    assertDistinctHashCodes(
        List.of(
            ReferenceArgument.mixtralPricing(),
            ReferenceArgument.llama2Pricing(),
            PricingModel.perGpuMinute(usd("0.27"))));
    assertDistinctHashCodes(
        List.of(Measures.ROI, Measures.BENEFIT_COST_RATIO, Measures.VALUE_UPLIFT_PER_GPU));
  }
}
