package dev.netroi.calc;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of measures' identity. Looking a measure up by name is the registry's (netroi-impl's
 * {@code MeasureLookupProperties}), since only a registry knows the plug-in measures.
 */
class MeasuresProperties {

  private static final int EXAMPLES = 1000;

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
