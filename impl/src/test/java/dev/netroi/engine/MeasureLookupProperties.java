package dev.netroi.engine;

import static dev.netroi.testkit.PropertyChecks.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.calc.UnknownMeasureException;
import dev.netroi.testkit.PropertyChecks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The one lookup of measures by name, {@link CalculatorRegistry#measure(String)}, on the built-ins
 * and a plug-in measure ({@code UpliftPerGpuDollar}): it finds every provided measure by its exact
 * name, and refuses any other name listing every provided name, plug-ins included, suggesting the
 * name that a case slip or stray blanks meant.
 */
class MeasureLookupProperties {

  private static final int EXAMPLES = 1000;

  private static final CalculatorRegistry REGISTRY =
      CalculatorRegistry.builtIns().with(new CalculatorRegistryProperties.UpliftPerGpuDollar());

  /** The built-in names in their order, then the plug-in's. */
  private static final List<Measure<?>> KNOWN = known();

  private static final List<String> NAMES = names();

  private static List<Measure<?>> known() {
    List<Measure<?>> known = new ArrayList<>(Measures.all());
    known.add(CalculatorRegistryProperties.UpliftPerGpuDollar.MEASURE);
    return List.copyOf(known);
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    KNOWN.forEach(measure -> names.add(measure.name()));
    return List.copyOf(names);
  }

  @Test
  void measureFindsEveryProvidedMeasureByItsName() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(Generate.pick(KNOWN))
        .checkAssert(
            measure -> {
              seen.merge(measure.name(), 1, Integer::sum);

              assertThat(REGISTRY.measure(measure.name())).isEqualTo(measure);
              assertThat(REGISTRY.measure(measure.toString())).isEqualTo(measure);
            });

    if (!PropertyChecks.isCapped()) { // 100 draws of 62 measures need not meet each one
      assertThat(seen).as("measures seen").containsKeys(NAMES.toArray(new String[0]));
    }
  }

  @Test
  void anyOtherNameIsRefusedListingTheProvidedNamesAndSuggestingTheOneMeant() {
    Map<String, Integer> seen = new TreeMap<>();

    qt(EXAMPLES)
        .forAll(unknownNames())
        .checkAssert(
            lookup -> {
              seen.merge(lookup.meant == null ? "other" : "near miss", 1, Integer::sum);

              assertThatThrownBy(() -> REGISTRY.measure(lookup.name))
                  .isInstanceOfSatisfying(
                      UnknownMeasureException.class,
                      e -> {
                        assertThat(e)
                            .hasMessage(
                                "Unknown measure '"
                                    + lookup.name
                                    + "'"
                                    + (lookup.meant == null
                                        ? ""
                                        : " (did you mean '" + lookup.meant + "'?)")
                                    + "; known measures: "
                                    + String.join(", ", NAMES));
                        assertThat(e.getName()).isEqualTo(lookup.name);
                        assertThat(e.getKnownNames()).containsExactlyElementsOf(NAMES);
                        assertThat(e.getSuggestion())
                            .isEqualTo(java.util.Optional.ofNullable(lookup.meant));
                      });
            });

    int total = seen.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(100.0 * seen.getOrDefault("near miss", 0) / total)
        .as("%% near misses in %s", seen)
        .isGreaterThanOrEqualTo(20);
    assertThat(100.0 * seen.getOrDefault("other", 0) / total)
        .as("%% others in %s", seen)
        .isGreaterThanOrEqualTo(20);
  }

  /** A name looked up, and the provided name it meant, or null where it meant none. */
  private static final class Lookup {
    final String name;
    final @Nullable String meant;

    Lookup(String name, @Nullable String meant) {
      this.name = name;
      this.meant = meant;
    }

    @Override
    public String toString() {
      return "'" + name + "'"; // quoted, so that leading and trailing blanks show
    }
  }

  /**
   * Names that are no provided measure's: half near misses, half other strings of up to 40
   * characters.
   *
   * <p>A near miss is a provided name in lower or upper case, with the case of one letter flipped,
   * or with one to three blanks (space, tab, new line, em space) before or after it: stripped and
   * lower-cased it is the provided name lower-cased, 0 edits away, and no other provided name is
   * (no two provided names differ in case only), so it suggests the name it came from.
   *
   * <p>An other string is kept only if, stripped and lower-cased, it shares no character with any
   * provided name lower-cased: then it is at least max(its length, the name's length) >= 3 edits
   * from every name (the shortest is "Roi"), beyond the 2 a suggestion may be, and it suggests
   * nothing. QuickTheories runs each distinct draw once, so the near misses come in many forms to
   * keep their half of the run.
   */
  private static Gen<Lookup> unknownNames() {
    Gen<String> known = Generate.pick(NAMES);
    Gen<String> blanks =
        lists()
            .of(Generate.pick(List.of(" ", "\t", "\n", "\u2003")))
            .ofSizeBetween(1, 3)
            .map(chars -> String.join("", chars));
    Gen<Lookup> nearMisses =
        Generate.frequency(
            List.of(
                Pair.of(1, known.map(name -> new Lookup(name.toLowerCase(Locale.ROOT), name))),
                Pair.of(1, known.map(name -> new Lookup(name.toUpperCase(Locale.ROOT), name))),
                Pair.of(
                    1,
                    known.flatMap(
                        name ->
                            integers()
                                .between(0, name.length() - 1)
                                .map(index -> new Lookup(flipCase(name, index), name)))),
                Pair.of(1, known.zip(blanks, (name, blank) -> new Lookup(name + blank, name))),
                Pair.of(1, known.zip(blanks, (name, blank) -> new Lookup(blank + name, name)))));
    Set<Integer> knownChars = new HashSet<>();
    NAMES.forEach(name -> name.toLowerCase(Locale.ROOT).chars().forEach(knownChars::add));
    Gen<Lookup> others =
        strings()
            .basicMultilingualPlaneAlphabet()
            .ofLengthBetween(0, 40)
            .assuming(
                name ->
                    name.strip().toLowerCase(Locale.ROOT).chars().noneMatch(knownChars::contains))
            .map(name -> new Lookup(name, null));
    return Generate.frequency(List.of(Pair.of(1, nearMisses), Pair.of(1, others)))
        .assuming(lookup -> !NAMES.contains(lookup.name))
        .describedAs(Lookup::toString);
  }

  private static String flipCase(String name, int index) {
    char c = name.charAt(index);
    char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return name.substring(0, index) + flipped + name.substring(index + 1);
  }
}
