package dev.netroi;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netroi.testkit.NetroiDomain;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BandwidthProperties {

  private static final int EXAMPLES = 1000;

  private static String kind(Bandwidth rate) {
    double gbps = rate.gbps();
    return gbps < 1
        ? "below 1 Gb/s"
        : gbps > 1e7 ? "above 10 Pb/s" : gbps == Math.rint(gbps) ? "whole" : "fraction";
  }

  @Test
  void parseReadsBackTheCanonicalForm() {
    Map<String, Integer> kinds = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(NetroiDomain.anyBandwidths())
        .checkAssert(
            rate -> {
              kinds.merge(kind(rate), 1, Integer::sum);

              assertThat(Bandwidth.parse(rate.toString())).isEqualTo(rate);
              assertThat(Bandwidth.parse(rate.toString().replace(" ", ""))).isEqualTo(rate);
            });

    assertThat(kinds)
        .as("kinds of rates seen")
        .containsKeys("below 1 Gb/s", "above 10 Pb/s", "whole", "fraction");
  }

  @Test
  void toStringIsAPlainDecimalFollowedByTheUnit() {
    qt(EXAMPLES)
        .forAll(NetroiDomain.anyBandwidths())
        .checkAssert(rate -> assertThat(rate.toString()).matches("\\d+(\\.\\d*[1-9])? Gb/s"));
  }

  @Test
  void scalingByAFactorGivesThatRatio() {
    Map<String, Integer> fractions = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(moderateRates(), NetroiDomain.fractionsAboveZero())
        .assuming((rate, fraction) -> fraction >= 1e-6)
        .checkAssert(
            (rate, fraction) -> {
              fractions.merge(fraction == 1.0 ? "one" : "below one", 1, Integer::sum);
              Bandwidth effective = rate.multipliedBy(fraction);

              assertThat(effective.ratioTo(rate))
                  .isCloseTo(fraction, Offset.offset(fraction * 1e-15));
              assertThat(effective.compareTo(rate)).isLessThanOrEqualTo(0);
              if (fraction == 1.0) {
                assertThat(effective).isEqualTo(rate);
              }
            });

    assertThat(fractions).as("fractions seen").containsKey("one");
  }

  @Test
  void equalsHashCodeAndCompareToAgree() {
    qt(EXAMPLES)
        .forAll(NetroiDomain.anyBandwidths(), NetroiDomain.anyBandwidths())
        .checkAssert(
            (a, b) -> {
              Bandwidth copyOfA = Bandwidth.ofGbps(a.gbps());

              assertThat(copyOfA).isEqualTo(a).hasSameHashCodeAs(a);
              assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void ratioIsScaleInvariant() {
    qt(EXAMPLES)
        .forAll(moderateRates(), moderateRates(), NetroiDomain.fractionsAboveZero())
        .assuming((a, b, k) -> k >= 1e-6)
        .checkAssert(
            (a, b, k) -> {
              double expected = a.gbps() / b.gbps();

              assertThat(a.multipliedBy(k).ratioTo(b.multipliedBy(k)))
                  .isCloseTo(expected, Offset.offset(expected * 1e-12));
              assertThat(a.ratioTo(b) * b.ratioTo(a)).isCloseTo(1.0, Offset.offset(1e-15));
            });
  }

  /** Rates from 1 to 100000 Gb/s with up to three places. */
  private static Gen<Bandwidth> moderateRates() {
    return NetroiDomain.decimals("1", "100000", 3).map(Bandwidth::ofGbps);
  }
}
