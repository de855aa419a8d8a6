// netroi quick start for JShell. From the project root, after `mvn -B -q -DskipTests package`:
//   jshell --class-path "$(cat samples/target/classpath.txt)" samples/jshell/quickstart.jsh
// Runs unattended and ends with /exit; delete the last line to keep exploring.
import dev.netroi.*;
import dev.netroi.calc.*;
import dev.netroi.engine.*;
import dev.netroi.throughput.*;
import dev.netroi.reference.*;

// The reference analysis (docs/REFERENCE.md): H100s, AI Ethernet 800 Gb/s x 0.95 against traditional
// Ethernet 800 Gb/s x 0.60, both USD 3,900 a GPU-year, and the market facts of the vendor's argument.
// It reads $0.27 per million tokens as $0.27 per GPU-minute; netroi keeps the origin.
var mixtral = ReferenceArgument.mixtral();
System.out.println(mixtral);

System.out.println(Netroi.calculateAll(mixtral));
System.out.println("Value uplift per GPU: " + Netroi.value(mixtral, Measures.VALUE_UPLIFT_PER_GPU));
System.out.println("Benefit-cost ratio:   " + Netroi.calculate(mixtral, Measures.BENEFIT_COST_RATIO).get(Measures.BENEFIT_COST_RATIO));

// Any input by its path: list them, read one, change one (validated as when the value was built).
System.out.println(mixtral.inputPaths());
System.out.println("candidate.effectiveFraction = " + mixtral.valueAt("candidate.effectiveFraction"));
System.out.println("At 0.80:              " + Netroi.calculate(mixtral.with("candidate.effectiveFraction", 0.80), Measures.BENEFIT_COST_RATIO).get(Measures.BENEFIT_COST_RATIO));

// Your own numbers: a real per-token price with a real throughput, and an Amdahl throughput model;
// then your own fleet and options, built from values.
var realistic = mixtral.toBuilder().name("mixtral, 2,500 tokens/s, f = 0.3").pricing(PricingModel.perMillionTokens(CurrencyAmount.parse("USD 0.27"), 2500)).throughputModel(ThroughputModels.amdahl(0.3)).build();
var fleet = GpuFleet.of("H200", 4096, CurrencyAmount.parse("USD 35000")).withSoldUtilisation(0.7);
var infiniBand = NetworkOption.of("InfiniBand", Bandwidth.parse("400 Gb/s"), 0.90, CurrencyAmount.parse("USD 5200"));
var roce = NetworkOption.of("RoCE Ethernet", Bandwidth.parse("400 Gb/s"), 0.70, CurrencyAmount.parse("USD 3100"));
var mine = Scenario.of(fleet, infiniBand, roce, PricingModel.perGpuHour(CurrencyAmount.parse("USD 2.10")));
System.out.println(Netroi.engine().calculate(List.of(mixtral, realistic, mine), List.of(Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU, Measures.VALUE_UPLIFT_PER_GPU, Measures.BENEFIT_COST_RATIO, Measures.ROI)));
/exit
