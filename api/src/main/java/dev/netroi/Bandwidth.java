package dev.netroi;

import dev.netroi.internal.Checks;
import dev.netroi.internal.Decimals;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data rate in gigabits per second (Gb/s), such as a port speed or an effective bandwidth.
 *
 * <p><b>Effective bandwidth</b> = port speed x effective-bandwidth fraction: the share of the port
 * speed that an AI workload actually gets under load ({@link NetworkOption}).
 *
 * <p>The canonical form is {@code "800 Gb/s"} (no trailing zeros, {@code "12.5 Gb/s"}); {@link
 * #parse(String)} reads it back. Value-based, immutable and thread-safe.
 *
 * @param gbps the rate in gigabits per second, finite and positive
 */
public record Bandwidth(double gbps) implements Comparable<Bandwidth>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?) ?Gb/s");

  /**
   * Validates the rate.
   *
   * @param gbps the rate in gigabits per second, finite and positive
   * @throws IllegalArgumentException if {@code gbps} is not finite and positive
   */
  public Bandwidth {
    Checks.positive(gbps, "gbps");
  }

  /**
   * Obtains a bandwidth in gigabits per second.
   *
   * @param gbps the rate, finite and positive
   * @return the bandwidth
   * @throws IllegalArgumentException if {@code gbps} is not finite and positive
   */
  public static Bandwidth ofGbps(double gbps) {
    return new Bandwidth(gbps);
  }

  /**
   * Parses the canonical form {@code "800 Gb/s"} (the space is optional).
   *
   * @param text the text, not null
   * @return the bandwidth
   * @throws IllegalArgumentException if the text is not a positive decimal followed by {@code Gb/s}
   */
  public static Bandwidth parse(String text) {
    Checks.notNull(text, "text");
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Bandwidth text must look like '800 Gb/s' but was '" + text + "'");
    }
    return new Bandwidth(Double.parseDouble(m.group(1)));
  }

  /**
   * Returns this bandwidth multiplied by a positive factor, such as an effective-bandwidth
   * fraction.
   *
   * @param factor the factor, finite and positive
   * @return the scaled bandwidth
   * @throws IllegalArgumentException if {@code factor} is not finite and positive
   */
  public Bandwidth multipliedBy(double factor) {
    Checks.positive(factor, "factor");
    return new Bandwidth(gbps * factor);
  }

  /**
   * Returns the ratio of this bandwidth to {@code other}.
   *
   * @param other the denominator, not null
   * @return {@code this.gbps / other.gbps}
   */
  public double ratioTo(Bandwidth other) {
    return gbps / Checks.notNull(other, "other").gbps;
  }

  @Override
  public int compareTo(Bandwidth other) {
    return Double.compare(gbps, other.gbps);
  }

  /**
   * Returns the canonical form, such as {@code "800 Gb/s"}.
   *
   * @return the canonical form, accepted by {@link #parse(String)}
   */
  @Override
  public String toString() {
    return Decimals.plain(gbps) + " Gb/s";
  }
}
