package dev.netroi.engine;

import dev.netroi.Bandwidth;
import dev.netroi.CurrencyAmount;
import dev.netroi.InputPath;
import dev.netroi.InputRule;
import dev.netroi.Scenario;
import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Figure;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Result;
import dev.netroi.calc.Row;
import dev.netroi.calc.RowCalculator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One call of the engine's batch path: the rows are cut into blocks of {@link #blockSize} rows (the
 * engine's {@link CalculationEngine#blockSize()}, {@value CalculationEngine#DEFAULT_BLOCK_SIZE}
 * unless set), and workers (the calling thread and tasks of the common fork-join pool) take the
 * blocks one by one. A row's results depend only on its inputs, and the blocks do not depend on the
 * number of workers, so the columns are the same for any parallelism.
 *
 * <p>Per block, every measure of the plan has a value array and a failure-code array (0: no
 * failure, else the reason's ordinal + 1); the requested ones are copied into the result columns.
 */
final class BatchRun {

  /** Rows per block of this run. */
  final int blockSize;

  private static final FailureReason[] REASONS = FailureReason.values();
  private static final byte INVALID = code(FailureReason.INVALID_INPUT);
  private static final byte DEPENDENCY = code(FailureReason.DEPENDENCY_FAILED);
  private static final byte ERROR = code(FailureReason.CALCULATION_ERROR);
  private static final byte MISSING = code(FailureReason.MISSING_INPUT);

  private static final int MONEY = 0;
  private static final int BANDWIDTH = 1;
  private static final int PLAIN = 2;

  /** The explanation of a figure handed to a calculator that has no row body. */
  private static final Explanation FROM_BATCH =
      Explanation.of("computed on the batch path, without an explanation");

  private final CalculationEngine.Plan plan;
  final Scenario base;
  private final Currency currency;
  final InputPath[] varied;
  final double[][] columns;
  private final InputRule[] rules;
  private final double[] lowests;
  private final double[] highests;
  final int size;
  private final int blockCount;
  private final Measure<?>[] slotMeasures;
  private final int[] slotKinds;

  /** The values of the requested measures, one full column each. */
  final double[][] values;

  /** The failure codes of the requested measures, per block; null for a block without failures. */
  final byte[][][] codes;

  /** The input paths of each row calculator's step, for the base scenario's structure. */
  private final IdentityHashMap<CalculationEngine.Step, InputPath[]> rowPaths =
      new IdentityHashMap<>();

  /**
   * The row calculators that refuse the batch's structure, and why: no row of theirs is computed.
   */
  private final IdentityHashMap<CalculationEngine.Step, FailureReason> refusals =
      new IdentityHashMap<>();

  /** The loop of each row calculator that computes rows. */
  private final IdentityHashMap<CalculationEngine.Step, RowLoops.Loop> loops =
      new IdentityHashMap<>();

  /** The layout of each row calculator for the batch's structure. */
  private final IdentityHashMap<CalculationEngine.Step, Integer> layouts = new IdentityHashMap<>();

  /** The exceptions that calculators threw, per calculator. */
  final BatchErrors errors = new BatchErrors();

  /** Rows computed one by one, summed over the calculators that computed them so. */
  final AtomicLong rowByRow = new AtomicLong();

  BatchRun(
      CalculationEngine.Plan plan,
      Scenario base,
      InputPath[] varied,
      double[][] columns,
      int blockSize) {
    this.plan = plan;
    this.blockSize = blockSize;
    this.base = base;
    this.currency = base.currency();
    this.varied = varied;
    this.columns = columns;
    this.rules = new InputRule[varied.length];
    this.lowests = new double[varied.length];
    this.highests = new double[varied.length];
    for (int i = 0; i < varied.length; i++) {
      rules[i] = base.inputRule(varied[i]);
      lowests[i] = rules[i].lowest();
      highests[i] = rules[i].highest();
    }
    this.size = columns[0].length;
    this.blockCount = (size + blockSize - 1) / blockSize;
    this.slotMeasures = new Measure<?>[plan.slots.size()];
    this.slotKinds = new int[slotMeasures.length];
    for (Map.Entry<Measure<?>, Integer> entry : plan.slots.entrySet()) {
      slotMeasures[entry.getValue()] = entry.getKey();
      slotKinds[entry.getValue()] = kind(entry.getKey());
    }
    for (CalculationEngine.Step step : plan.steps) {
      RowCalculator row = step.rowCalculator;
      if (row != null) {
        FailureReason refused = row.refuses(base);
        if (refused != null) {
          refusals.put(step, refused);
        } else {
          rowPaths.put(step, row.inputPaths(base).toArray(new InputPath[0]));
          layouts.put(step, row.layout(base));
          loops.put(step, step.loop());
        }
      }
    }
    this.values = new double[plan.requested.size()][size];
    this.codes = new byte[plan.requested.size()][blockCount][];
  }

  @SuppressWarnings("EnumOrdinal") // a compact code per row, decoded by reason(byte) below
  static byte code(FailureReason reason) {
    return (byte) (reason.ordinal() + 1);
  }

  static FailureReason reason(byte code) {
    return REASONS[code - 1];
  }

  private static int kind(Measure<?> measure) {
    Class<?> type = measure.unit().valueType();
    if (type == CurrencyAmount.class) {
      return MONEY;
    }
    if (type == Bandwidth.class) {
      return BANDWIDTH;
    }
    if (type == Double.class) {
      return PLAIN;
    }
    throw new IllegalArgumentException(
        "the batch path computes measures whose values are numbers, but "
            + measure
            + " has values of type "
            + type.getSimpleName());
  }

  /** Runs every block, on up to {@code parallelism} threads, the calling one included. */
  void run(int parallelism) {
    AtomicInteger next = new AtomicInteger();
    int workers = Math.min(parallelism, blockCount);
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int i = 1; i < workers; i++) {
      tasks.add(ForkJoinTask.adapt(() -> work(next)).fork());
    }
    RuntimeException failure = null;
    try {
      work(next);
    } catch (RuntimeException e) {
      failure = e;
      next.set(blockCount); // the tasks stop after their current block
    }
    for (ForkJoinTask<?> task : tasks) {
      try {
        task.join(); // always: no task may still write into the results after this returns
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void work(AtomicInteger next) {
    Worker worker = new Worker();
    for (int block = next.getAndIncrement(); block < blockCount; block = next.getAndIncrement()) {
      worker.runBlock(block);
    }
    rowByRow.addAndGet(worker.rowByRow);
  }

  /** The state of one thread: the arrays of one block, reused from block to block. */
  private final class Worker implements RowLoops.Rows {
    private final double[][] slotValues = new double[slotMeasures.length][blockSize];
    private final byte[][] slotCodes = new byte[slotMeasures.length][blockSize];
    private final boolean[] slotFailed = new boolean[slotMeasures.length];
    // slots whose calculator refused the batch's structure as missing input: absent in every row
    private final boolean[] slotAbsent = new boolean[slotMeasures.length];
    private final double[][] variedValues = new double[varied.length][blockSize];
    private final Map<InputPath, double[]> inputs = new HashMap<>();
    private final Map<Measure<?>, double[]> discarded = new HashMap<>();
    private final byte[] invalid = new byte[blockSize];
    private boolean anyInvalid;
    private final @Nullable Scenario[] rowScenarios = new Scenario[blockSize];
    private boolean rowScenariosUsed;
    private int start;
    private int rows;
    private long rowByRow;

    // the step being run
    private CalculationEngine.@Nullable Step step;
    private final boolean[] rowFailed = new boolean[blockSize];
    private boolean rowFailedDirty;
    private boolean rowsFailed;
    private final byte[] stepCodes = new byte[blockSize];
    private boolean stepFailed;

    Worker() {
      for (int i = 0; i < varied.length; i++) {
        inputs.put(varied[i], variedValues[i]);
      }
    }

    @SuppressWarnings("ShortCircuitBoolean") // & on purpose: no branch in the row loop
    void runBlock(int block) {
      start = block * blockSize;
      rows = Math.min(blockSize, size - start);
      anyInvalid = false;
      Arrays.fill(invalid, 0, rows, (byte) 0);
      if (rowScenariosUsed) {
        Arrays.fill(rowScenarios, null);
        rowScenariosUsed = false;
      }
      for (int i = 0; i < varied.length; i++) {
        double[] column = columns[i];
        double[] in = variedValues[i];
        InputRule rule = rules[i];
        double lowest = lowests[i];
        double highest = highests[i];
        int outside = 0; // an int flag, set without a branch: a short dependency chain
        for (int row = 0; row < rows; row++) {
          double value = column[start + row] + 0.0; // as the values store it: no -0.0
          in[row] = value;
          outside |= value >= lowest & value <= highest ? 0 : 1; // NaN is outside
        }
        if (outside != 0 || !rule.isInterval()) {
          for (int row = 0; row < rows; row++) {
            if (!rule.test(in[row])) {
              invalid[row] = INVALID;
              anyInvalid = true;
            }
          }
        }
      }
      Arrays.fill(slotFailed, false);
      Arrays.fill(slotAbsent, false);
      for (CalculationEngine.Step each : plan.steps) {
        runStep(each);
      }
      for (int i = 0; i < values.length; i++) {
        int slot = plan.requestedSlots[i];
        System.arraycopy(slotValues[slot], 0, values[i], start, rows);
        codes[i][block] = slotFailed[slot] ? Arrays.copyOf(slotCodes[slot], rows) : null;
      }
    }

    private void runStep(CalculationEngine.Step current) {
      step = current;
      boolean inputFailed = false;
      for (int slot : current.inputSlots) {
        inputFailed |= slotFailed[slot];
      }
      for (int slot : current.usedSlots) {
        // a used measure refused for the whole structure as missing is absent: it fails no row
        inputFailed |= slotFailed[slot] && !slotAbsent[slot];
      }
      rowsFailed = anyInvalid || inputFailed;
      if (rowsFailed) {
        for (int row = 0; row < rows; row++) {
          boolean failed = invalid[row] != 0;
          if (inputFailed) {
            for (int slot : current.inputSlots) {
              failed |= slotFailed[slot] && slotCodes[slot][row] != 0;
            }
            for (int slot : current.usedSlots) {
              // a used measure missing in a row is absent there, not a failure
              failed |=
                  slotFailed[slot] && slotCodes[slot][row] != 0 && slotCodes[slot][row] != MISSING;
            }
          }
          rowFailed[row] = failed;
        }
        rowFailedDirty = true;
      } else if (rowFailedDirty) {
        Arrays.fill(rowFailed, false);
        rowFailedDirty = false;
      }
      clearStepCodes();
      if (current.rowCalculator != null) {
        runRowCalculator(current);
      } else {
        runRows(current);
      }
      finish(current);
      step = null;
    }

    /**
     * The batch path of a row calculator: its one body, row by row over the block's columns, in the
     * calculator's own loop ({@link RowLoops}).
     */
    private void runRowCalculator(CalculationEngine.Step current) {
      FailureReason refused = refusals.get(current);
      if (refused != null) {
        byte code = refusalCode(refused);
        for (int r = 0; r < rows; r++) {
          stepCodes[r] = code;
        }
        stepFailed = true;
        if (refused == FailureReason.MISSING_INPUT && !rowsFailed) {
          // every row missing, none failed otherwise: absent throughout for the calculators using
          // it
          for (int slot : current.outputSlots) {
            slotAbsent[slot] = true;
          }
        }
        return;
      }
      BlockRow row = blockRow.open(current);
      Objects.requireNonNull(loops.get(current)).run(this);
      // outputs this plan drops: checked as the audited path checks every output
      for (int i = 0; i < current.rowOutputs.length; i++) {
        if (current.rowOutputSlots[i] < 0) {
          double[] out = row.outs[i];
          Measure<?> measure = current.rowOutputs[i];
          for (int r = 0; r < rows; r++) {
            if (!rowFailed[r] && stepCodes[r] == 0 && Rows.refused(measure, out[r])) {
              stepCodes[r] = ERROR;
              stepFailed = true;
            }
          }
        }
      }
      row.close();
    }

    @Override
    public int count() {
      return rows;
    }

    @Override
    public boolean isFailed(int r) {
      return rowFailed[r];
    }

    @Override
    public Row at(int r) {
      BlockRow row = blockRow;
      row.index = r;
      row.written = 0;
      return row;
    }

    @Override
    public void done(int r) {
      BlockRow row = blockRow;
      if ((row.written & row.complete) != row.complete) { // an output left unset
        stepCodes[r] = ERROR;
        stepFailed = true;
      }
    }

    @Override
    public void refuse(int r, FailureReason reason) {
      stepCodes[r] = refusalCode(reason);
      stepFailed = true;
    }

    @Override
    public void error(int r, RuntimeException e) {
      stepCodes[r] = ERROR;
      stepFailed = true;
      errors.record(Objects.requireNonNull(step).calculator, e);
    }

    private byte refusalCode(FailureReason reason) {
      return reason == FailureReason.DEPENDENCY_FAILED || reason == FailureReason.INVALID_INPUT
          ? ERROR
          : code(reason);
    }

    private final BlockRow blockRow = new BlockRow();

    /** A block of NaN: the values of a used measure that is absent. */
    private double[] nans() {
      double[] nans = new double[blockSize];
      Arrays.fill(nans, Double.NaN);
      return nans;
    }

    /** A row of the block, as a row calculator reads and writes it. */
    private final class BlockRow implements Row {
      int index;
      private double[][] ins = new double[0][];
      private double[][] vals = new double[0][];
      private int[] valueSlots = new int[0];
      private int required;
      private int layout;
      private int outputCount;
      // the outputs set in the current row, one bit each, and the bits of all of them
      long written;
      private long complete;
      private boolean closed = true;
      private byte[] @Nullable [] checks = new byte[0][];
      private final double[] nans = nans();
      double[][] outs = new double[0][];
      private double[] work = new double[0];

      BlockRow open(CalculationEngine.Step step) {
        // arrays of exactly the declared sizes: an index outside them fails on its own
        InputPath[] paths = Objects.requireNonNull(rowPaths.get(step));
        if (ins.length != paths.length) {
          ins = new double[paths.length][];
        }
        for (int i = 0; i < paths.length; i++) {
          ins[i] = Worker.this.input(paths[i]);
        }
        layout = Objects.requireNonNull(layouts.get(step));
        valueSlots = step.rowValueSlots;
        required = step.requiredCount;
        if (vals.length != valueSlots.length) {
          vals = new double[valueSlots.length][];
          checks = new byte[valueSlots.length][];
        }
        for (int i = 0; i < valueSlots.length; i++) {
          int slot = valueSlots[i];
          boolean absent = slot < 0 || slotAbsent[slot];
          vals[i] = absent ? nans : slotValues[slot];
          // a used measure that failed in some rows of this block: those rows read NaN
          checks[i] = !absent && i >= required && slotFailed[slot] ? slotCodes[slot] : null;
        }
        outputCount = step.rowOutputs.length;
        complete = outputCount >= Long.SIZE ? 0 : (1L << outputCount) - 1;
        closed = false;
        if (outs.length != outputCount) {
          outs = new double[outputCount][];
        }
        for (int i = 0; i < outputCount; i++) {
          int slot = step.rowOutputSlots[i];
          double[] out =
              slot >= 0
                  ? slotValues[slot]
                  : discarded.computeIfAbsent(step.rowOutputs[i], m -> new double[blockSize]);
          if (outputCount >= Long.SIZE) {
            Arrays.fill(out, 0, rows, Double.NaN); // too many to track: a row left unset is NaN
          }
          outs[i] = out;
        }
        return this;
      }

      /** Ends the step: the row refuses outputs from now on. */
      void close() {
        outputCount = 0;
        closed = true;
      }

      @Override
      public Scenario scenario() {
        return base;
      }

      @Override
      public double input(int i) {
        return ins[i][index];
      }

      @Override
      public double value(int i) {
        double value = vals[i][index];
        byte[] failed = checks[i];
        return failed == null || failed[index] == 0 ? value : Double.NaN;
      }

      @Override
      public boolean isPresent(int i) {
        if (i < required) {
          Objects.checkIndex(i, vals.length);
          return true;
        }
        byte[] failed = checks[i];
        return vals[i] != nans && (failed == null || failed[index] == 0);
      }

      @Override
      public void set(int i, double value) {
        if (closed) {
          throw outside(i, outputCount);
        }
        outs[i][index] = value;
        written |= 1L << i;
      }

      /** The exception of an index outside the row's outputs, or of a row used too late. */
      private RuntimeException outside(int i, int count) {
        return closed
            ? new IllegalStateException("the row is used after compute returned")
            : new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + count);
      }

      @Override
      public double output(int i) {
        if (closed) {
          throw outside(i, outputCount);
        }
        return outs[i][index];
      }

      @Override
      public Figure<?> figure(int i) {
        throw new IllegalStateException(
            "figures and explanations are on the audited path only, not on the batch path");
      }

      @Override
      public int layout() {
        return layout;
      }

      @Override
      public double[] scratch(int length) {
        work = RowLoops.scratch(work, length);
        return work;
      }

      @Override
      public Scenario rowScenario() {
        return Worker.this.scenario(index);
      }

      @Override
      public String toString() {
        return "BlockRow[" + (start + index) + "]";
      }
    }

    private void clearStepCodes() {
      if (stepFailed) {
        Arrays.fill(stepCodes, (byte) 0);
        stepFailed = false;
      }
    }

    /** The fallback: each row through the audited {@code calculate}, with figures from columns. */
    private void runRows(CalculationEngine.Step current) {
      for (int row = 0; row < rows; row++) {
        if (rowFailed[row]) {
          continue;
        }
        rowByRow++;
        Scenario scenario;
        try {
          scenario = scenario(row);
        } catch (IllegalArgumentException e) {
          // each input passed its own rule, but the value refuses them together (a plug-in value
          // whose rule ties two inputs): the row's scenario does not exist, as on the audited path
          stepCodes[row] = INVALID;
          stepFailed = true;
          continue;
        }
        Result<?>[] done = new Result<?>[slotMeasures.length];
        for (int slot : current.inputSlots) {
          done[slot] = Result.success(figure(slotMeasures[slot], slotValues[slot][row]));
        }
        for (int slot : current.usedSlots) {
          done[slot] =
              slotFailed[slot] && slotCodes[slot][row] != 0
                  ? Result.failure(
                      slotMeasures[slot], FailureReason.MISSING_INPUT, "missing in this row", null)
                  : Result.success(figure(slotMeasures[slot], slotValues[slot][row]));
        }
        current.run(scenario, done, plan.slots);
        for (int i = 0; i < current.outputSlots.length; i++) {
          Result<?> result = CalculationEngine.present(done, current.outputSlots[i]);
          if (!result.isSuccess()) {
            Result.Failure<?> failure = (Result.Failure<?>) result;
            stepCodes[row] = code(failure.reason());
            stepFailed = true;
            Throwable cause = failure.cause();
            if (failure.reason() == FailureReason.CALCULATION_ERROR
                && cause instanceof RuntimeException thrown) {
              errors.record(current.calculator, thrown);
            }
            break;
          }
          Object value = result.figure().value();
          if (value instanceof CurrencyAmount amount && !amount.currency().equals(currency)) {
            // the batch path holds money in the scenario's currency
            stepCodes[row] = ERROR;
            stepFailed = true;
            break;
          }
          slotValues[current.outputSlots[i]][row] = number(value);
        }
      }
    }

    /** Fails rows whose values a value type would refuse; sets the failure codes of the outputs. */
    @SuppressWarnings("ShortCircuitBoolean") // & on purpose: no branch in the row loop
    private void finish(CalculationEngine.Step current) {
      boolean valid = true;
      for (int slot : current.outputSlots) {
        double[] out = slotValues[slot];
        // int flags set without a branch; rows are looked at one by one only when a value is
        // refused
        int refused = 0;
        switch (slotKinds[slot]) {
          case MONEY -> {
            for (int row = 0; row < rows; row++) {
              double value = out[row] + 0.0; // as CurrencyAmount stores it: no -0.0
              out[row] = value;
              refused |= Math.abs(value) <= Double.MAX_VALUE ? 0 : 1;
            }
          }
          case BANDWIDTH -> {
            for (int row = 0; row < rows; row++) {
              double value = out[row];
              refused |= value > 0 & value <= Double.MAX_VALUE ? 0 : 1;
            }
          }
          default -> {
            for (int row = 0; row < rows; row++) {
              refused |= Math.abs(out[row]) <= Double.MAX_VALUE ? 0 : 1;
            }
          }
        }
        valid &= refused == 0;
      }
      if (!valid) {
        refuse(current);
      }
      if (!stepFailed && !rowsFailed) {
        return;
      }
      boolean anyFailed = false;
      for (int row = 0; row < rows; row++) {
        if (rowFailed[row]) {
          stepCodes[row] = invalid[row] != 0 ? INVALID : DEPENDENCY;
          anyFailed = true;
        } else if (stepCodes[row] != 0) {
          anyFailed = true;
        }
      }
      stepFailed = true;
      if (!anyFailed) {
        return;
      }
      for (int slot : current.outputSlots) {
        System.arraycopy(stepCodes, 0, slotCodes[slot], 0, rows);
        slotFailed[slot] = true;
      }
    }

    /** Fails as a calculation error the rows with a value their type refuses. */
    private void refuse(CalculationEngine.Step current) {
      for (int slot : current.outputSlots) {
        double[] out = slotValues[slot];
        int kind = slotKinds[slot];
        for (int row = 0; row < rows; row++) {
          if (refused(kind, out[row]) && stepCodes[row] == 0) {
            stepCodes[row] = ERROR;
            stepFailed = true;
          }
        }
      }
    }

    /** Whether a value type refuses a value: not finite, or a bandwidth that is not positive. */
    private boolean refused(int kind, double value) {
      return kind == BANDWIDTH ? !InputRule.positive().test(value) : !Double.isFinite(value);
    }

    private Figure<?> figure(Measure<?> measure, double value) {
      return typedFigure(measure, value);
    }

    private <T> Figure<T> typedFigure(Measure<T> measure, double value) {
      Object object =
          switch (kind(measure)) {
            case MONEY -> CurrencyAmount.of(currency, value);
            case BANDWIDTH -> Bandwidth.ofGbps(value);
            default -> value;
          };
      return Figure.of(measure, measure.type().cast(object), FROM_BATCH);
    }

    private double number(Object value) {
      if (value instanceof CurrencyAmount amount) {
        return amount.amount();
      }
      if (value instanceof Bandwidth bandwidth) {
        return bandwidth.gbps();
      }
      return (Double) value;
    }

    /** The values of one input in this block: the varied column, or the base value throughout. */
    double[] input(InputPath path) {
      double[] values = inputs.get(path);
      if (values == null) {
        double constant = base.valueAt(path); // throws UnknownInputPathException for a typo
        values = new double[blockSize];
        Arrays.fill(values, constant);
        inputs.put(path, values);
      }
      return values;
    }

    /** The scenario of one row of this block, built once and kept for the block. */
    Scenario scenario(int row) {
      if (row < 0 || row >= rows) {
        throw new IndexOutOfBoundsException("row must be in [0, " + rows + ") but was " + row);
      }
      Scenario scenario = rowScenarios[row];
      if (scenario == null) {
        scenario = BatchRun.this.scenario(start + row);
        rowScenarios[row] = scenario;
        rowScenariosUsed = true;
      }
      return scenario;
    }
  }

  /** The scenario of one row of the whole batch. */
  Scenario scenario(int row) {
    Scenario scenario = base;
    for (int i = 0; i < varied.length; i++) {
      scenario = scenario.with(varied[i], columns[i][row]);
    }
    return scenario;
  }
}
