package io.tagwire.cli;

import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.TextAnalysis;
import io.tagwire.nlp.PartOfSpeechModel;
import io.tagwire.tagging.ArticleCandidates;
import io.tagwire.tagging.CandidateFinder;
import io.tagwire.tagging.DocumentFrequencies;
import io.tagwire.tagging.TagScorer;
import io.tagwire.tagging.TagSuggester;
import io.tagwire.tagging.TagSuggestionModel;
import io.tagwire.tagging.TaggedArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.postag.POSTaggerME;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire bench tags}: speed of tag suggestion on one thread, as a ratio to the bare
 * OpenNLP part-of-speech tagging it cannot avoid.
 */
@Command(name = "tags", mixinStandardHelpOptions = true,
    description = {"Speed of tag suggestion (one thread, after a warm-up pass): candidates, scoring, and the ratio",
        "of candidate finding to bare OpenNLP part-of-speech tagging of the same sentences."})
public final class BenchTagsCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE|DIR|GLOB", description = "Articles to run on.")
  List<String> data;

  @Option(names = "--repeat", defaultValue = "3", paramLabel = "N", description = "Timed passes; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--pipeline", defaultValue = "pipelines/nightly.yaml", paramLabel = "FILE",
      description = "Pipeline file whose 'tags' settings are used (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (repeat < 1) {
      throw new ConfigException("--repeat: expected an integer >= 1, got " + repeat);
    }
    var out = spec.commandLine().getOut();
    PipelineConfig config = PipelineConfig.load(TagwireHome.resolve(pipeline));
    TagSuggestionModel model = TagSuggestionModel.load(config.tags(), null, false);
    List<AnnotatedArticle> articles = InProcessStages.annotate(TaggedArticles.read(data).articles(), config).stream()
        .filter(AnnotatedArticle::isEnglish).toList();
    long tokens = articles.stream().mapToLong(a -> a.bodyText().tokenCount() + a.titleText().tokenCount()).sum();
    CandidateFinder finder = model.finder();
    TagScorer scorer = model.scorer();
    POSTaggerME tagger = new POSTaggerME(PartOfSpeechModel.get());

    List<Double> pos = new ArrayList<>();
    List<Double> find = new ArrayList<>();
    List<Double> score = new ArrayList<>();
    for (int pass = 0; pass <= repeat; pass++) { // pass 0 warms the JIT up and is not counted
      long t0 = System.nanoTime();
      for (AnnotatedArticle a : articles) {
        tagAll(tagger, a.article().titleOrEmpty(), a.titleText());
        tagAll(tagger, a.article().body(), a.bodyText());
      }
      long t1 = System.nanoTime();
      List<ArticleCandidates> candidates = new ArrayList<>();
      for (AnnotatedArticle a : articles) {
        candidates.add(finder.find(a));
      }
      long t2 = System.nanoTime();
      DocumentFrequencies df = TagSuggester.frequencies(candidates, List.of());
      for (ArticleCandidates c : candidates) {
        scorer.score(c, df);
      }
      long t3 = System.nanoTime();
      if (pass > 0) {
        pos.add((t1 - t0) / 1e9);
        find.add((t2 - t1) / 1e9);
        score.add((t3 - t2) / 1e9);
      }
    }
    double p = median(pos);
    double f = median(find);
    double s = median(score);
    out.printf("bench tags: %d articles, %d tokens, median of %d passes on one thread%n", articles.size(), tokens, repeat);
    out.printf("  bare POS tagging        %8.0f tokens/s  %7.1f articles/s%n", tokens / p, articles.size() / p);
    out.printf("  candidates (with POS)   %8.0f tokens/s  %7.1f articles/s%n", tokens / f, articles.size() / f);
    out.printf("  frequencies + scoring   %8.0f tokens/s  %7.1f articles/s%n", tokens / s, articles.size() / s);
    out.printf("  ratio candidates / bare POS: %.2f; whole stage / bare POS: %.2f%n", f / p, (f + s) / p);
    out.flush();
    return 0;
  }

  private static void tagAll(POSTaggerME tagger, String text, TextAnalysis a) {
    for (int s = 0; s < a.sentenceCount(); s++) {
      int from = a.sentenceStart(s);
      int to = a.sentenceEnd(s);
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) {
        words[i - from] = text.substring(a.tokenBegins()[i], a.tokenEnds()[i]);
      }
      tagger.tag(words);
    }
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
