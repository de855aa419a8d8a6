package dev.netroi.throughput;

import dev.netroi.Collective;
import dev.netroi.CollectiveKind;
import dev.netroi.Workload;
import java.util.List;

/**
 * Workload presets for the collective throughput model ({@link ThroughputModels#collective}): plain
 * {@link Workload} values, so every number can be read and changed ({@code
 * Workloads.denseTraining().withOverlapShare(0.8)}). Each names its sources; a number without a
 * source is marked as an assumption, in its {@link Workload#source()} and below.
 *
 * <p>Common to all three:
 *
 * <ul>
 *   <li>GPU: H100 SXM, 989 TFLOP/s dense BF16 (NVIDIA H100 Tensor Core GPU datasheet; 1,979 with
 *       sparsity), at 40 % model FLOP utilisation (assumption; large training runs report 40-55 %,
 *       PaLM 46.2 %, Chowdhery et al. 2022): {@link #EFFECTIVE_FLOPS} = 395.6 TFLOP/s per GPU;
 *   <li>training costs 6 FLOPs per parameter per token, inference 2 (Kaplan et al. 2020, "Scaling
 *       Laws for Neural Language Models");
 *   <li>latency per algorithm step: 5 µs (assumption: NIC, a few switch hops and software);
 *   <li>only the back-end (scale-out) fabric is modelled: traffic inside an 8-GPU node (NVLink)
 *       does not appear.
 * </ul>
 */
public final class Workloads {

  /** Effective FLOP/s of one GPU: 989 x 10^12 (H100 SXM, dense BF16) x 0.40 (assumed MFU). */
  public static final double EFFECTIVE_FLOPS = 989e12 * 0.40;

  /** Latency per algorithm step, in seconds (assumption). */
  public static final double LATENCY_SECONDS = 5e-6;

  private static final double BF16_BYTES = 2;

  private Workloads() {}

  /**
   * Returns dense LLM training: Llama 2 70B on 1,024 GPUs, tensor parallel 8 inside each node and
   * data parallel 128 across nodes.
   *
   * <ul>
   *   <li>70 x 10^9 parameters and a 4 M-token (4,194,304) global batch: Touvron et al. 2023,
   *       "Llama 2: Open Foundation and Fine-Tuned Chat Models";
   *   <li>layout, tensor parallel 8 x data parallel 128: assumption;
   *   <li>compute per step per GPU: 6 x 70 x 10^9 x (4,194,304 / 128 tokens) / 8 / {@link
   *       #EFFECTIVE_FLOPS} = 4.35 s;
   *   <li>one all-reduce per step of each GPU's BF16 gradients, 70 x 10^9 / 8 x 2 B = 17.5 GB, over
   *       the 128 data-parallel ranks;
   *   <li>half of it hidden under the backward pass (overlap share 0.5, assumption: gradient
   *       buckets are reduced while later layers still compute).
   * </ul>
   *
   * @return the workload
   */
  public static Workload denseTraining() {
    double parameters = 70e9;
    int tensorParallel = 8;
    int dataParallel = 128;
    double tokensPerRank = 4_194_304.0 / dataParallel;
    return Workload.builder()
        .name("dense LLM training, Llama 2 70B, TP 8 x DP 128")
        .computeSeconds(6 * parameters * tokensPerRank / tensorParallel / EFFECTIVE_FLOPS)
        .overlapShare(0.5)
        .latencySeconds(LATENCY_SECONDS)
        .collectives(
            List.of(
                Collective.of(
                    CollectiveKind.ALL_REDUCE,
                    parameters / tensorParallel * BF16_BYTES,
                    dataParallel)))
        .source(
            "Llama 2 70B and its 4M-token batch: Touvron et al. 2023; 989 TFLOP/s: NVIDIA H100"
                + " datasheet; 6 FLOPs per parameter and token: Kaplan et al. 2020; assumptions: 40 %"
                + " MFU, TP 8 x DP 128, overlap share 0.5, 5 us per algorithm step")
        .build();
  }

