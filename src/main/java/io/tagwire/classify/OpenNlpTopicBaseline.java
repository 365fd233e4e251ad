package io.tagwire.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The baseline, for comparison in {@code evaluate topics --folds K --method opennlp-maxent}
 * (or {@code opennlp-nb}): Apache OpenNLP's document categorizer on bag-of-words and word
 * 1-2-gram features of the same lower-cased tokens the TF-IDF model reads, with OpenNLP's default
 * training parameters (100 iterations, cutoff 5) on one thread.
 */
public final class OpenNlpTopicBaseline {
  private OpenNlpTopicBaseline() {}

  public static TopicEvaluator.Method method(String algorithm) {
    return training -> {
      DocumentCategorizerME categorizer = new DocumentCategorizerME(train(training, algorithm));
      return e -> categorizer.getBestCategory(categorizer.categorize(tokens(e)));
    };
  }

  static DoccatModel train(List<TopicExample> training, String algorithm) {
    List<DocumentSample> samples = new ArrayList<>();
    for (TopicExample e : training) {
      samples.add(new DocumentSample(e.label(), tokens(e)));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      FeatureGenerator[] features = {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)};
      return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params, new DoccatFactory(features));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] tokens(TopicExample e) {
    return TfidfVectorizer.tokens(TopicModel.tfidfText(e.title(), e.body())).toArray(String[]::new);
  }
}
