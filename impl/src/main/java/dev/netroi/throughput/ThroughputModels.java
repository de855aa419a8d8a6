package dev.netroi.throughput;

import dev.netroi.Collective;
import dev.netroi.InputPath;
import dev.netroi.InputPaths;
import dev.netroi.InputRow;
import dev.netroi.InputRule;
import dev.netroi.NetworkOption;
import dev.netroi.OptionRole;
import dev.netroi.Scenario;
import dev.netroi.ThroughputModel;
import dev.netroi.Workload;
import dev.netroi.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The built-in {@link ThroughputModel}s.
 *
 * <ul>
 *   <li>{@link #linear()}: the reference analysis's model. Throughput factor = effective-bandwidth
 *       fraction: every second of every job is network-bound, so value scales with bandwidth (0.60
 *       to 0.95 is a 1.58x speed-up). Used when a scenario names no model.
 *   <li>{@link #amdahl(double)}: only the communication share of a step scales with bandwidth. With
 *       an exposed-communication share {@code f} measured on the baseline, the speed-up from the
 *       baseline fraction {@code e_b} to {@code e} is {@code 1 / ((1 - f) + f * e_b / e)} (1.12x at
 *       f = 0.3 for 0.60 to 0.95). Its share is the input {@code exposedCommunicationShare}, the
 *       path {@code throughputModel.exposedCommunicationShare} of a scenario.
 * </ul>
 *
 * <pre>{@code
 * Scenario s = scenario.toBuilder().throughputModel(ThroughputModels.amdahl(0.3)).build();
 * }</pre>
 */
public final class ThroughputModels {

  private ThroughputModels() {}

  /**
   * Returns whether a model is one of this class's: the linear, Amdahl or collective model, whose
   * factor for an option depends on that option alone (and the model's own inputs), never on the
   * scenario's candidate or baseline, so it may be asked for an option that is neither (such as the
   * candidate at another effective fraction). Told apart by class, not by module: on the class path
   * a plug-in shares netroi's unnamed module.
   *
   * @param model the model, not null
   * @return true for a model of this class
   */
  public static boolean isBuiltIn(ThroughputModel model) {
    Checks.notNull(model, "model");
    return model instanceof Linear || model instanceof Amdahl || model instanceof CollectiveModel;
  }

  /**
   * Returns the collective (alpha-beta) model of a workload: the throughput factor of an option is
   * the workload's compute time per step over its step time on that option, {@code computeSeconds /
   * (computeSeconds + exposed communication)}, where each collective takes {@code latency steps x
   * alpha + bus-bandwidth factor x bytes / B} and {@code B} = the option's port speed x its
   * effective-bandwidth fraction (formulas and sources in {@link Collectives}).
   *
   * <p>A perfect network (communication takes no time) gives the factor 1, so the speed-up of the
   * candidate over the baseline is the baseline's step time over the candidate's: "95 % instead of
   * 60 % effective bandwidth shortens a step by x %". Unlike the Amdahl model, it sees the port
   * speeds of the options, the message sizes and the group sizes.
   *
   * <p>Its inputs are the workload's ({@link Workload#inputNames()}): the paths {@code
   * throughputModel.computeSeconds}, {@code throughputModel.overlapShare}, {@code
   * throughputModel.latencySeconds} and {@code throughputModel.collective1Bytes}, ... of a
   * scenario.
   *
   * @param workload the step: compute time, collectives, overlap and latency
   * @return the model
   */
  public static ThroughputModel collective(Workload workload) {
    return new CollectiveModel(Checks.notNull(workload, "workload"));
  }

  /**
   * Returns the reference analysis's linear model: throughput factor = effective-bandwidth
   * fraction.
   *
   * @return the linear model
   */
  public static ThroughputModel linear() {
    return Linear.INSTANCE;
  }

  /**
   * Returns an Amdahl-style model in which only the exposed communication time scales with
   * effective bandwidth.
   *
   * <p>A training step on the baseline spends the share {@code f} of its time in exposed
   * (non-overlapped) communication. Communication time scales as 1 / effective fraction, compute
   * time does not, so the throughput factor of an option with fraction {@code e}, relative to a
   * perfect network ({@code e = 1}), is {@code ((1 - f) + f * e_b) / ((1 - f) + f * e_b / e)},
   * where {@code e_b} is the baseline's fraction.
   *
   * <p>At {@code f = 0} no communication is exposed: every option's factor is 1 and the speed-up of
   * any change is 1 (the network does not matter, as for a workload whose communication hides
   * entirely under compute). At {@code f = 1} the factor is {@code e}: the linear model.
   *
   * @param exposedCommunicationShare {@code f}, the share of a baseline step spent in exposed
   *     communication, in [0, 1]; 0 makes the network irrelevant, 1 gives the linear model
   * @return the model
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public static ThroughputModel amdahl(double exposedCommunicationShare) {
    return new Amdahl(
        Checks.fraction(exposedCommunicationShare, "exposedCommunicationShare") + 0.0);
  }

  /**
   * The Amdahl model's throughput factor = ((1 - f) + f x e_b) / ((1 - f) + f x e_b / e).
   *
   * @param share {@code f}, the exposed-communication share on the baseline, in [0, 1]
   * @param baselineFraction {@code e_b}, the baseline's effective-bandwidth fraction, in (0, 1]
   * @param fraction {@code e}, the option's effective-bandwidth fraction, in (0, 1]
   * @return the factor, in (0, 1]
   */
  public static double amdahlFactor(double share, double baselineFraction, double fraction) {
    return ((1 - share) + share * baselineFraction)
        / ((1 - share) + share * baselineFraction / fraction);
  }

  /** The linear reference model; one instance, kept so by {@code readResolve}. */
  private static final class Linear implements ThroughputModel {
    private static final long serialVersionUID = 1L;
    static final Linear INSTANCE = new Linear();

    private Linear() {}

    @Override
    public String name() {
      return "linear (reference)";
    }

    @Override
    public String formula() {
      return "throughput factor = effective-bandwidth fraction (value scales linearly with"
          + " bandwidth)";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return option.effectiveFraction();
    }

    private static final List<InputPath> INPUTS =
        List.of(OptionRole.CANDIDATE.effectiveFraction(), OptionRole.BASELINE.effectiveFraction());

    @Override
    public List<InputPath> factorInputs() {
      return INPUTS;
    }

    @Override
    public double throughputFactor(InputRow row, OptionRole role) {
      return row.input(role == OptionRole.CANDIDATE ? 0 : 1);
    }

    private Object readResolve() {
      return INSTANCE;
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /**
   * The Amdahl-style model.
   *
   * @param share the exposed-communication share on the baseline
   */
  private record Amdahl(double share) implements ThroughputModel {

    private static final long serialVersionUID = 1L;

    private static final String SHARE = "exposedCommunicationShare";
    private static final Set<String> INPUTS = Set.of(SHARE);
    private static final InputPath SHARE_PATH =
        InputPaths.THROUGHPUT_MODEL_EXPOSED_COMMUNICATION_SHARE;

    @Override
    public Set<String> inputNames() {
      return INPUTS;
    }

    @Override
    public double input(String name) {
      Checks.knownInput(name, INPUTS, this);
      return share;
    }

    @Override
    public ThroughputModel withInput(String name, double value) {
      Checks.knownInput(name, INPUTS, this);
      return amdahl(value);
    }

    @Override
    public InputRule inputRule(String name) {
      Checks.knownInput(name, INPUTS, this);
      return InputRule.fraction();
    }

    @Override
    public String name() {
      return String.format(Locale.ROOT, "amdahl (exposed communication %s on the baseline)", share);
    }

    @Override
    public String formula() {
      return "throughput factor = ((1 - f) + f * e_b) / ((1 - f) + f * e_b / e), f = " + share;
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return amdahlFactor(
          share, scenario.baseline().effectiveFraction(), option.effectiveFraction());
    }

    private static final List<InputPath> FACTOR_INPUTS =
        List.of(
            SHARE_PATH,
            OptionRole.CANDIDATE.effectiveFraction(),
            OptionRole.BASELINE.effectiveFraction());

    @Override
    public List<InputPath> factorInputs() {
      return FACTOR_INPUTS;
    }

    @Override
    public double throughputFactor(InputRow row, OptionRole role) {
      return amdahlFactor(
          row.input(0), row.input(2), row.input(role == OptionRole.CANDIDATE ? 1 : 2));
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /**
   * The collective model.
   *
   * @param workload the step it times
   */
  private record CollectiveModel(Workload workload) implements ThroughputModel {

    private static final long serialVersionUID = 1L;

    private static final String PORT_SPEED = "portSpeed";

    @Override
    public List<Collective> collectives() {
      return workload.collectives();
    }

    @Override
    public Set<String> inputNames() {
      return workload.inputNames();
    }

    @Override
    public double input(String name) {
      return workload.input(name);
    }

    @Override
    public ThroughputModel withInput(String name, double value) {
      return new CollectiveModel(workload.withInput(name, value));
    }

    @Override
    public InputRule inputRule(String name) {
      return workload.inputRule(name);
    }

    @Override
    public String name() {
      return "collective (" + workload.name() + ")";
    }

    @Override
    public String formula() {
      return "throughput factor = compute / (compute + exposed communication), each collective"
          + " taking steps x alpha + bus-bandwidth factor x bytes / (port speed x e)";
    }

    @Override
    public double throughputFactor(NetworkOption option, Scenario scenario) {
      return Collectives.factor(
          workload.collectives(),
          workload.computeSeconds(),
          workload.overlapShare(),
          workload.latencySeconds(),
          Collectives.bytes(workload),
          Collectives.bytesPerSecond(option.portSpeed().gbps(), option.effectiveFraction()));
    }

    @Override
    public List<InputPath> factorInputs() {
      List<InputPath> paths = new ArrayList<>();
      for (OptionRole role : OptionRole.values()) {
        paths.add(role.path(PORT_SPEED));
        paths.add(role.effectiveFraction());
      }
      paths.add(InputPaths.THROUGHPUT_MODEL_COMPUTE_SECONDS);
      paths.add(InputPaths.THROUGHPUT_MODEL_OVERLAP_SHARE);
      paths.add(InputPaths.THROUGHPUT_MODEL_LATENCY_SECONDS);
      for (int i = 0; i < workload.collectives().size(); i++) {
        paths.add(InputPaths.throughputModelCollectiveBytes(i + 1));
      }
      return List.copyOf(paths);
    }

    /** Index of the first of the model's own inputs in {@link #factorInputs()}. */
    private static final int OWN = 2 * 2;

    @Override
    public double throughputFactor(InputRow row, OptionRole role) {
      int option = role == OptionRole.CANDIDATE ? 0 : 2;
      List<Collective> collectives = workload.collectives();
      double[] bytes = row.scratch(collectives.size());
      for (int i = 0; i < collectives.size(); i++) {
        bytes[i] = row.input(OWN + 3 + i);
      }
      return Collectives.factor(
          collectives,
          row.input(OWN),
          row.input(OWN + 1),
          row.input(OWN + 2),
          bytes,
          Collectives.bytesPerSecond(row.input(option), row.input(option + 1)));
    }

    @Override
    public String toString() {
      return name();
    }
  }
}
