package io.tagwire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tagwire.config.ConfigException;
import io.tagwire.ingest.InputFiles;
import io.tagwire.model.Json;
import io.tagwire.nlp.LanguageIdentifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The fixed corpus of {@code bench pipeline}: the English articles of the given JSON Lines files,
 * sorted by id and repeated (copies get ids {@code <id>-r1}, {@code <id>-r2}, ... and their
 * headlines the same suffix in brackets) until there are
 * as many as asked for, written as one input file for the pipeline passes. Tokens are counted once,
 * with CoreNLP's tokenizer over the bodies, so every pass is measured against the same count.
 */
public record BenchCorpus(Path file, List<String> bodies, long tokens) {

  /** English articles of the input files, by id. */
  public static List<ObjectNode> englishArticles(List<String> inputs) throws IOException {
    TreeMap<String, ObjectNode> byId = new TreeMap<>();
    LanguageIdentifier language = new LanguageIdentifier(40);
    for (String file : InputFiles.resolve(inputs)) {
      if (!file.endsWith(".jsonl") && !file.endsWith(".ndjson") && !file.endsWith(".json")) {
        throw new ConfigException("--input " + file + ": the benchmark corpus is built from JSON Lines files");
      }
      // Decoded leniently: a line that is not valid UTF-8 (the malformed samples) simply does not parse.
      for (String line : new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8).split("\n")) {
        JsonNode node;
        try {
          node = Json.MAPPER.readTree(line);
        } catch (IOException e) {
          continue; // the malformed samples are not articles
        }
        if (node instanceof ObjectNode o && o.path("id").isTextual() && o.path("body").isTextual()
            && !o.path("body").asText().isBlank()
            && language.identify(o.path("title").asText(null), o.path("body").asText(), null).isEnglish()) {
          byId.putIfAbsent(o.path("id").asText(), o);
        }
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Writes {@code count} articles into {@code file}, cycling through {@code articles}. */
  public static BenchCorpus write(List<ObjectNode> articles, int count, Path file, Properties tokenizer) throws IOException {
    if (articles.isEmpty()) {
      throw new ConfigException("--input: no English articles to build the benchmark corpus from");
    }
    List<String> bodies = new ArrayList<>(count);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        ObjectNode a = articles.get(i % articles.size()).deepCopy();
        int copy = i / articles.size();
        if (copy > 0) {
          // A distinct id and headline per copy, so that no content-keyed cache (the topic
          // embeddings of title and lead) serves a copy from its original: a real night's
          // articles are all different.
          a.put("id", a.path("id").asText() + "-r" + copy);
          a.put("title", a.path("title").asText() + " (r" + copy + ")");
        }
        bodies.add(a.path("body").asText());
        w.write(Json.write(a));
        w.write('\n');
      }
    }
    return new BenchCorpus(file, List.copyOf(bodies), countTokens(bodies, tokenizer));
  }

  /** CoreNLP tokens of the bodies, with the tokenizer settings of the NER configuration. */
  static long countTokens(List<String> bodies, Properties nerProperties) {
    Properties p = new Properties();
    nerProperties.stringPropertyNames().stream().filter(k -> k.startsWith("tokenize."))
        .forEach(k -> p.setProperty(k, nerProperties.getProperty(k)));
    p.setProperty("annotators", "tokenize");
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
    long n = 0;
    for (String body : bodies) {
      Annotation doc = new Annotation(body);
      tokenizer.annotate(doc);
      n += doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return n;
  }

  public BenchCorpus head(int count, Path headFile) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, Math.min(count, bodies.size()));
    Files.write(headFile, lines, StandardCharsets.UTF_8);
    return new BenchCorpus(headFile, bodies.subList(0, lines.size()), -1);
  }
}
