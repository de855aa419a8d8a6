package dev.netroi.calc;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.netroi.testkit.PropertyChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MeasuresProperties {

  private static final int EXAMPLES = 1000;

  @Test
  void ofFindsEveryBuiltInMeasureByItsName() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(builtInMeasures())
        .checkAssert(
            measure -> {
              seen.merge(measure.name(), 1, Integer::sum);

              assertThat(Measures.of(measure.name())).isSameAs(measure);
              assertThat(Measures.of(measure.toString())).isSameAs(measure);
            });

    if (!PropertyChecks.isCapped()) { // 100 draws of 61 measures need not meet each one
      assertThat(seen).as("measures seen").containsKeys(MeasuresTest.NAMES.toArray(new String[0]));
    }
  }

  @Test
  void ofRefusesAnyOtherNameListingTheKnownOnes() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(unknownNames())
        .checkAssert(
            name -> {
              seen.merge(
                  MeasuresTest.NAMES.stream()
                          .anyMatch(known -> known.equalsIgnoreCase(name.strip()))
                      ? "near miss of a known name"
                      : "other",
                  1,
                  Integer::sum);

              assertThatThrownBy(() -> Measures.of(name))
                  .isInstanceOfSatisfying(
                      UnknownMeasureException.class,
                      e -> {
                        assertThat(e)
                            .hasMessage(
                                "Unknown measure '"
                                    + name
                                    + "'; known measures: "
                                    + String.join(", ", MeasuresTest.NAMES));
                        assertThat(e.getName()).isEqualTo(name);
                        assertThat(e.getKnownNames()).containsExactlyElementsOf(MeasuresTest.NAMES);
                      });
            });

    int total = seen.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(100.0 * seen.getOrDefault("near miss of a known name", 0) / total)
        .as("%% near misses in %s", seen)
        .isGreaterThanOrEqualTo(20);
    assertThat(100.0 * seen.getOrDefault("other", 0) / total)
        .as("%% others in %s", seen)
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void measuresOfOneUnitAreEqualExactlyWhenTheirNamesAre() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(measureNames(), measureNames())
        .checkAssert(
            (a, b) -> {
              Measure<Double> first = Measure.of(a, Double.class, StandardUnit.SHARE, "First.");
              Measure<Double> second = Measure.of(b, Double.class, StandardUnit.SHARE, "Second.");
              seen.merge(a.equals(b) ? "same name" : "other names", 1, Integer::sum);

              assertThat(first.equals(second)).isEqualTo(a.equals(b));
              assertThat(first.compareTo(second) == 0).isEqualTo(a.equals(b));
              if (a.equals(b)) {
                assertThat(first.hashCode()).isEqualTo(second.hashCode());
              }
            });

    assertThat(seen).as("pairs of names seen").containsKey("same name");
  }

  @Test
  void measuresOfOneNameAreEqualExactlyWhenTheirUnitsAre() {
    Map<String, Integer> seen = new TreeMap<>();
    List<MeasureUnit> doubleUnits = new ArrayList<>();
    for (StandardUnit unit : StandardUnit.values()) {
      if (unit.valueType() == Double.class) {
        doubleUnits.add(unit);
      }
    }
    doubleUnits.add(MeasureUnitTest.CarbonUnit.GRAMS_CO2_PER_GPU_HOUR);
    doubleUnits.add(MeasureUnitTest.LookAlikeUnit.SHARE);
    doubleUnits.add(new MeasureUnitTest.NotNegativeGrams("GRAMS"));
    Gen<MeasureUnit> units = Generate.pick(doubleUnits).describedAs(MeasureUnit::name);

    qt(EXAMPLES)
        .forAll(measureNames(), units, units)
        .checkAssert(
            (name, a, b) -> {
              Measure<Double> first = Measure.of(name, Double.class, a, "First.");
              Measure<Double> second = Measure.of(name, Double.class, b, "Second.");
              seen.merge(a.equals(b) ? "same unit" : "other units", 1, Integer::sum);

              assertThat(first.equals(second)).isEqualTo(a.equals(b));
              assertThat(first.compareTo(second) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(first.compareTo(second)))
                  .isEqualTo(-Integer.signum(second.compareTo(first)));
              assertThat(first.hashCode()).isEqualTo(second.hashCode());
            });

    assertThat(seen).as("pairs of units seen").containsKeys("same unit", "other units");
  }

  private static Gen<Measure<?>> builtInMeasures() {
    return Generate.pick(Measures.all());
  }

  /**
   * Names that are no built-in measure's: half near misses, half any string of up to 40 characters.
   * A near miss is a known name in lower or upper case, with the case of one letter flipped, or
   * with one to three blanks (space, tab, new line, em space) before or after it. QuickTheories
   * runs each distinct draw once, so the near misses come in many forms to keep their half of the
   * run.
   */
  private static Gen<String> unknownNames() {
    Gen<String> known = Generate.pick(MeasuresTest.NAMES);
    Gen<String> blanks =
        lists()
            .of(Generate.pick(List.of(" ", "\t", "\n", "\u2003")))
            .ofSizeBetween(1, 3)
            .map(chars -> String.join("", chars));
    Gen<String> nearMisses =
        Generate.frequency(
            List.of(
                Pair.of(1, known.map(name -> name.toLowerCase(Locale.ROOT))),
                Pair.of(1, known.map(name -> name.toUpperCase(Locale.ROOT))),
                Pair.of(
                    1,
                    known.flatMap(
                        name ->
                            integers()
                                .between(0, name.length() - 1)
                                .map(index -> flipCase(name, index)))),
                Pair.of(1, known.zip(blanks, (name, blank) -> name + blank)),
                Pair.of(1, known.zip(blanks, (name, blank) -> blank + name))));
    Gen<String> others = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40);
    return Generate.frequency(List.of(Pair.of(1, nearMisses), Pair.of(1, others)))
        .assuming(name -> !MeasuresTest.NAMES.contains(name))
        .describedAs(name -> "'" + name + "'"); // quoted, so that leading and trailing blanks show
  }

  private static String flipCase(String name, int index) {
    char c = name.charAt(index);
    char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return name.substring(0, index) + flipped + name.substring(index + 1);
  }

  /** Names such as "M", "Mx7" or "MAb3Zq", with the built-in "Roi" and "Npv" mixed in. */
  private static Gen<String> measureNames() {
    List<Character> alphanumerics = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      alphanumerics.add(c);
      alphanumerics.add(Character.toUpperCase(c));
    }
    for (char c = '0'; c <= '9'; c++) {
      alphanumerics.add(c);
    }
    Gen<String> generated =
        lists()
            .of(Generate.pick(alphanumerics))
            .ofSizeBetween(0, 6)
            .map(
                rest ->
                    rest.stream().map(String::valueOf).collect(Collectors.joining("", "M", "")));
    return Generate.frequency(
        List.of(Pair.of(3, generated), Pair.of(1, Generate.pick(List.of("Roi", "Npv")))));
  }
}
