package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.data.Offset;

@Domain(NetroiDomain.class)
@Domain(DomainContext.Global.class)
class BandwidthProperties {

  private static void collectKind(Bandwidth rate) {
    double gbps = rate.gbps();
    String kind =
        gbps < 1
            ? "below 1 Gb/s"
            : gbps > 1e7 ? "above 10 Pb/s" : gbps == Math.rint(gbps) ? "whole" : "fraction";
    Statistics.label("rate").collect(kind);
  }

  @Property
  void parseReadsBackTheCanonicalForm(@ForAll Bandwidth rate) {
    collectKind(rate);

    assertThat(Bandwidth.parse(rate.toString())).isEqualTo(rate);
    assertThat(Bandwidth.parse(rate.toString().replace(" ", ""))).isEqualTo(rate);

    Statistics.label("rate")
        .coverage(
            coverage -> {
              coverage.check("below 1 Gb/s").count(c -> c >= 1);
              coverage.check("above 10 Pb/s").count(c -> c >= 1);
              coverage.check("whole").count(c -> c >= 1);
              coverage.check("fraction").count(c -> c >= 1);
            });
  }

  @Property
  void toStringIsAPlainDecimalFollowedByTheUnit(@ForAll Bandwidth rate) {
    assertThat(rate.toString()).matches("\\d+(\\.\\d*[1-9])? Gb/s");
  }

  @Property
  void scalingByAFactorGivesThatRatio(
      @ForAll("moderateRates") Bandwidth rate, @ForAll("fractions") double fraction) {
    Bandwidth effective = rate.multipliedBy(fraction);

    assertThat(effective.ratioTo(rate)).isCloseTo(fraction, Offset.offset(fraction * 1e-15));
    assertThat(effective.compareTo(rate)).isLessThanOrEqualTo(0);
    if (fraction == 1.0) {
      assertThat(effective).isEqualTo(rate);
    }

    Statistics.label("fraction").collect(fraction == 1.0 ? "one" : "below one");
    Statistics.label("fraction").coverage(coverage -> coverage.check("one").count(c -> c >= 1));
  }

  @Property
  void equalsHashCodeAndCompareToAgree(@ForAll Bandwidth a, @ForAll Bandwidth b) {
    Bandwidth copyOfA = Bandwidth.ofGbps(a.gbps());

    assertThat(copyOfA).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.equals(b)).isEqualTo(a.compareTo(b) == 0);
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property
  void ratioIsScaleInvariant(
      @ForAll("moderateRates") Bandwidth a,
      @ForAll("moderateRates") Bandwidth b,
      @ForAll("fractions") double k) {
    double expected = a.gbps() / b.gbps();

    assertThat(a.multipliedBy(k).ratioTo(b.multipliedBy(k)))
        .isCloseTo(expected, Offset.offset(expected * 1e-12));
    assertThat(a.ratioTo(b) * b.ratioTo(a)).isCloseTo(1.0, Offset.offset(1e-15));
  }

  @Provide
  Arbitrary<Bandwidth> moderateRates() {
    return Arbitraries.doubles().between(1, 100_000).ofScale(3).map(Bandwidth::ofGbps);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return NetroiDomain.fractionsAboveZero().filter(f -> f >= 1e-6);
  }
}
