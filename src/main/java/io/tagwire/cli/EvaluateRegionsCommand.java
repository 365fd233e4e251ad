package io.tagwire.cli;

import io.tagwire.classify.RegionClassifier;
import io.tagwire.classify.RegionEvaluation;
import io.tagwire.classify.RegionModel;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.RegionsConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.ingest.ArticleFiles;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Json;
import io.tagwire.model.Label;
import io.tagwire.pipeline.ArticleStep;
import io.tagwire.pipeline.DetectLanguage;
import io.tagwire.pipeline.Tokenize;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire evaluate regions}: region classification against editors' regions, running the
 * stages it needs (language, tokenize, entities, regions) in-process with the pipeline file's
 * settings.
 */
@Command(name = "regions", mixinStandardHelpOptions = true,
    description = {"Evaluate region classification on articles with gold 'regions':",
        "per-region precision/recall/F1, top-1 accuracy (best region among the gold ones) and a confusion",
        "matrix of the best region against the gold one."})
public final class EvaluateRegionsCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE|DIR|GLOB",
      description = "Labelled articles (.jsonl/.csv, folders or globs); records without 'regions' are skipped.")
  List<String> data;

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline file whose 'regions' settings are evaluated (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--region-map", paramLabel = "FILE", description = "Use this region map instead of the pipeline file's.")
  String regionMap;

  @Option(names = "--json", description = "Print the numbers as one JSON object.")
  boolean json;

  @Option(names = "--errors", description = "Also list the articles whose best region is not a gold one, with the evidence.")
  boolean errors;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The result as printed by {@code --json}. */
  public record Report(List<String> data, String entities, long skippedWithoutGold, long refusedRecords,
      RegionEvaluation scores) {}

  @Override
  public Integer call() {
    PipelineConfig config = PipelineConfig.load(TagwireHome.resolve(pipeline));
    RegionsConfig rc = regionMap == null ? config.regions() : config.regions().withRegionMap(regionMap);
    RegionModel model = RegionModel.load(rc.gazetteer(), rc.regionMap());
    RegionClassifier classifier = new RegionClassifier(model, rc);
    // The stages before regions, as the pipeline file runs them.
    List<ArticleStep> before = List.of(new DetectLanguage(config.language()).create(), new Tokenize().create(),
        new io.tagwire.pipeline.RecognizeEntities(config.entities()).create());
    String entities = "corenlp (" + config.entities().mode() + ")";

    ArticleFiles.Loaded loaded = ArticleFiles.read(data, config.limits());
    TreeSet<String> regions = model.regionMap().regions();
    RegionEvaluation eval = new RegionEvaluation(regions);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TreeSet<String> unknownGold = new TreeSet<>();
    long skipped = 0;
    List<String> misses = new ArrayList<>();
    for (AnnotatedArticle a : loaded.articles()) {
      List<String> gold = a.article().regions();
      if (gold.isEmpty()) {
        skipped++;
        continue;
      }
      gold.stream().filter(g -> !regions.contains(g)).forEach(unknownGold::add);
      AnnotatedArticle annotated = a;
      try {
        for (ArticleStep step : before) {
          annotated = step.apply(annotated);
        }
      } catch (Exception e) {
        throw new IllegalStateException("article " + a.id() + ": " + e.getMessage(), e);
      }
      RegionClassifier.Analysis analysis = classifier.analyse(a.article().title(), a.article().body(), annotated.entities());
      List<Label> predicted = analysis.labels();
      eval.add(gold, predicted);
      if (errors && (predicted.isEmpty() || !gold.contains(predicted.get(0).label()))) {
        misses.add(describeMiss(a, gold, analysis));
      }
    }
    if (!unknownGold.isEmpty()) {
      err.println("tagwire: warning: gold regions not in the region map " + model.regionMap().source() + ": "
          + String.join(", ", unknownGold));
    }
    Report report = new Report(loaded.files(), entities, skipped, loaded.refused().size(), eval);
    if (json) {
      out.println(Json.write(report));
    } else {
      out.printf("Regions: %d articles from %d file(s); entities: %s; region map: %s%n", eval.articles(),
          loaded.files().size(), entities, model.regionMap().source());
      if (skipped > 0 || !loaded.refused().isEmpty()) {
        out.printf("(%d records without gold regions skipped, %d invalid records refused)%n", skipped, loaded.refused().size());
      }
      out.printf("top-1 accuracy %.4f; no region predicted for %d article(s)%n%n", eval.top1Accuracy(), eval.noRegion());
      out.print(eval.labels().table("region"));
      out.println();
      out.println("confusion: rows = gold region (the one matched, else the first), columns = best predicted region");
      out.print(eval.confusion().table());
      if (errors) {
        out.println();
        out.printf("%d article(s) whose best region is not a gold one:%n", misses.size());
        misses.forEach(out::println);
      }
    }
    out.flush();
    return 0;
  }

  private static String describeMiss(AnnotatedArticle a, List<String> gold, RegionClassifier.Analysis analysis) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.article().title());
    m.put("gold", gold);
    m.put("predicted", analysis.labels());
    m.put("dateline", analysis.dateline() == null ? null : analysis.dateline().places());
    m.put("countries", rounded(analysis.countries()));
    return "  " + Json.write(m);
  }

  private static Map<String, Double> rounded(Map<String, Double> in) {
    Map<String, Double> out = new java.util.TreeMap<>();
    in.forEach((k, v) -> out.put(k, Math.round(v * 100) / 100.0));
    return out;
  }
}
