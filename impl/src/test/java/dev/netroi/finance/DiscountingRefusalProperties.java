package dev.netroi.finance;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.netroi.testkit.NetroiDomain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The refusals of {@link Discounting#irr(double[])} over generated flows whose roots are known by
 * construction: the rates a "several IRRs" refusal lists are parsed back and checked to be roots
 * with an NPV computed here by its definition, and the "no IRR" refusals of flows without a sign
 * change are checked word for word.
 */
class DiscountingRefusalProperties {

  /**
   * Flows with 2 to 4 known IRRs, each a whole percentage. With g = 1 + r and h = 100 g, the roots
   * are h = a_1 < ... < a_k, whole numbers from 50 (-50 %) up to 650 (550 %), each at least 20
   * above the last, so neighbours differ by a factor of at least 620 / 600 = 1.033 in g: more than
   * the search grid's 1.0116, so a grid point separates every two roots. The product (h - a_1)...(h
   * - a_k) = sum over t of c_t h^(k-t) has whole coefficients c_t; as NPV x g^k = sum over t of
   * flows[t] g^(k-t), the flows are flows[t] = +-c_t x 100^(k-t), whole numbers below 2^53 (at most
   * 4 x 650^4 = 7.1e11), so exact in doubles.
   */
  private static Gen<KnownRoots> knownRoots() {
    Gen<List<Integer>> gaps = lists().of(integers().between(20, 150)).ofSizeBetween(1, 3);
    return integers()
        .between(50, 200)
        .zip(
            gaps,
            booleans().all(),
            (first, rest, negate) -> {
              List<Integer> roots = new ArrayList<>();
              roots.add(first);
              for (int gap : rest) {
                roots.add(roots.get(roots.size() - 1) + gap);
              }
              return KnownRoots.of(roots, negate);
            })
        .describedAs(KnownRoots::toString);
  }

  /** Flows and the whole-percentage IRRs they were built from, in increasing order. */
  private static final class KnownRoots {

    private final double[] flows;
    private final List<Integer> percents;

    private KnownRoots(double[] flows, List<Integer> percents) {
      this.flows = flows;
      this.percents = percents;
    }

    double[] flows() {
      return flows.clone();
    }

    List<Integer> percents() {
      return percents;
    }

    static KnownRoots of(List<Integer> roots, boolean negate) {
      // coefficients of prod (h - a_i), highest power first
      long[] c = {1};
      for (int a : roots) {
        long[] next = new long[c.length + 1];
        for (int j = 0; j < c.length; j++) {
          next[j] += c[j];
          next[j + 1] -= a * c[j];
        }
        c = next;
      }
      int k = roots.size();
      double[] flows = new double[k + 1];
      for (int t = 0; t <= k; t++) {
        long power = 1;
        for (int i = 0; i < k - t; i++) {
          power *= 100;
        }
        flows[t] = (negate ? -1 : 1) * (double) (c[t] * power);
      }
      List<Integer> percents = new ArrayList<>();
      for (int a : roots) {
        percents.add(a - 100);
      }
      return new KnownRoots(flows, percents);
    }

    @Override
    public String toString() {
      return Arrays.toString(flows) + " with IRRs " + percents + " %";
    }
  }

  @Test
  void severalKnownIrrsAreRefusedListingTheFirstThreeAndEachIsARoot() {
    qt().forAll(knownRoots())
        .checkAssert(
            known -> {
              double[] flows = known.flows();
              List<Integer> percents = known.percents();

              String refusal = Discounting.irr(flows).reason();

              assertThat(Discounting.irr(flows).isDefined()).isFalse();
              assertThat(refusal).isEqualTo(expectedRefusal(percents));
              List<Double> listed = DiscountingTest.listedIrrs(refusal);
              assertThat(listed).hasSize(Math.min(3, percents.size()));
              for (int i = 0; i < listed.size(); i++) {
                double rate = listed.get(i);
                assertThat(rate).isCloseTo(percents.get(i) / 100.0, within(1e-15));
                assertThat(DiscountingTest.plainNpv(rate, flows))
                    .as("NPV at the listed rate %s", rate)
                    .isCloseTo(0, within(1e-9 * DiscountingTest.plainScale(rate, flows)));
              }
            });
  }

  /**
   * "several IRRs: 10.0 % and 20.0 %", "... 10.0 %, 20.0 % and 50.0 %", "... 10.0 %, 20.0 %, 50.0 %
   * and 1 more", as {@link Discounting#irr(double[], int)} documents.
   */
  private static String expectedRefusal(List<Integer> percents) {
    List<String> shown = new ArrayList<>();
    for (int p : percents.subList(0, Math.min(3, percents.size()))) {
      shown.add(p + ".0 %");
    }
    if (percents.size() > 3) {
      return "several IRRs: "
          + String.join(", ", shown)
          + " and "
          + (percents.size() - 3)
          + " more";
    }
    return "several IRRs: "
        + String.join(", ", shown.subList(0, shown.size() - 1))
        + " and "
        + shown.get(shown.size() - 1);
  }

  /**
   * Flows of 1 to 20 periods that never change sign: each 0 or a number of cents from 0.01 to
   * 1,000,000 of one sign, chosen per example.
   */
  private static Gen<double[]> oneSignedFlows() {
    Gen<Double> magnitude =
        NetroiDomain.weighted(
            1, Generate.constant(0.0), 2, NetroiDomain.decimals("0.01", "1000000", 2));
    return lists()
        .of(magnitude)
        .ofSizeBetween(1, 20)
        .zip(
            booleans().all(),
            (magnitudes, negative) -> {
              double[] flows = new double[magnitudes.size()];
              for (int t = 0; t < flows.length; t++) {
                flows[t] = negative ? -magnitudes.get(t) : magnitudes.get(t);
              }
              return flows;
            })
        .describedAs(Arrays::toString);
  }

  @Test
  void flowsThatNeverChangeSignAreRefusedNamingTheSignsTheyHave() {
    qt().forAll(oneSignedFlows())
        .checkAssert(
            flows -> {
              boolean zero = false;
              boolean positive = false;
              boolean negative = false;
              for (double flow : flows) {
                zero |= flow == 0;
                positive |= flow > 0;
                negative |= flow < 0;
              }
              String expected;
              if (!positive && !negative) {
                expected = "no IRR: every flow is zero";
              } else {
                expected =
                    "no IRR: every flow is "
                        + (zero ? "zero or " : "")
                        + (positive ? "positive" : "negative");
              }

              assertThat(Discounting.irr(flows).isDefined()).isFalse();
              assertThat(Discounting.irr(flows).reason()).isEqualTo(expected);
            });
  }
}
