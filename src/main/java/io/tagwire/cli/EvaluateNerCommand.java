package io.tagwire.cli;

import io.tagwire.config.ConfigException;
import io.tagwire.config.EntitiesConfig;
import io.tagwire.config.PipelineConfig;
import io.tagwire.config.TagwireHome;
import io.tagwire.eval.ConllCorpus;
import io.tagwire.eval.NerEvaluation;
import io.tagwire.model.Json;
import io.tagwire.nlp.EntityRecognizer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tagwire evaluate ner}: entity-level precision, recall and F1 of the recogniser on a CoNLL file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Score entity recognition on a CoNLL-2003 style file (token first, IOB1/IOB2 NER tag last,"
        + " -DOCSTART- lines): exact span and type, per type and micro-averaged (conlleval semantics).",
        "Runs the recogniser exactly as the pipeline file configures it (CoreNLP, the dictionary and their"
            + " conflict rule) on the file's tokens."})
public final class EvaluateNerCommand implements Callable<Integer> {
  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL file with gold NER tags.")
  Path conll;

  @Option(names = "--pipeline", paramLabel = "FILE", defaultValue = "pipelines/nightly.yaml",
      description = "Pipeline file whose 'entities' settings to use (default: ${DEFAULT-VALUE}).")
  String pipeline;

  @Option(names = "--without-dictionary", description = "Score CoreNLP alone (the pipeline's dictionary switched off).")
  boolean withoutDictionary;

  @Option(names = "--json", description = "Print the same numbers as one JSON object.")
  boolean json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(conll)) {
      throw new ConfigException("--conll " + conll + ": file not found");
    }
    EntitiesConfig config = PipelineConfig.load(TagwireHome.resolve(pipeline)).entities();
    if (withoutDictionary) {
      config = config.withDictionary("");
    }
    ConllCorpus corpus = ConllCorpus.read(conll);
    NerEvaluation.Result result = NerEvaluation.run(new EntityRecognizer(config), corpus);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", conll.toString());
      o.put("recognizer", recognizer(config));
      o.put("result", result);
      out.println(Json.write(o));
    } else {
      out.println("evaluate ner: " + conll);
      out.println("recogniser: mode " + config.mode() + ", corenlp " + config.corenlp() + ", dictionary "
          + (config.dictionary().isBlank() ? "off" : config.dictionary()));
      out.println(result.summary());
      out.print(result.scores().table("type"));
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> recognizer(EntitiesConfig config) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("mode", config.mode());
    r.put("corenlp", config.corenlp());
    r.put("dictionary", config.dictionary().isBlank() ? null : config.dictionary());
    return r;
  }
}
