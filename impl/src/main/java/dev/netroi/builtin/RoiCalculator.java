package dev.netroi.builtin;

import static dev.netroi.calc.Measures.EXTRA_NETWORK_COST_PER_GPU;
import static dev.netroi.calc.Measures.NET_BENEFIT_PER_GPU;
import static dev.netroi.calc.Measures.ROI;

import dev.netroi.calc.Explanation;
import dev.netroi.calc.FailureReason;
import dev.netroi.calc.Row;
import dev.netroi.finance.AnnualValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Textbook ROI = (uplift - extra cost) / extra cost = net benefit / extra cost ({@link
 * AnnualValue#roi}). Undefined (a failed result) when the candidate costs no more than the
 * baseline: there is no extra spend to return on, and the net benefit tells the story instead.
 */
public final class RoiCalculator extends BuiltInRowCalculator {

  private static final String FORMULA =
      ROI
          + " = (ValueUpliftPerGpu - ExtraNetworkCostPerGpu) / ExtraNetworkCostPerGpu = "
          + NET_BENEFIT_PER_GPU
          + " / "
          + EXTRA_NETWORK_COST_PER_GPU;

  private static final int NET = 0;
  private static final int EXTRA = 1;

  /** Creates the calculator. */
  public RoiCalculator() {
    super(List.of(ROI), List.of(NET_BENEFIT_PER_GPU, EXTRA_NETWORK_COST_PER_GPU));
  }

  @Override
  public @Nullable FailureReason compute(Row row) {
    double extra = row.value(EXTRA);
    if (!(extra > 0)) {
      return FailureReason.UNDEFINED;
    }
    row.set(0, AnnualValue.roi(row.value(NET), extra));
    return null;
  }

  @Override
  public Explanation explain(Row row, int output) {
    return explained(FORMULA, row, NET, EXTRA);
  }

  @Override
  public String refusal(Row row, FailureReason reason) {
    double extra = row.value(EXTRA);
    return ROI
        + " is undefined: the candidate costs "
        + (extra == 0 ? "the same as" : "less than")
        + " the baseline ("
        + EXTRA_NETWORK_COST_PER_GPU
        + " = "
        + money(row, extra)
        + "), so there is no extra spend to return on; see "
        + NET_BENEFIT_PER_GPU
        + " = "
        + money(row, row.value(NET));
  }
}
