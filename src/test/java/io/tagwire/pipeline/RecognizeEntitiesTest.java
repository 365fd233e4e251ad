package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.EntitiesConfig;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.Entity;
import io.tagwire.model.LanguageInfo;
import io.tagwire.model.SourceRef;
import io.tagwire.model.TextAnalysis;
import io.tagwire.nlp.SentenceTokenizer;
import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/** The Beam side of stage {@code entities}: thin wiring of {@link RecognizeEntities} in an {@link EnrichStage}. */
public class RecognizeEntitiesTest implements Serializable {
  @Rule
  public final transient TestPipeline pipeline = TestPipeline.create();

  private static AnnotatedArticle article(String id, String title, String body, String language) {
    SentenceTokenizer tokenizer = new SentenceTokenizer();
    AnnotatedArticle a = AnnotatedArticle.of(new Article(id, title, body, null, null, null, null, null, null, null, null, null),
        new SourceRef("test.jsonl", 1), "hash-" + id).withLanguage(new LanguageInfo(language, 0.99, null));
    return language.equals("en") ? a.withText(tokenizer.analyse(title), tokenizer.analyse(body)) : a.withText(TextAnalysis.EMPTY, TextAnalysis.EMPTY);
  }

  @Test
  public void englishArticlesGetEntitiesAndOthersNone() {
    PCollection<AnnotatedArticle> in = pipeline.apply(Create.of(List.of(
        article("en-1", "Microsoft cuts off Unit 8200", "Microsoft said Unit 8200 broke its terms. Brad Smith wrote that Microsoft acted.", "en"),
        article("es-1", "Microsoft corta el acceso a la Unidad 8200", "Microsoft dijo que la Unidad 8200 violó sus términos en Madrid.", "es")))
        .withCoder(JavaSerializationCoder.of(AnnotatedArticle.class)));
    PCollectionTuple out = in.apply(new EnrichStage("entities", new RecognizeEntities(EntitiesConfig.defaults())));
    PCollection<String> summary = out.get(Tags.ARTICLES).apply(MapElements.into(TypeDescriptors.strings())
        .via(a -> a.id() + ":" + String.join(",", a.entities().stream().map(Entity::name).toList())));
    PAssert.that(summary).satisfies(lines -> {
      List<String> all = new java.util.ArrayList<>();
      lines.forEach(all::add);
      assertThat(all).hasSize(2).contains("es-1:");
      String en = all.stream().filter(l -> l.startsWith("en-1:")).findFirst().orElseThrow();
      assertThat(en).startsWith("en-1:Microsoft,").contains("Unit 8200", "Brad Smith");
      return null;
    });
    PAssert.that(out.get(Tags.DEAD_LETTERS)).empty();
    pipeline.run().waitUntilFinish();
  }
}
