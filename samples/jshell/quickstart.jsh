// netroi quick start for JShell. From the project root, after `mvn -B -q -DskipTests package`:
//   jshell --class-path "$(cat samples/target/classpath.txt)" samples/jshell/quickstart.jsh
// Runs unattended and ends with /exit; delete the last line to keep exploring.
import dev.netroi.*;
import dev.netroi.calc.*;
import dev.netroi.engine.*;
import dev.netroi.throughput.*;

var fleet = GpuFleet.of("H100", 1024, CurrencyAmount.parse("USD 30000"));
var aiEthernet = NetworkOption.of("AI Ethernet", Bandwidth.parse("800 Gb/s"), 0.95, CurrencyAmount.parse("USD 3900"));
var ethernet = NetworkOption.of("Traditional Ethernet", Bandwidth.parse("800 Gb/s"), 0.60, CurrencyAmount.parse("USD 3900"));
var market = MarketSnapshot.builder().label("network vendor, quarter ending 2024-01-28").networkRunRate(CurrencyAmount.parse("USD 13000000000")).activeGpus(3_300_000).gpusSoldLastQuarter(608_000).blendedAsp(CurrencyAmount.parse("USD 21700")).modelAsp("H100", CurrencyAmount.parse("USD 30000")).build();

// The reference reads $0.27 per million tokens as $0.27 per GPU-minute; netroi keeps the origin.
var mixtral = Scenario.builder().name("mixtral-8x7b").fleet(fleet).candidate(aiEthernet).baseline(ethernet).pricing(PricingModel.perGpuMinuteFromTokenPrice(CurrencyAmount.parse("USD 0.27"))).market(market).build();

System.out.println(Netroi.analyse(mixtral));
System.out.println("Value uplift per GPU: " + Netroi.calculate(mixtral, Measures.VALUE_UPLIFT_PER_GPU));
System.out.println("Benefit-cost ratio:   " + Netroi.engine().calculate(mixtral, Measures.BENEFIT_COST_RATIO).get(Measures.BENEFIT_COST_RATIO));

// Your own numbers: a real per-token price with a real throughput, and an Amdahl throughput model.
var realistic = mixtral.toBuilder().name("mixtral, 2,500 tokens/s, f = 0.3").pricing(PricingModel.perMillionTokens(CurrencyAmount.parse("USD 0.27"), 2500)).throughputModel(ThroughputModels.amdahl(0.3)).build();
System.out.println(Netroi.engine().calculate(List.of(mixtral, realistic), List.of(Measures.THEORETICAL_ANNUAL_VALUE_PER_GPU, Measures.VALUE_UPLIFT_PER_GPU, Measures.BENEFIT_COST_RATIO)));
/exit
