/**
 * The values of a netroi scenario: {@link dev.netroi.Scenario} (the entry point), {@link
 * dev.netroi.GpuFleet}, {@link dev.netroi.NetworkOption}, {@link dev.netroi.PricingModel}, {@link
 * dev.netroi.MarketSnapshot}, {@link dev.netroi.YearBasis}, {@link dev.netroi.Bandwidth} and {@link
 * dev.netroi.CurrencyAmount}; the network models' values {@link dev.netroi.Workload}, {@link
 * dev.netroi.Collective} and {@link dev.netroi.CollectiveKind}, and the fabrics' {@link
 * dev.netroi.FabricDesign}, {@link dev.netroi.FabricPriceList} and {@link
 * dev.netroi.NetworkFabric}; and the {@link dev.netroi.InputPath}s that name their numeric inputs.
 * All are immutable, validated on creation and thread-safe; bad input fails with an exception
 * naming the field, the rule and the value.
 *
 * <pre>{@code
 * Scenario s = Scenario.of(
 *     GpuFleet.of("H100", 1024, CurrencyAmount.parse("USD 30000")),
 *     NetworkOption.of("AI Ethernet", Bandwidth.parse("800 Gb/s"), 0.95, CurrencyAmount.parse("USD 3900")),
 *     NetworkOption.of("Ethernet", Bandwidth.parse("800 Gb/s"), 0.60, CurrencyAmount.parse("USD 3900")),
 *     PricingModel.perGpuMinute(CurrencyAmount.parse("USD 0.27")));
 * }</pre>
 *
 * <p><b>Input paths:</b> every numeric input has a stable {@link dev.netroi.InputPath}, read by
 * {@link dev.netroi.Scenario#valueAt(InputPath)} and replaced by {@link
 * dev.netroi.Scenario#with(InputPath, double)}: {@code fleet.count}, {@code fleet.unitPrice},
 * {@code fleet.soldUtilisation}; {@code candidate.} and {@code baseline.} {@code portSpeed}, {@code
 * effectiveFraction} and either {@code annualCostPerGpu} or, for an option built as a fabric,
 * {@code fabric.lifeYears}, {@code fabric.annualSupportShare}, {@code fabric.oversubscription},
 * {@code fabric.switchPrice}, {@code fabric.opticPrice}, {@code fabric.nicPrice}, {@code
 * fabric.cablePrice}, {@code fabric.switchWatts}, {@code fabric.opticWatts}, {@code
 * fabric.nicWatts} (such as {@code candidate.fabric.switchPrice}); {@code pricing.price}, {@code
 * pricing.tokensPerSecondPerGpu}, {@code pricing.tokenPriceOrigin}; {@code yearBasis.days}; {@code
 * market.networkRunRate}, {@code market.activeGpus}, {@code market.gpusSoldLastQuarter}, {@code
 * market.blendedAsp}, {@code market.modelAsp}; {@code throughputModel.exposedCommunicationShare}
 * (Amdahl) or {@code throughputModel.computeSeconds}, {@code overlapShare}, {@code latencySeconds},
 * {@code collective1Bytes}, ... (collective). Optional ones are present only when the scenario has
 * the value; {@link dev.netroi.InputPaths} has the constants and when each applies, and {@link
 * dev.netroi.HasInputs} is how values declare them.
 *
 * <p><b>Nulls:</b> no parameter or result in this package is null unless it is annotated
 * {@code @Nullable} (the package is {@code @NullMarked}); a null argument fails at once with a
 * {@link NullPointerException} naming the argument. Optional values are returned as {@code
 * Optional}.
 *
 * <p>The values are {@code Serializable} for moving them between JVMs of one netroi version (for
 * example to workers of a distributed sweep); the serialised form is not a published format and may
 * change between versions, so it is left out of the documentation.
 *
 * @serial exclude
 */
@NullMarked
package dev.netroi;

import org.jspecify.annotations.NullMarked;
