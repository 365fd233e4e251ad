package io.tagwire.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@code bench pipeline --json} prints: speeds of the three passes over the same corpus and
 * their ratios to the bare CoreNLP loop (1.0 = the pipeline costs nothing beyond CoreNLP's own work).
 * Tokens are CoreNLP tokens of the bodies, counted once; seconds are medians over the rounds. The
 * ratios compare wall times (the bar); the CPU ratios compare process CPU time, which neighbours
 * on a shared machine disturb less.
 */
@JsonPropertyOrder({"runner", "cores", "threads", "articles", "tokens", "warmupArticles", "repeat", "modelLoadSeconds",
    "bareSeconds", "nerPipelineSeconds", "fullPipelineSeconds",
    "bareTokensPerSecond", "nerPipelineTokensPerSecond", "fullPipelineTokensPerSecond",
    "bareArticlesPerSecond", "nerPipelineArticlesPerSecond", "fullPipelineArticlesPerSecond",
    "nerRatio", "fullRatio", "bareCpuSeconds", "nerPipelineCpuSeconds", "fullPipelineCpuSeconds", "nerCpuRatio",
    "fullCpuRatio", "nerStages", "fullStages", "bareEntityTokens",
    "barePeakHeapMb", "nerPipelinePeakHeapMb", "fullPipelinePeakHeapMb", "peakHeapMb", "rounds"})
public record PipelineBenchResult(
    String runner,
    int cores,
    int threads,
    int articles,
    long tokens,
    int warmupArticles,
    int repeat,
    double modelLoadSeconds,
    double bareSeconds,
    double nerPipelineSeconds,
    double fullPipelineSeconds,
    double bareTokensPerSecond,
    double nerPipelineTokensPerSecond,
    double fullPipelineTokensPerSecond,
    double bareArticlesPerSecond,
    double nerPipelineArticlesPerSecond,
    double fullPipelineArticlesPerSecond,
    double nerRatio,
    double fullRatio,
    double bareCpuSeconds,
    double nerPipelineCpuSeconds,
    double fullPipelineCpuSeconds,
    double nerCpuRatio,
    double fullCpuRatio,
    List<String> nerStages,
    List<String> fullStages,
    long bareEntityTokens,
    long barePeakHeapMb,
    long nerPipelinePeakHeapMb,
    long fullPipelinePeakHeapMb,
    long peakHeapMb,
    List<Round> rounds) {

  /** One round's seconds and CPU seconds per pass, in the order they ran: (a), (b), (c). */
  public record Round(double bareSeconds, double nerPipelineSeconds, double fullPipelineSeconds, double bareCpuSeconds,
      double nerPipelineCpuSeconds, double fullPipelineCpuSeconds) {}

  static PipelineBenchResult of(String runner, int articles, long tokens, int threads, int cores, int warmup, int repeat,
      double loadSeconds, double bare, double ner, double full, double bareCpu, double nerCpu, double fullCpu,
      List<String> nerStages, List<String> fullStages,
      long entityTokens, long[] peaks, List<Round> rounds) {
    return new PipelineBenchResult(runner, cores, threads, articles, tokens, warmup, repeat, round(loadSeconds, 2),
        round(bare, 2), round(ner, 2), round(full, 2),
        Math.round(tokens / bare), Math.round(tokens / ner), Math.round(tokens / full),
        round(articles / bare, 1), round(articles / ner, 1), round(articles / full, 1),
        round(bare / ner, 3), round(bare / full, 3), round(bareCpu, 2), round(nerCpu, 2), round(fullCpu, 2),
        round(bareCpu / nerCpu, 3), round(bareCpu / fullCpu, 3), nerStages, fullStages, entityTokens,
        peaks[0], peaks[1], peaks[2], Math.max(peaks[0], Math.max(peaks[1], peaks[2])), List.copyOf(rounds));
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
