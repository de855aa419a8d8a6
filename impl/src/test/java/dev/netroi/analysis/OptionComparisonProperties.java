package dev.netroi.analysis;

import static dev.netroi.testkit.NetroiDomain.usd;
import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.NetworkOption;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.testkit.NetroiDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of {@link OptionComparison}'s ranking over generated options.
 *
 * <p>Most runs use the plug-in NPV of {@link OptionComparisonTest.StubNpv} (an option's NPV is its
 * stated annual cost, USD 999 fails), so that NPVs are small whole numbers that tie often and some
 * fail; one run uses the built-in calculators on the fleet of {@link OptionComparisonTest}.
 */
class OptionComparisonProperties {

  /** A drawn NPV of 12 stands for a failed one. */
  private static final int FAILED = 12;

  /** NPVs of 0 to 11 (many ties) or a failure, one in 13. */
  private static Gen<Integer> npvs() {
    return integers().between(0, FAILED);
  }

  /** The baseline's NPV first, then 1 to 6 candidates'. */
  private static Gen<List<Integer>> options() {
    return lists().of(npvs()).ofSizeBetween(2, 7);
  }

  private static String cost(int drawn) {
    return drawn == FAILED ? "999" : String.valueOf(drawn);
  }

  /** One scenario per candidate, named o1, o2, ..., sharing the baseline "base". */
  private static List<Scenario> scenarios(List<Integer> drawn) {
    NetworkOption base =
        NetworkOption.of("base", Bandwidth.ofGbps(400), 0.5, usd(cost(drawn.get(0))));
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 1; i < drawn.size(); i++) {
      scenarios.add(scenario(base, "o" + i, drawn.get(i)));
    }
    return scenarios;
  }

  private static Scenario scenario(NetworkOption base, String name, int drawn) {
    return OptionComparisonTest.base()
        .baseline(base)
        .candidate(NetworkOption.of(name, Bandwidth.ofGbps(800), 0.8, usd(cost(drawn))))
        .build();
  }

  private static OptionComparison stubbed(List<Scenario> scenarios) {
    return OptionComparison.of(OptionComparisonTest.STUBBED, scenarios);
  }

  /** The place of an option in the input: the baseline 0, the candidate of scenario k k + 1. */
  private static int inputIndex(OptionComparison.Option option) {
    return option.role() == OptionRole.BASELINE ? 0 : Integer.parseInt(option.name().substring(1));
  }

  private static Optional<Double> npv(OptionComparison.Option option) {
    return option.npv().map(CurrencyAmount::amount);
  }

  @Test
  void theRankingIsSortedByNpvWithFailuresLast() {
    qt().forAll(options())
        .checkAssert(
            drawn -> {
              List<OptionComparison.Option> ranked = stubbed(scenarios(drawn)).ranked();
              for (int i = 1; i < ranked.size(); i++) {
                Optional<Double> before = npv(ranked.get(i - 1));
                Optional<Double> after = npv(ranked.get(i));
                if (before.isEmpty()) {
                  assertThat(after).as("after a failure, only failures").isEmpty();
                } else if (after.isPresent()) {
                  assertThat(before.get()).isGreaterThanOrEqualTo(after.get());
                }
              }
            });
  }

  /** Each NPV is the drawn one (the stub's), or empty when drawn as a failure. */
  @Test
  void everyOptionIsRankedOnceWithItsOwnNpv() {
    qt().forAll(options())
        .checkAssert(
            drawn -> {
              List<OptionComparison.Option> ranked = stubbed(scenarios(drawn)).ranked();
              assertThat(ranked).hasSize(drawn.size());
              Set<Integer> indices =
                  ranked.stream()
                      .map(OptionComparisonProperties::inputIndex)
                      .collect(Collectors.toSet());
              assertThat(indices).hasSize(drawn.size());
              for (OptionComparison.Option option : ranked) {
                int value = drawn.get(inputIndex(option));
                assertThat(npv(option))
                    .isEqualTo(value == FAILED ? Optional.empty() : Optional.of((double) value));
              }
            });
  }

  @Test
  void theWinnerIsRankOneAndHasTheHighestNpv() {
    qt().forAll(options())
        .checkAssert(
            drawn -> {
              OptionComparison comparison = stubbed(scenarios(drawn));
              assertThat(comparison.winner()).isSameAs(comparison.ranked().get(0));
              int best = drawn.stream().filter(v -> v != FAILED).mapToInt(v -> v).max().orElse(-1);
              if (best < 0) {
                assertThat(comparison.winner().npv()).isEmpty();
                assertThat(comparison.winnerSentence()).startsWith("No option has an NPV over 2");
              } else {
                assertThat(npv(comparison.winner())).contains((double) best);
                assertThat(comparison.winnerSentence())
                    .startsWith(comparison.winner().name() + " ");
              }
            });
  }

  @Test
  void tiesKeepTheOrderOfTheScenariosTheBaselineFirst() {
    qt().forAll(options())
        .checkAssert(
            drawn -> {
              List<OptionComparison.Option> ranked = stubbed(scenarios(drawn)).ranked();
              for (int i = 1; i < ranked.size(); i++) {
                OptionComparison.Option before = ranked.get(i - 1);
                OptionComparison.Option after = ranked.get(i);
                if (npv(before).equals(npv(after))) {
                  assertThat(inputIndex(before)).isLessThan(inputIndex(after));
                }
              }
            });
  }

  @Test
  void addingAnOptionNeverChangesTheRelativeOrderOfTheOthers() {
    qt().forAll(options(), npvs(), integers().between(0, 6))
        .checkAssert(
            (drawn, extra, place) -> {
              List<Scenario> scenarios = scenarios(drawn);
              List<String> before = names(stubbed(scenarios));
              List<Scenario> more = new ArrayList<>(scenarios);
              NetworkOption base = scenarios.get(0).baseline();
              more.add(Math.min(place, scenarios.size()), scenario(base, "extra", extra));
              List<String> after = names(stubbed(more));
              assertThat(after).contains("extra").hasSize(before.size() + 1);
              assertThat(after.stream().filter(name -> !name.equals("extra")).toList())
                  .isEqualTo(before);
            });
  }

  private static List<String> names(OptionComparison comparison) {
    return OptionComparisonTest.names(comparison);
  }

  /**
   * On the built-in calculators, with candidates of any effective fraction and stated cost: the
   * ranking is sorted by NPV, and the sentence names the winner, its NPV, and its lead over the
   * runner-up.
   */
  @Test
  void onTheBuiltInsTheSentenceNamesTheWinnerAndItsLead() {
    Gen<NetworkOption> candidates =
        NetroiDomain.decimals("0.05", "1", 2)
            .zip(
                NetroiDomain.decimals("0", "3000", 0),
                (fraction, cost) ->
                    NetworkOption.of(
                        "candidate",
                        Bandwidth.ofGbps(800),
                        fraction,
                        CurrencyAmount.of(NetroiDomain.USD, cost)));
    qt(200)
        .forAll(lists().of(candidates).ofSizeBetween(1, 4))
        .checkAssert(
            drawn -> {
              List<Scenario> scenarios = new ArrayList<>();
              for (int i = 0; i < drawn.size(); i++) {
                NetworkOption o = drawn.get(i);
                scenarios.add(
                    OptionComparisonTest.with(
                        NetworkOption.of(
                            "o" + (i + 1),
                            o.portSpeed(),
                            o.effectiveFraction(),
                            o.statedAnnualCostPerGpu().orElseThrow())));
              }
              OptionComparison comparison =
                  OptionComparison.of(OptionComparisonTest.ENGINE, scenarios);
              List<OptionComparison.Option> ranked = comparison.ranked();
              for (int i = 1; i < ranked.size(); i++) {
                assertThat(npv(ranked.get(i - 1)).orElseThrow())
                    .isGreaterThanOrEqualTo(npv(ranked.get(i)).orElseThrow());
              }
              CurrencyAmount first = ranked.get(0).npv().orElseThrow();
              CurrencyAmount second = ranked.get(1).npv().orElseThrow();
              assertThat(comparison.winnerSentence())
                  .startsWith(
                      ranked.get(0).name()
                          + " ranks first with an NPV of "
                          + first.toDisplayString()
                          + " over 2 years at 10.00 %, "
                          + CurrencyAmount.of(NetroiDomain.USD, first.amount() - second.amount())
                              .toDisplayString()
                          + " more than "
                          + ranked.get(1).name()
                          + ": ");
            });
  }
}
