package io.tagwire.cli;

import io.tagwire.config.ConfigException;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagsConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Json;
import io.tagwire.tagging.ArticleCandidates;
import io.tagwire.tagging.DocumentFrequencies;
import io.tagwire.tagging.TagCandidate;
import io.tagwire.tagging.TagEvaluation;
import io.tagwire.tagging.TagSuggester;
import io.tagwire.tagging.TagSuggestionModel;
import io.tagwire.tagging.TaggedArticles;
import io.tagwire.tagging.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tagwire evaluate tags}: suggestions against editors' tags. Runs the stages tag suggestion
 * needs in this process (language, tokens, and entities where this build has them), then scores
 * the ranked suggestions.
 */
@Command(name = "tags", mixinStandardHelpOptions = true,
    description = {"Evaluate suggested tags against the editor 'tags' of articles: precision@k, recall@k and F1",
        "of the top k and of the primary band, micro and per tag type; recall@10 of person and organisation tags.",
        "Held-out use: build the vocabulary from other articles (train tags --data A --out V), then",
        "evaluate tags --data B --vocabulary V."})
public final class EvaluateTagsCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE|DIR|GLOB",
      description = "Articles with editor 'tags' to evaluate on.")
  List<String> data;

  @Option(names = "--k", defaultValue = "5", paramLabel = "N", description = "Cut-off of precision@k and recall@k (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--vocabulary", paramLabel = "FILE", description = "Tag vocabulary to suggest from (default: the pipeline file's tags.vocabulary).")
  String vocabulary;

  @Option(names = "--types", paramLabel = "FILE",
      description = "Vocabulary that gives each gold tag its type for the per-type tables (default: the pipeline file's tags.vocabulary).")
  String types;

  @Option(names = "--priors", paramLabel = "FILE",
      description = "Tag priors (default: priors.tsv next to --vocabulary, else the pipeline file's tags.priors).")
  String priors;

  @Option(names = "--feedback", paramLabel = "FILE", description = "Editor feedback to apply (default: none).")
  String feedback;

  @Option(names = "--corpus", arity = "1..*", paramLabel = "FILE|DIR|GLOB",
      description = "More articles counted in the document frequencies only (e.g. the archive).")
  List<String> corpus;

  @Option(names = "--pipeline", defaultValue = "pipelines/nightly.yaml", paramLabel = "FILE",
      description = "Pipeline file whose 'tags' settings (thresholds, weights) are used (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--json", description = "Print the numbers as one JSON object.")
  boolean json;

  @Option(names = "--candidates", paramLabel = "FILE",
      description = "Write every candidate with its evidence and whether editors tagged it (TSV), for tuning the weights.")
  Path candidatesFile;

  @Option(names = "--details", description = "Also print, per article, the editors' tags (+ found, - missed) and the suggestions.")
  boolean details;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (k < 1) {
      throw new ConfigException("--k: expected an integer >= 1, got " + k);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    PipelineConfig config = PipelineConfig.load(TagwireHome.resolve(pipeline));
    TagsConfig tags = config.tags();
    if (vocabulary != null) {
      tags = tags.withVocabulary(vocabulary);
    }
    if (priors != null) {
      tags = tags.withPriors(priors);
    } else if (vocabulary != null) {
      // priors belong to their vocabulary: the ones next to it, if any
      tags = tags.withPriors(Path.of(vocabulary).resolveSibling("priors.tsv").toString());
    }
    // Feedback only when asked for: an evaluation should not depend on whatever decisions lie around.
    if (feedback != null) {
      tags = tags.withFeedback(feedback);
    }
    TagSuggestionModel model = TagSuggestionModel.load(tags,
        new java.io.PrintStream(new WriterOutputStream(err), true, java.nio.charset.StandardCharsets.UTF_8), feedback != null);
    Vocabulary typeVocabulary = types != null ? Vocabulary.load(TagwireHome.resolve(types))
        : Vocabulary.load(TagwireHome.resolve(config.tags().vocabulary()));

    List<AnnotatedArticle> articles = InProcessStages.annotate(TaggedArticles.read(data).articles(), config);
    List<Collection<String>> extra = new ArrayList<>();
    if (corpus != null) {
      var finder = model.finder();
      for (AnnotatedArticle a : InProcessStages.annotate(TaggedArticles.read(corpus).articles(), config)) {
        if (a.isEnglish()) {
          ArticleCandidates c = finder.find(a);
          extra.add(c.terms());
        }
      }
    }
    TagSuggester suggester = new TagSuggester(model);
    List<ArticleCandidates> candidates = suggester.candidates(articles);
    DocumentFrequencies df = TagSuggester.frequencies(candidates, extra);
    List<AnnotatedArticle> suggested = suggester.suggest(articles, candidates, df);
    if (candidatesFile != null) {
      writeCandidates(candidatesFile, articles, candidates, df, new TagEvaluation(k, typeVocabulary));
    }

    TagEvaluation eval = new TagEvaluation(k, typeVocabulary);
    int skipped = 0;
    for (AnnotatedArticle a : suggested) {
      if (!a.isEnglish() || a.article().tags().isEmpty()) {
        skipped++;
        continue;
      }
      eval.add(a.article().tags(), a.suggestedTags());
      if (details && !json) {
        out.println(eval.explain(a.id(), a.article().title(), a.article().tags(), a.suggestedTags()));
      }
    }
    TagEvaluation.Report report = eval.report();
    if (json) {
      out.println(Json.write(report));
    } else {
      out.println("evaluate tags: " + String.join(" ", data) + " (vocabulary " + model.vocabularyFile() + ", "
          + model.vocabulary().size() + " tags; " + skipped + " articles skipped: not English or no editor tags)");
      out.println(TagEvaluation.format(report));
    }
    out.flush();
    return 0;
  }

  private static void writeCandidates(Path file, List<AnnotatedArticle> articles, List<ArticleCandidates> candidates,
      DocumentFrequencies df, TagEvaluation matcher) throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    lines.add("article\ttag\tsource\ttype\tknown\ttitle\tlead\tbody\tspread\tsalience\tspecificity\tgold");
    for (int i = 0; i < articles.size(); i++) {
      AnnotatedArticle a = articles.get(i);
      ArticleCandidates ac = candidates.get(i);
      for (TagCandidate c : ac.candidates()) {
        boolean gold = a.article().tags().stream().anyMatch(g -> matcher.same(g, c.tag()));
        double spread = c.bodyMentions() > 1 && ac.bodyLength() > 0 ? (double) (c.lastOffset() - c.firstOffset()) / ac.bodyLength() : 0;
        lines.add(String.join("\t", a.id(), c.tag(), c.source(), String.valueOf(c.type()), String.valueOf(c.known()),
            String.valueOf(c.titleMentions()), String.valueOf(c.leadMentions()), String.valueOf(c.bodyMentions()),
            String.format(java.util.Locale.ROOT, "%.4f", spread), c.salience() == null ? "" : c.salience().toString(),
            String.format(java.util.Locale.ROOT, "%.4f", df.specificity(c.key())), gold ? "1" : "0"));
      }
    }
    java.nio.file.Files.write(file, lines);
  }
}
