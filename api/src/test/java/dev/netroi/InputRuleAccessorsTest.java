package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a sweep or a sampler reads from a rule: its bounds, whether each is inside, and whether the
 * bounds alone decide ({@link InputRule#isInterval()}: no whole-number restriction, no predicate),
 * for rules whose lower bound is not 0 or is inclusive, and whose test is more than an interval.
 */
class InputRuleAccessorsTest {

  /** (2, 5]: 2 is the exclusive lower bound, 5 the inclusive upper bound. */
  @Test
  void aRangeHasItsBoundsAndAcceptsItsUpperBound() {
    InputRule rule = InputRule.range(2, 5);

    assertThat(rule.low()).isEqualTo(2.0);
    assertThat(rule.isLowInclusive()).isFalse();
    assertThat(rule.high()).isEqualTo(5.0);
    assertThat(rule.isHighInclusive()).isTrue();
    assertThat(rule.isInterval()).isTrue();
    assertThat(rule.test(5)).isTrue();
    assertThat(rule.test(Math.nextUp(5.0))).isFalse();
    assertThat(rule.test(2)).isFalse();
    assertThat(rule.test(Math.nextUp(2.0))).isTrue();
    assertThat(rule.lowest()).isEqualTo(Math.nextUp(2.0));
    assertThat(rule.highest()).isEqualTo(5.0);
  }

  /** [1, ...): an oversubscription ratio; the bound 1 is accepted. */
  @Test
  void atLeastHasAnInclusiveLowerBound() {
    InputRule rule = InputRule.atLeast(1);

    assertThat(rule.low()).isEqualTo(1.0);
    assertThat(rule.isLowInclusive()).isTrue();
    assertThat(rule.high()).isEqualTo(Double.MAX_VALUE);
    assertThat(rule.isInterval()).isTrue();
  }

  /** [0, 1] and (..., ...): both lower bounds are inside; the finite rule has no lower bound. */
  @Test
  void theFractionAndTheFiniteRuleIncludeTheirLowerBounds() {
    assertThat(InputRule.fraction().isLowInclusive()).isTrue();
    assertThat(InputRule.fraction().test(0)).isTrue();
    assertThat(InputRule.fraction().test(1)).isTrue();
    assertThat(InputRule.finite().low()).isEqualTo(-Double.MAX_VALUE);
    assertThat(InputRule.finite().isLowInclusive()).isTrue();
    assertThat(InputRule.finite().test(-Double.MAX_VALUE)).isTrue();
  }

  /** (0, 1] as a fraction above zero: 1 is inside, 0 is not. */
  @Test
  void aFractionAboveZeroAcceptsOneButNotZero() {
    InputRule rule = InputRule.fractionAboveZero();

    assertThat(rule.test(1)).isTrue();
    assertThat(rule.test(0)).isFalse();
    assertThat(rule.isInterval()).isTrue();
  }

  /**
   * A predicate or a whole-number restriction decides beyond the bounds: 2.5 lies in (0, ...) but
   * is no count, 3 lies in (..., ...) but the predicate refuses it. Neither rule is an interval.
   */
  @Test
  void aRuleWithAPredicateOrWholeNumbersIsNotAnInterval() {
    InputRule counts = InputRule.positive().wholeNumbers();
    InputRule notThree = InputRule.of(value -> value != 3, "not 3");

    assertThat(counts.isInterval()).isFalse();
    assertThat(counts.test(2.5)).isFalse();
    assertThat(counts.test(2)).isTrue();
    assertThat(notThree.isInterval()).isFalse();
    assertThat(notThree.test(3)).isFalse();
    assertThat(notThree.low()).isEqualTo(-Double.MAX_VALUE);
    assertThat(InputRule.positive().and(value -> value < 10, "below 10").isInterval()).isFalse();
  }

  /** Rules used as keys (a sampler's cache by rule): unequal rules spread over hash codes. */
  @Test
  void unequalRulesHaveDifferentHashCodes() {
    List<InputRule> rules =
        List.of(
            InputRule.fraction(),
            InputRule.fractionAboveZero(),
            InputRule.range(0, 2),
            InputRule.notNegative(),
            InputRule.positive(),
            InputRule.positive().wholeNumbers(),
            InputRule.atLeast(1),
            InputRule.finite());
    Set<Integer> codes = rules.stream().map(Object::hashCode).collect(Collectors.toSet());

    assertThat(codes).as("hash codes of %s", rules).hasSameSizeAs(rules);
    assertThat(InputRule.range(0, 1).hashCode())
        .isEqualTo(InputRule.fractionAboveZero().hashCode());
  }
}
