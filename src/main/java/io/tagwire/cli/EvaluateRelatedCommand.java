package io.tagwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.Stage;
import io.tagwire.config.TagwireHome;
import io.tagwire.eval.Prf;
import io.tagwire.eval.RelatedEvaluation;
import io.tagwire.model.Json;
import io.tagwire.pipeline.AtomicOutput;
import io.tagwire.pipeline.NightlyRun;
import io.tagwire.pipeline.RunPlan;
import io.tagwire.pipeline.Stages;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire evaluate related}: runs the pipeline's own stages in-process over labelled
 * records as one batch without an archive, then scores links against {@code story} labels and
 * duplicate flags against {@code duplicateOf} labels (see {@link RelatedEvaluation}).
 */
@Command(name = "related", mixinStandardHelpOptions = true,
    description = {"Evaluate related links (same 'story' = related: precision and recall@k) and duplicate flags "
        + "('duplicateOf': precision, recall) on labelled records.",
        "Runs language, tokenize, entities (when this build has the stage; otherwise terms only) and related as one batch."})
public final class EvaluateRelatedCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE|DIR",
      description = "Labelled articles (.jsonl; records may carry 'story' and 'duplicateOf').")
  List<String> data;

  @Option(names = "--k", defaultValue = "5", description = "Links per article scored (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline file whose settings are used (default: ${DEFAULT-VALUE}); its stage list is not.")
  String pipeline;

  @Option(names = "--min-score", paramLabel = "X", description = "Override related.minScore (for tuning).")
  Double minScore;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--show-misses", description = "List every wrong or missing link and flag.")
  boolean showMisses;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (k < 1) {
      throw new ConfigException("--k: expected an integer >= 1, got " + k);
    }
    Path pipelineFile = TagwireHome.resolve(pipeline);
    PipelineConfig base = PipelineConfig.load(pipelineFile);
    var rc = base.related();
    var related = new io.tagwire.config.RelatedConfig(Math.max(k, rc.topK()), minScore != null ? minScore : rc.minScore(),
        rc.halfLifeDays(), rc.recencyFloor(), rc.lexicalWeight(), rc.entityWeight(), rc.semanticWeight(),
        rc.nearDuplicateJaccard(), rc.shingleSize(), rc.lshBands(), rc.lshRows(), rc.queryTerms(), rc.maxPosting(),
        Math.max(rc.maxCandidates(), Math.max(k, rc.topK())), rc.maxTerms(), rc.stopwords());
    Path tmp = Files.createTempDirectory("tagwire-eval-related");
    PrintWriter err = spec.commandLine().getErr();
    try {
      boolean entities = entitiesAvailable(base, pipelineFile, tmp);
      List<String> stages = entities ? List.of("language", "tokenize", "entities", "related") : List.of("language", "tokenize", "related");
      PipelineConfig config = new PipelineConfig(base.name(), base.description(), base.input(), base.output(), null,
          1.0, stages, base.limits(), base.language(), base.entities(), base.topics(), base.regions(), base.tags(), related);
      List<String> inputs = data.stream().map(d -> TagwireHome.resolve(d).toString()).toList();
      Path out = tmp.resolve("out");
      err.printf("tagwire: evaluating related links over %s with stages %s%s%n", inputs, stages,
          entities ? "" : " (no entities stage in this build: terms only)");
      err.flush();
      new NightlyRun(new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8))
          .run(new NightlyRun.Request(config, pipelineFile.toString(), inputs, out, null, null, 1, new String[0]));
      List<RelatedEvaluation.Item> items = readItems(out);
      RelatedEvaluation.Result r = RelatedEvaluation.evaluate(items, k);
      print(r, stages, entities);
      return 0;
    } finally {
      AtomicOutput.deleteTree(tmp);
    }
  }

  /** Whether this build has the entities stage (another component): asking for it is the test. */
  private static boolean entitiesAvailable(PipelineConfig base, Path pipelineFile, Path tmp) {
    RunPlan probe = new RunPlan(base.withStages(List.of("language", "tokenize", "entities")), pipelineFile.toString(),
        List.of(), tmp.toString(), null, "1970-01-01", 1, null);
    try {
      Stages.transform(Stage.ENTITIES, probe);
      return true;
    } catch (ConfigException e) {
      return false;
    }
  }

  private static List<RelatedEvaluation.Item> readItems(Path out) throws java.io.IOException {
    List<RelatedEvaluation.Item> items = new ArrayList<>();
    List<Path> files;
    try (var s = Files.list(out)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("enriched-")).sorted().toList();
    }
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          JsonNode n = Json.MAPPER.readTree(line);
          List<String> links = new ArrayList<>();
          n.path("related").forEach(l -> links.add(l.path("id").asText()));
          items.add(new RelatedEvaluation.Item(n.path("id").asText(), text(n.path("extra").path("story")),
              text(n.path("extra").path("duplicateOf")), links, text(n.path("duplicateOf"))));
        }
      }
    }
    return items;
  }

  private static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private void print(RelatedEvaluation.Result r, List<String> stages, boolean entities) throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("stages", stages);
      o.put("entities", entities);
      o.put("result", r);
      out.println(Json.write(o));
      out.flush();
      return;
    }
    out.printf("Related links: %d articles with a story, %d with at least one link; %.2f links per article overall%n",
        r.storyArticles(), r.storyArticlesWithLinks(), r.linksPerArticle());
    out.printf("%-34s %9s %9s %6s %6s %6s%n", "story", "precision", "recall@" + r.k(), "tp", "fp", "fn");
    r.perStory().forEach((story, p) -> out.printf("%-34s %9.4f %9.4f %6d %6d %6d%n", story, p.precision(), p.recall(), p.tp(), p.fp(), p.fn()));
    Prf m = r.related();
    out.printf("%-34s %9.4f %9.4f %6d %6d %6d%n", "all (micro)", m.precision(), m.recall(), m.tp(), m.fp(), m.fn());
    Prf d = r.duplicates();
    out.printf("%nDuplicates: precision %.4f, recall %.4f, F1 %.4f (tp %d, fp %d, fn %d)%n",
        d.precision(), d.recall(), d.f1(), d.tp(), d.fp(), d.fn());
    out.printf("Stages: %s%s%n", stages, entities ? "" : " (entities not available in this build: lexical similarity only)");
    if (showMisses && !r.misses().isEmpty()) {
      out.println();
      r.misses().forEach(out::println);
    }
    out.flush();
  }
}
