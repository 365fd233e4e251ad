package io.tagwire.pipeline;

import io.tagwire.config.ConfigException;
import io.tagwire.config.Stage;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.tagging.TagSuggestionModel;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * One composite transform per stage of a pipeline file. Each takes annotated articles and returns
 * them (tag {@link Tags#ARTICLES}) with the stage's dead letters (tag {@link Tags#DEAD_LETTERS}).
 */
public final class Stages {
  private Stages() {}

  public static PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> transform(Stage stage, RunPlan plan) {
    return switch (stage) {
      case LANGUAGE -> new EnrichStage(stage.key(), new DetectLanguage(plan.config().language()));
      case TOKENIZE -> new EnrichStage(stage.key(), new Tokenize());
      case ENTITIES -> new EnrichStage(stage.key(), new RecognizeEntities(plan.config().entities()));
      case TOPICS -> new EnrichStage(stage.key(), new ClassifyTopics(plan.config().topics()));
      case REGIONS -> new EnrichStage(stage.key(), new ClassifyRegions(plan.config().regions()));
      case RELATED -> LinkRelatedArticles.forPlan(plan);
      case TAGS -> new SuggestTags(TagSuggestionModel.load(plan.config().tags(), System.err));
      default -> throw new ConfigException(plan.pipelineFile() + ": stages: stage '" + stage.key()
          + "' is not available in this version of Tagwire");
    };
  }

  /** The step name shown in the runner's graph and metrics. */
  public static String title(Stage stage) {
    return switch (stage) {
      case LANGUAGE -> "Identify language";
      case TOKENIZE -> "Split sentences and tokens";
      case ENTITIES -> "Recognise entities";
      case TOPICS -> "Classify topics";
      case REGIONS -> "Classify regions";
      case TAGS -> "Suggest tags";
      case RELATED -> "Link related articles";
    };
  }
}
