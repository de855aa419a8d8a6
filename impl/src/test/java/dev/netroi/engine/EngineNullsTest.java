package dev.netroi.engine;

import com.google.common.testing.NullPointerTester;
import dev.netroi.Scenario;
import dev.netroi.calc.Calculator;
import dev.netroi.calc.Measure;
import dev.netroi.calc.Measures;
import dev.netroi.reference.ReferenceArgument;
import dev.netroi.throughput.ThroughputModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public factory and method of the engine refuses null with a NullPointerException. */
class EngineNullsTest {

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(Scenario.class, ReferenceArgument.mixtral())
          .setDefault(Measure.class, Measures.VALUE_UPLIFT_PER_GPU)
          .setDefault(Measure[].class, new Measure<?>[] {Measures.VALUE_UPLIFT_PER_GPU})
          .setDefault(List.class, List.of(Measures.VALUE_UPLIFT_PER_GPU))
          .setDefault(CalculatorRegistry.class, CalculatorRegistry.builtIns())
          .setDefault(Calculator[].class, new Calculator[0])
          .setDefault(ClassLoader.class, EngineNullsTest.class.getClassLoader())
          .setDefault(String.class, "ValueUpliftPerGpu")
          .setDefault(double.class, 0.5);

  @Test
  void staticFactoriesRefuseNull() {
    tester.testAllPublicStaticMethods(CalculatorRegistry.class);
    tester.testAllPublicStaticMethods(CalculationEngine.class);
    tester.testAllPublicStaticMethods(Netroi.class);
    tester.testAllPublicStaticMethods(ThroughputModels.class);
  }

  @Test
  void instanceMethodsRefuseNull() {
    tester.testAllPublicInstanceMethods(CalculatorRegistry.builtIns());
    tester.testAllPublicInstanceMethods(Netroi.engine());
  }
}
