package dev.netroi;

import static dev.netroi.JavaSerialization.deserialise;
import static dev.netroi.JavaSerialization.serialise;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("InputPath")
class InputPathTest {

  @Test
  void readsItsNameAndSplitsItIntoHeadAndRelativeName() {
    InputPath path = InputPath.of("candidate.effectiveFraction");

    assertThat(path).hasToString("candidate.effectiveFraction");
    assertThat(path.head()).isEqualTo("candidate");
    assertThat(path.relativeName()).isEqualTo("effectiveFraction");
  }

  @Test
  void keepsEverySegmentAfterTheHeadInTheRelativeName() {
    InputPath path = InputPath.of("fabric.leaf2.portCount");

    assertThat(path.head()).isEqualTo("fabric");
    assertThat(path.relativeName()).isEqualTo("leaf2.portCount");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a.b", "fleet.count", "x1.y2z", "throughputModel.exposedCommunicationShare"})
  void roundTripsThroughItsName(String name) {
    InputPath path = InputPath.of(name);

    assertThat(InputPath.of(path.toString())).isEqualTo(path).hasToString(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"count", "", "fleetCount", "Fleet"})
  void refusesFewerThanTwoSegments(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InputPath.of(name))
        .withMessage(
            "path must have at least two dot-separated segments, such as"
                + " 'candidate.effectiveFraction', but was '"
                + name
                + "'");
  }

  @Test
  void refusesASegmentThatIsNotALowerCamelWord() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InputPath.of("candidate.EffectiveFraction"))
        .withMessage(
            "path segments must be lowerCamel words (a lower-case letter, then letters or digits)"
                + " but segment 2 of 'candidate.EffectiveFraction' was 'EffectiveFraction'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Fleet.count|1|Fleet",
        "fleet.|2|",
        ".count|1|",
        "fleet..count|2|",
        "fleet.count.|3|",
        "fleet.1count|2|1count",
        "fleet.unit_price|2|unit_price",
        "fleet.unit-price|2|unit-price",
        "fleet.unit price|2|unit price",
        "fleet.ünit|2|ünit",
        "fleet.countÄ|2|countÄ",
        "fleet.count[|2|count[",
        "fleet.count@|2|count@",
        "fleet.count`|2|count`",
        "fleet.count{|2|count{",
        "fleet.count/|2|count/",
        "fleet.count:|2|count:",
        "fleet.count@x|2|count@x",
        "@leet.count|1|@leet",
        "`leet.count|1|`leet",
        "{leet.count|1|{leet"
      })
  void namesTheSegmentThatIsNotALowerCamelWord(String example) {
    String[] parts = example.split("\\|", -1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InputPath.of(parts[0]))
        .withMessageEndingWith(
            "but segment " + parts[1] + " of '" + parts[0] + "' was '" + parts[2] + "'");
  }

  @Test
  void acceptsEveryAsciiLetterAndDigitAfterTheFirstLetter() {
    String rest = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    assertThat(InputPath.of("a" + rest + ".z" + rest).relativeName()).isEqualTo("z" + rest);
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> InputPath.of(null))
        .withMessage("path must not be null");
  }

  @Test
  void isEqualByName() {
    new EqualsTester()
        .addEqualityGroup(InputPath.of("fleet.count"), InputPath.of("fleet.count"))
        .addEqualityGroup(InputPath.of("fleet.unitPrice"))
        .addEqualityGroup(InputPath.of("market.activeGpus"))
        .testEquals();
    assertThat(InputPath.of("fleet.count").hashCode()).isEqualTo("fleet.count".hashCode());
  }

  @Test
  void isOrderedByName() {
    List<InputPath> paths =
        new ArrayList<>(
            List.of(
                InputPath.of("market.modelAsp"),
                InputPath.of("baseline.portSpeed"),
                InputPath.of("fleet.count"),
                InputPath.of("baseline.annualCostPerGpu")));
    Collections.sort(paths);

    assertThat(paths)
        .extracting(InputPath::toString)
        .containsExactly(
            "baseline.annualCostPerGpu", "baseline.portSpeed", "fleet.count", "market.modelAsp");
    assertThat(InputPath.of("fleet.count").compareTo(InputPath.of("fleet.count"))).isZero();
  }

  @Test
  void serialisesToAnEqualPath() {
    SerializableTester.reserializeAndAssert(InputPath.of("candidate.effectiveFraction"));
  }

  @Test
  void aTamperedNameIsRefusedOnReading() throws IOException {
    byte[] bytes = serialise(InputPath.of("fleet.count"));
    replace(bytes, "fleet.count", "fleet.Count");

    assertThatThrownBy(() -> deserialise(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but segment 2 of 'fleet.Count' was 'Count'");
  }

  private static void replace(byte[] bytes, String from, String to) {
    byte[] needle = from.getBytes(UTF_8);
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      boolean match = true;
      for (int j = 0; j < needle.length && match; j++) {
        match = bytes[i + j] == needle[j];
      }
      if (match) {
        System.arraycopy(to.getBytes(UTF_8), 0, bytes, i, needle.length);
        return;
      }
    }
    throw new AssertionError("the name does not occur in the serialised form");
  }
}
