package dev.netroi.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class MeasuresProperties {

  @Property
  void ofFindsEveryBuiltInMeasureByItsName(@ForAll("builtInMeasures") Measure<?> measure) {
    Statistics.label("measure").collect(measure.name());

    assertThat(Measures.of(measure.name())).isSameAs(measure);
    assertThat(Measures.of(measure.toString())).isSameAs(measure);

    Statistics.label("measure")
        .coverage(
            coverage -> {
              for (String name : MeasuresTest.NAMES) {
                coverage.check(name).count(c -> c >= 1);
              }
            });
  }

  @Property
  void ofRefusesAnyOtherNameListingTheKnownOnes(@ForAll("unknownNames") String name) {
    Statistics.label("name")
        .collect(
            MeasuresTest.NAMES.stream().anyMatch(known -> known.equalsIgnoreCase(name.strip()))
                ? "near miss of a known name"
                : "other");

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

    Statistics.label("name")
        .coverage(
            coverage -> {
              coverage.check("near miss of a known name").percentage(p -> p >= 20);
              coverage.check("other").percentage(p -> p >= 20);
            });
  }

  @Property
  void measuresOfOneUnitAreEqualExactlyWhenTheirNamesAre(
      @ForAll("measureNames") String a, @ForAll("measureNames") String b) {
    Measure<Double> first = Measure.of(a, Double.class, MeasureUnit.SHARE, "First.");
    Measure<Double> second = Measure.of(b, Double.class, MeasureUnit.SHARE, "Second.");
    Statistics.label("same name").collect(a.equals(b));

    assertThat(first.equals(second)).isEqualTo(a.equals(b));
    assertThat(first.compareTo(second) == 0).isEqualTo(a.equals(b));
    if (a.equals(b)) {
      assertThat(first.hashCode()).isEqualTo(second.hashCode());
    }

    Statistics.label("same name").coverage(coverage -> coverage.check(true).count(c -> c >= 1));
  }

  @Provide
  Arbitrary<Measure<?>> builtInMeasures() {
    return Arbitraries.of(Measures.all());
  }

  @Provide
  Arbitrary<String> unknownNames() {
    Arbitrary<String> known = Arbitraries.of(MeasuresTest.NAMES);
    Arbitrary<String> nearMisses =
        Arbitraries.oneOf(
            known.map(name -> name.toLowerCase(Locale.ROOT)),
            known.map(name -> name.toUpperCase(Locale.ROOT)),
            known.map(name -> name + " "),
            known.map(name -> " " + name));
    Arbitrary<String> others = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.frequencyOf(Tuple.of(1, nearMisses), Tuple.of(1, others))
        .filter(name -> !MeasuresTest.NAMES.contains(name));
  }

  @Provide
  Arbitrary<String> measureNames() {
    Arbitrary<String> generated =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .ofMaxLength(6)
            .map(rest -> "M" + rest);
    return Arbitraries.frequencyOf(
        Tuple.of(3, generated), Tuple.of(1, Arbitraries.of("Roi", "Npv")));
  }
}
