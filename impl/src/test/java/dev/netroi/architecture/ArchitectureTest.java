package dev.netroi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture of netroi as rules that fail the build (ArchUnit over the compiled classes of
 * {@code netroi-api} and {@code netroi-impl}): packages form no cycle; the API holds values and the
 * SPI, never a formula; formulas live in their domain packages ({@code fabric}, {@code finance},
 * {@code lifetime}, {@code throughput}), which know nothing of the calculators or the engine; and
 * only the engine's registry reaches into {@code builtin}. That {@code builtin} is not exported is
 * checked on the module descriptor by {@code ModuleDescriptorTest}.
 */
class ArchitectureTest {

  private static final JavaClasses NETROI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.netroi");

  /** The packages of netroi-api. */
  private static final String[] API = {
    "dev.netroi", "dev.netroi.calc", "dev.netroi.internal", "dev.netroi.reference"
  };

  /** The domain packages, where the formulas live. */
  private static final String[] FORMULAS = {
    "dev.netroi.fabric", "dev.netroi.finance", "dev.netroi.lifetime", "dev.netroi.throughput"
  };

  /** Each package is its own slice, the root package {@code dev.netroi} included. */
  private static final SliceAssignment BY_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return javaClass.getPackageName().startsWith("dev.netroi")
              ? SliceIdentifier.of(javaClass.getPackageName())
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the packages of dev.netroi";
        }
      };

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(NETROI);
  }

  @Test
  void theApiDependsOnNothingOfTheImplementation() {
    noClasses()
        .that()
        .resideInAnyPackage(API)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "dev.netroi",
            "dev.netroi.calc",
            "dev.netroi.internal",
            "dev.netroi.reference",
            "java..",
            "org.jspecify..")
        .check(NETROI);
  }

  /**
   * The API holds no formulas: none of its methods is a public static function that returns a
   * number (the shape of every netroi formula), apart from the argument checks of {@code
   * dev.netroi.internal}, which return the value they checked; and it calls no arithmetic of {@code
   * java.lang.Math} beyond comparing, rounding to a whole number for a check, and neighbours of a
   * bound.
   */
  @Test
  void theApiHoldsNoFormulas() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.netroi", "dev.netroi.calc", "dev.netroi.reference")
        .should(declareAPublicStaticFunctionReturningANumber())
        .check(NETROI);
    noClasses()
        .that()
        .resideInAnyPackage(API)
        .should()
        .callMethodWhere(mathArithmetic())
        .check(NETROI);
  }

  @Test
  void formulasKnowNothingOfCalculatorsOrTheEngine() {
    noClasses()
        .that()
        .resideInAnyPackage(FORMULAS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.netroi.builtin", "dev.netroi.engine", "dev.netroi.calc")
        .check(NETROI);
  }

  @Test
  void onlyTheEngineReachesIntoTheBuiltInCalculators() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.netroi.builtin", "dev.netroi.engine")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.netroi.builtin")
        .check(NETROI);
  }

  private static ArchCondition<JavaClass> declareAPublicStaticFunctionReturningANumber() {
    Set<String> numbers = Set.of("double", "long", "float", "int");
    return new ArchCondition<>("declare a public static method that returns a number") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaMethod method : javaClass.getMethods()) {
          boolean formula =
              method.getModifiers().contains(JavaModifier.PUBLIC)
                  && method.getModifiers().contains(JavaModifier.STATIC)
                  && numbers.contains(method.getRawReturnType().getName());
          if (formula) {
            events.add(
                SimpleConditionEvent.violated(
                    method, method.getFullName() + " is a public static function of numbers"));
          }
        }
      }
    };
  }

  private static DescribedPredicate<JavaMethodCall> mathArithmetic() {
    Set<String> allowed = Set.of("max", "min", "abs", "rint", "nextUp", "nextDown");
    return DescribedPredicate.describe(
        "java.lang.Math arithmetic other than " + allowed,
        call ->
            call.getTargetOwner().isEquivalentTo(Math.class) && !allowed.contains(call.getName()));
  }
}
