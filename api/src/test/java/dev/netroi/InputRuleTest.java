package dev.netroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.netroi.reference.ReferenceArgument;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

class InputRuleTest {

  @Test
  void theStandardRulesHaveTheirIntervals() {
    assertThat(InputRule.finite()).hasToString("(..., ...)");
    assertThat(InputRule.positive()).hasToString("(0, ...)");
    assertThat(InputRule.notNegative()).hasToString("[0, ...)");
    assertThat(InputRule.fraction()).hasToString("[0, 1]");
    assertThat(InputRule.fractionAboveZero()).hasToString("(0, 1]");
    assertThat(InputRule.range(0, 366)).hasToString("(0, 366]");
    assertThat(InputRule.positive().wholeNumbers()).hasToString("whole numbers in (0, ...)");

    InputRule fraction = InputRule.fractionAboveZero();
    assertThat(fraction.low()).isZero();
    assertThat(fraction.isLowInclusive()).isFalse();
    assertThat(fraction.high()).isEqualTo(1);
    assertThat(fraction.isHighInclusive()).isTrue();
    assertThat(fraction.isWholeNumbers()).isFalse();
  }

  @Test
  void aRuleTestsTheBoundsWholenessAndItsPredicate() {
    InputRule fraction = InputRule.fractionAboveZero();
    assertThat(fraction.test(1)).isTrue();
    assertThat(fraction.test(Double.MIN_VALUE)).isTrue();
    assertThat(fraction.test(0)).isFalse();
    assertThat(fraction.test(Math.nextUp(1.0))).isFalse();
    assertThat(fraction.test(Double.NaN)).isFalse();

    InputRule notNegative = InputRule.notNegative();
    assertThat(notNegative.test(0)).isTrue();
    assertThat(notNegative.test(-Double.MIN_VALUE)).isFalse();
    assertThat(notNegative.test(Double.MAX_VALUE)).isTrue();
    assertThat(notNegative.test(Double.POSITIVE_INFINITY)).isFalse();

    InputRule counts = InputRule.positive().wholeNumbers();
    assertThat(counts.test(1024)).isTrue();
    assertThat(counts.test(2.5)).isFalse();
    assertThat(counts.test(0)).isFalse();
    assertThat(counts.test(1e19)).isFalse(); // beyond a long

    InputRule even = InputRule.positive().and(value -> value % 2 == 0, "and even");
    assertThat(even.test(4)).isTrue();
    assertThat(even.test(3)).isFalse();
    assertThat(even.test(-4)).isFalse();
    assertThat(even.and(value -> value < 10, "below 10").test(12)).isFalse();
    assertThat(even.and(value -> value < 10, "below 10"))
        .hasToString("(0, ...) and even and below 10");

    InputRule any = InputRule.of(value -> value != 3, "not 3");
    assertThat(any.test(3)).isFalse();
    assertThat(any.test(-7)).isTrue();
    assertThat(any.test(Double.NaN)).isFalse();
    assertThat(any).hasToString("(..., ...) not 3");
  }

  @Test
  void atLeastIsAClosedLowerBound() {
    InputRule ratio = InputRule.atLeast(1);
    assertThat(ratio).hasToString("[1, ...)");
    assertThat(ratio.test(1)).isTrue();
    assertThat(ratio.test(Math.nextDown(1.0))).isFalse();
    assertThat(ratio.test(Double.MAX_VALUE)).isTrue();
    assertThat(ratio.test(Double.POSITIVE_INFINITY)).isFalse();
    assertThat(ratio.test(Double.NaN)).isFalse();
    assertThat(ratio.lowest()).isEqualTo(1);
    assertThat(ratio.highest()).isEqualTo(Double.MAX_VALUE);
    assertThat(InputRule.atLeast(-0.0)).isEqualTo(InputRule.notNegative());
    assertThatThrownBy(() -> InputRule.atLeast(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lowInclusive must be finite but was NaN");
  }

  @Test
  void anEmptyOrOpenRangeIsRefused() {
    assertThatThrownBy(() -> InputRule.range(1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("highInclusive must be above lowExclusive (1.0) but was 1.0");
    assertThatThrownBy(() -> InputRule.range(Double.NEGATIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lowExclusive must be finite but was -Infinity");
    assertThatThrownBy(() -> InputRule.range(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("highInclusive must be finite but was NaN");
  }

  @Test
  void equalRulesHaveEqualBounds() {
    DoublePredicate odd = value -> value % 2 == 1;
    new EqualsTester()
        .addEqualityGroup(InputRule.fraction(), InputRule.fraction())
        .addEqualityGroup(InputRule.fractionAboveZero(), InputRule.range(0, 1))
        .addEqualityGroup(InputRule.range(0, 2))
        .addEqualityGroup(InputRule.notNegative())
        .addEqualityGroup(InputRule.positive(), InputRule.range(0, Double.MAX_VALUE))
        .addEqualityGroup(InputRule.positive().wholeNumbers())
        .addEqualityGroup(InputRule.positive().and(odd, "odd"))
        .addEqualityGroup(InputRule.positive().and(odd, "uneven"))
        .addEqualityGroup(InputRule.finite())
        .testEquals();
  }

  @Test
  void theScenarioGivesEachInputItsRule() {
    Scenario mixtral = ReferenceArgument.mixtral();

    assertThat(mixtral.inputRule(InputPaths.CANDIDATE_EFFECTIVE_FRACTION))
        .isEqualTo(InputRule.fractionAboveZero());
    // 2^53 = 9,007,199,254,740,992: the largest count a double holds exactly
    assertThat(mixtral.inputRule(InputPaths.FLEET_COUNT))
        .isEqualTo(InputRule.range(0, 9_007_199_254_740_992.0).wholeNumbers())
        .hasToString("whole numbers in (0, 9007199254740992]");
    assertThat(mixtral.inputRule(InputPaths.PRICING_PRICE)).isEqualTo(InputRule.notNegative());
    assertThat(mixtral.inputRule(InputPaths.YEAR_BASIS_DAYS)).isEqualTo(InputRule.range(0, 366));
    assertThat(mixtral.inputRule(InputPaths.CANDIDATE_PORT_SPEED)).isEqualTo(InputRule.positive());
    assertThatThrownBy(() -> mixtral.inputRule(InputPaths.FLEET_SOLD_UTILISATION))
        .isInstanceOf(UnknownInputPathException.class);
  }

  @Test
  void theDefaultRuleOfAValueTriesItsWithInput() {
    HasInputs<Object> oddOnly =
        new HasInputs<>() {
          @Override
          public java.util.Set<String> inputNames() {
            return java.util.Set.of("n");
          }

          @Override
          public double input(String name) {
            return 1;
          }

          @Override
          public Object withInput(String name, double value) {
            if (value % 2 != 1) {
              throw new IllegalArgumentException("n must be odd but was " + value);
            }
            return this;
          }
        };

    InputRule rule = oddOnly.inputRule("n");
    assertThat(rule.test(3)).isTrue();
    assertThat(rule.test(4)).isFalse();
    assertThat(rule.test(Double.NaN)).isFalse();
    assertThat(rule.isWholeNumbers()).isFalse();
    assertThat(rule.toString()).endsWith("accepted by dev.netroi.InputRuleTest$1.withInput");
    assertThatThrownBy(() -> oddOnly.inputRule("m")).isInstanceOf(IllegalArgumentException.class);
  }
}
