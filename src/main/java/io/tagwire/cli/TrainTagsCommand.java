package io.tagwire.cli;

import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.tagging.CrfMentionTagger;
import io.tagwire.tagging.Honorifics;
import io.tagwire.tagging.TagFeatures;
import io.tagwire.tagging.TagPriors;
import io.tagwire.tagging.WeightFitting;
import io.tagwire.tagging.NameLists;
import io.tagwire.tagging.TaggedArticles;
import io.tagwire.tagging.TagType;
import io.tagwire.tagging.Vocabulary;
import io.tagwire.tagging.VocabularyBootstrap;
import io.tagwire.tagging.VocabularyEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tagwire train tags}: bootstrap the tag vocabulary from editor-tagged articles. */
@Command(name = "tags", mixinStandardHelpOptions = true,
    description = {"Build the tag vocabulary (tag, type, aliases, hints) from the editor 'tags' of articles.",
        "Types are guessed from the curated name lists, the CoreNLP recogniser and how the text writes each tag;"
            + " curate the file by hand afterwards.",
        "An existing --out file is kept as curated: only tags it does not have are added (use --replace to start over)."})
public final class TrainTagsCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE|DIR|GLOB",
      description = "Articles with editor 'tags' (.jsonl, .csv, folders, globs).")
  List<String> data;

  @Option(names = "--out", defaultValue = "models/tags/vocabulary.tsv", paramLabel = "FILE",
      description = "Vocabulary file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--replace", description = "Overwrite --out instead of adding to it.")
  boolean replace;

  @Option(names = "--priors", paramLabel = "FILE",
      description = "Where to write how often editors tagged each tag where it is mentioned (default: priors.tsv next to --out).")
  Path priors;

  @Option(names = "--fit-weights", description = {"Also fit the score weights (cross-fitted over --folds) and print them as the",
      "'tags.weights' block of a pipeline file."})
  boolean fitWeights;

  @Option(names = "--folds", defaultValue = "2", paramLabel = "N", description = "Folds for --fit-weights (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--pipeline", defaultValue = "pipelines/nightly.yaml", paramLabel = "FILE",
      description = "Pipeline file whose stage settings --fit-weights uses (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--ner-lists", defaultValue = "models/ner", paramLabel = "DIR",
      description = "Curated name lists (dictionary.tsv, aliases.tsv) for types and aliases (default: ${DEFAULT-VALUE}).")
  String nerLists;

  @Option(names = "--region-map", defaultValue = "models/regions/region-map.tsv", paramLabel = "FILE",
      description = "Country names, typed as places (default: ${DEFAULT-VALUE}).")
  String regionMap;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    TaggedArticles.Loaded loaded = TaggedArticles.read(data);
    List<Article> articles = loaded.articles().stream().map(AnnotatedArticle::article).filter(a -> !a.tags().isEmpty()).toList();
    if (articles.isEmpty()) {
      throw new ConfigException("--data " + String.join(" ", data) + ": no articles with editor 'tags'");
    }
    if (folds < 2) {
      throw new ConfigException("--folds: expected an integer >= 2, got " + folds);
    }
    NameLists lists = NameLists.load(TagwireHome.resolve(nerLists), TagwireHome.resolve(regionMap));
    VocabularyBootstrap bootstrap = new VocabularyBootstrap(lists, new CrfMentionTagger());
    VocabularyBootstrap.Result result = bootstrap.build(articles);
    Vocabulary built = result.vocabulary();
    Vocabulary written = built;
    int added = built.size();
    if (!replace && Files.isRegularFile(out)) {
      Vocabulary curated = Vocabulary.load(out);
      List<VocabularyEntry> fresh = new ArrayList<>();
      for (VocabularyEntry e : built.entries()) {
        if (curated.find(e.tag()) == null) {
          fresh.add(e);
        }
      }
      written = curated.plus(fresh);
      added = fresh.size();
    }
    written.write(out);
    Map<TagType, Integer> byType = new EnumMap<>(TagType.class);
    written.entries().forEach(e -> byType.merge(e.type(), 1, Integer::sum));
    err.printf("tagwire: %d articles (%d records skipped), %d tags learnt, %d added; %s now has %d tags: %s%n",
        articles.size(), loaded.skipped(), built.size(), added, out, written.size(), byType);

    Path priorsFile = priors != null ? priors : out.resolveSibling("priors.tsv");
    TagPriors counted = TagPriors.count(written, articles);
    counted.write(priorsFile);
    err.printf("tagwire: %s: mention and tag counts of %d tags%n", priorsFile, counted.size());

    if (fitWeights) {
      PipelineConfig config = PipelineConfig.load(TagwireHome.resolve(pipeline));
      List<AnnotatedArticle> annotated = InProcessStages.annotate(
          loaded.articles().stream().filter(a -> !a.article().tags().isEmpty()).toList(), config);
      WeightFitting.Result fit = new WeightFitting(config.tags(), Honorifics.load(TagwireHome.resolve(config.tags().honorifics())),
          arts -> bootstrap.build(arts).vocabulary()).fit(annotated, folds, written);
      err.printf("tagwire: fitted on %d candidates of %d articles (%d of them editor tags; %d editor tags in all)%n",
          fit.rows(), annotated.size(), fit.positives(), fit.goldTags());
      var o = spec.commandLine().getOut();
      o.println("  weights:                 # fitted by: tagwire train tags --fit-weights --folds " + folds + " --data "
          + String.join(" ", data));
      double[] w = fit.weights().vector();
      for (int i = 0; i < w.length; i++) {
        o.printf(java.util.Locale.ROOT, "    %s: %.2f%n", TagFeatures.NAMES.get(i), w[i]);
      }
      o.flush();
    }
    return 0;
  }
}