  /**
   * Returns mixture-of-experts training, all-to-all heavy: Mixtral 8x7B with its 8 experts spread
   * over 8 nodes (expert parallel 8 on the back-end fabric).
   *
   * <ul>
   *   <li>12.9 x 10^9 parameters active per token, 32 layers, hidden size 4,096, top-2 routing:
   *       Jiang et al. 2024, "Mixtral of Experts";
   *   <li>16,384 tokens per GPU per step: assumption;
   *   <li>compute per step per GPU: 6 x 12.9 x 10^9 x 16,384 / {@link #EFFECTIVE_FLOPS} = 3.21 s;
   *   <li>four all-to-alls per layer and step (dispatch and combine, forward and backward), 128 in
   *       all, each of 16,384 tokens x 2 experts x 4,096 x 2 B = 268,435,456 B per GPU over the 8
   *       expert-parallel ranks;
   *   <li>nothing hidden (overlap share 0, assumption: the all-to-alls sit between the router and
   *       the experts, on the critical path); the data-parallel gradient all-reduce is left out.
   * </ul>
   *
   * @return the workload
   */
  public static Workload mixtureOfExpertsTraining() {
    double activeParameters = 12.9e9;
    double tokensPerGpu = 16_384;
    int layers = 32;
    double hidden = 4096;
    int topK = 2;
    int expertParallel = 8;
    return Workload.builder()
        .name("mixture-of-experts training, Mixtral 8x7B, EP 8")
        .computeSeconds(6 * activeParameters * tokensPerGpu / EFFECTIVE_FLOPS)
        .overlapShare(0)
        .latencySeconds(LATENCY_SECONDS)
        .collectives(
            List.of(
                new Collective(
                    CollectiveKind.ALL_TO_ALL,
                    tokensPerGpu * topK * hidden * BF16_BYTES,
                    expertParallel,
                    4 * layers)))
        .source(
            "Mixtral 8x7B (12.9B active, 32 layers, hidden 4096, top-2): Jiang et al. 2024; 989"
                + " TFLOP/s: NVIDIA H100 datasheet; 6 FLOPs per parameter and token: Kaplan et al."
                + " 2020; assumptions: 40 % MFU, 16,384 tokens per GPU, EP 8 across nodes, overlap"
                + " share 0, 5 us per algorithm step")
        .build();
  }

  /**
   * Returns inference, network-light: Mixtral 8x7B served with prefill and decode on different
   * 8-GPU nodes, so the back-end fabric carries only each request's KV cache.
   *
   * <ul>
   *   <li>a step is the prefill of one 4,096-token prompt on a node (assumption): compute per GPU 2
   *       x 12.9 x 10^9 x 4,096 / 8 / {@link #EFFECTIVE_FLOPS} = 33 ms;
   *   <li>KV cache per token: 32 layers x 8 KV heads x 128 dimensions x 2 (K and V) x 2 B = 131,072
   *       B (Jiang et al. 2024); each GPU sends its eighth of the prompt's cache, 67,108,864 B, to
   *       its peer on the decode node: one point-to-point copy (a broadcast over 2 ranks);
   *   <li>90 % of the copy hidden under the prefill (overlap share 0.9, assumption: layers are sent
   *       as they finish).
   * </ul>
   *
   * @return the workload
   */
  public static Workload inference() {
    double activeParameters = 12.9e9;
    double promptTokens = 4096;
    int gpusPerNode = 8;
    double kvBytesPerToken = 32 * 8 * 128 * 2 * BF16_BYTES;
    return Workload.builder()
        .name("inference, Mixtral 8x7B, disaggregated prefill")
        .computeSeconds(2 * activeParameters * promptTokens / gpusPerNode / EFFECTIVE_FLOPS)
        .overlapShare(0.9)
        .latencySeconds(LATENCY_SECONDS)
        .collectives(
            List.of(
                Collective.of(
                    CollectiveKind.BROADCAST, promptTokens * kvBytesPerToken / gpusPerNode, 2)))
        .source(
            "Mixtral 8x7B (12.9B active, KV cache 32 x 8 x 128): Jiang et al. 2024; 989 TFLOP/s:"
                + " NVIDIA H100 datasheet; 2 FLOPs per parameter and token: Kaplan et al. 2020;"
                + " assumptions: 40 % MFU, 4,096-token prompts, prefill and decode on different"
                + " nodes, overlap share 0.9, 5 us per algorithm step")
        .build();
  }

  /**
   * Returns the three presets: dense training, mixture-of-experts training and inference.
   *
   * @return the presets, in that order
   */
  public static List<Workload> all() {
    return List.of(denseTraining(), mixtureOfExpertsTraining(), inference());
  }
}
