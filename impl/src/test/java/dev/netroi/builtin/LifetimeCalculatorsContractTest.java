package dev.netroi.builtin;

import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.testkit.CalculatorContract;
import dev.netroi.testkit.NetroiDomain;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/**
 * The calculator contract kit ({@link CalculatorContract}) for each lifetime calculator, over
 * scenarios that mostly have lifetime terms (three in four) and sometimes fabrics; the others fail
 * as missing input, which the kit accepts.
 */
class LifetimeCalculatorsContractTest {

  /**
   * Three scenarios in four with lifetime terms, the others as {@link NetroiDomain#scenarios()}.
   */
  static Gen<Scenario> lifetimeScenarios() {
    return NetroiDomain.weighted(
        3, NetroiDomain.scenariosWithLifetimes(), 1, NetroiDomain.scenarios());
  }

  /** The kit over {@link #lifetimeScenarios()}. */
  interface LifetimeContract extends BuiltInContract {
    @Override
    default Gen<Scenario> validScenarios() {
      return lifetimeScenarios();
    }
  }

  @Nested
  class CandidateTco implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new CandidateTcoCalculator();
    }
  }

  @Nested
  class BaselineTco implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new BaselineTcoCalculator();
    }
  }

  @Nested
  class DeliveredCost implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new DeliveredCostCalculator();
    }
  }

  @Nested
  class TokenCost implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new TokenCostCalculator();
    }
  }

  @Nested
  class LifetimeNpv implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new LifetimeNpvCalculator();
    }
  }

  /** Audited only: the batch path refuses its series, so the kit's batch check skips it. */
  @Nested
  class UpgradeCashFlows implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new UpgradeCashFlowsCalculator();
    }
  }

  @Nested
  class UpgradeValue implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new UpgradeValueCalculator();
    }
  }

  @Nested
  class BreakEvenNetworkCost implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new BreakEvenNetworkCostCalculator();
    }
  }

  /** Half the scenarios are investments, whose flows start with an outflow: they have an IRR. */
  @Nested
  class UpgradeIrr implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new UpgradeIrrCalculator();
    }

    @Override
    public Gen<Scenario> validScenarios() {
      return NetroiDomain.weighted(
          1, lifetimeScenarios(), 1, LifetimeCalculatorsProperties.investments());
    }
  }

  @Nested
  class UpgradePayback implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new UpgradePaybackCalculator();
    }
  }

  @Nested
  class UpgradeDiscountedPayback implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new UpgradeDiscountedPaybackCalculator();
    }
  }

  @Nested
  class BreakEvenGpuHourPrice implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new BreakEvenGpuHourPriceCalculator();
    }
  }

  @Nested
  class BreakEvenEffectiveFraction implements LifetimeContract {
    @Override
    public Calculator calculator() {
      return new BreakEvenEffectiveFractionCalculator();
    }
  }
}
