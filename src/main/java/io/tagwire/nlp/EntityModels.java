package io.tagwire.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.tagwire.config.ConfigException;
import io.tagwire.config.EntitiesConfig;
import io.tagwire.config.TagwireHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The heavy, shareable parts of entity recognition, loaded once per JVM and keyed by their
 * configuration: the CoreNLP classifier or pipeline (hundreds of MB, seconds to load) and the
 * curated lists. Everything here is safe to share between threads.
 */
public final class EntityModels {
  private static final Map<Map<String, String>, NERClassifierCombiner> CLASSIFIERS = new ConcurrentHashMap<>();
  private static final Map<Map<String, String>, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<EntitiesConfig, EntityModels> MODELS = new ConcurrentHashMap<>();

  private final MentionRecognizer corenlp;
  private final DictionaryRecognizer dictionary;
  private final AliasTable aliases;
  private final Honorifics honorifics;

  private EntityModels(MentionRecognizer corenlp, DictionaryRecognizer dictionary, AliasTable aliases, Honorifics honorifics) {
    this.corenlp = corenlp;
    this.dictionary = dictionary;
    this.aliases = aliases;
    this.honorifics = honorifics;
  }

  /** The models for {@code config}, loading them on first use. */
  public static EntityModels forConfig(EntitiesConfig config) {
    return MODELS.computeIfAbsent(config, EntityModels::load);
  }

  private static EntityModels load(EntitiesConfig config) {
    MentionRecognizer corenlp = EntitiesConfig.ANNOTATE.equals(config.mode())
        ? new CoreNlpPipelineRecognizer(pipeline(config.corenlp()))
        : new CoreNlpClassifierRecognizer(classifier(config.corenlp()));
    NameDictionary names = config.dictionary().isBlank() ? NameDictionary.EMPTY : NameDictionary.load(file("entities.dictionary", config.dictionary()));
    AliasTable aliases = AliasTable.load(config.aliases().isBlank() ? null : file("entities.aliases", config.aliases()), names);
    Honorifics honorifics = config.honorifics().isBlank() ? Honorifics.NONE : Honorifics.load(file("entities.honorifics", config.honorifics()));
    return new EntityModels(corenlp, new DictionaryRecognizer(names), aliases, honorifics);
  }

  private static Path file(String key, String path) {
    Path p = TagwireHome.resolve(path);
    if (!Files.isRegularFile(p)) {
      throw new ConfigException(key + ": file not found: " + path + " (looked in the working directory and " + TagwireHome.home() + ")");
    }
    return p;
  }

  /** CoreNLP's NER classifier for these {@code ner.*} properties, shared by every user in the JVM. */
  public static NERClassifierCombiner classifier(Map<String, String> properties) {
    return CLASSIFIERS.computeIfAbsent(Map.copyOf(properties), p -> {
      try {
        return NERClassifierCombiner.createNERClassifierCombiner("ner", properties(p));
      } catch (RuntimeException e) {
        throw new ConfigException("entities.corenlp: CoreNLP cannot build its NER classifier from " + new java.util.TreeMap<>(p)
            + ": " + e.getMessage(), e);
      }
    });
  }

  /** A {@code StanfordCoreNLP} pipeline for these properties ({@code annotators} defaults to tokenize,ssplit,ner). */
  public static StanfordCoreNLP pipeline(Map<String, String> properties) {
    return PIPELINES.computeIfAbsent(Map.copyOf(properties), p -> {
      Properties props = properties(p);
      props.putIfAbsent("annotators", "tokenize,ssplit,ner");
      try {
        return new StanfordCoreNLP(props);
      } catch (RuntimeException e) {
        throw new ConfigException("entities.corenlp: CoreNLP cannot build a pipeline from " + new java.util.TreeMap<>(p)
            + ": " + e.getMessage(), e);
      }
    });
  }

  private static Properties properties(Map<String, String> map) {
    Properties props = new Properties();
    props.putAll(map);
    return props;
  }

  public MentionRecognizer corenlp() {
    return corenlp;
  }

  public DictionaryRecognizer dictionary() {
    return dictionary;
  }

  public AliasTable aliases() {
    return aliases;
  }

  public Honorifics honorifics() {
    return honorifics;
  }
}
