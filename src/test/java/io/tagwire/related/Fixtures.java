package io.tagwire.related;

import io.tagwire.config.RelatedConfig;
import io.tagwire.ingest.ArticleParser;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Articles with hand-made canonical entities, as the entities stage would give them. */
public final class Fixtures {
  private Fixtures() {}

  public static RelatedSettings settings() {
    return new RelatedSettings(RelatedConfig.defaults(),
        Stopwords.load(Path.of("models/related/stopwords-en.txt")));
  }

  /** entities: "Name:TYPE:salience" */
  public static AnnotatedArticle article(String id, String published, String title, String body, String... entities) {
    Article a = new Article(id, title, body, "https://news.example.org/" + id, published, null, "test", null, null,
        List.of(), List.of(), Map.of());
    List<Entity> es = new ArrayList<>();
    for (String e : entities) {
      String[] p = e.split(":");
      es.add(new Entity(p[0], EntityType.valueOf(p[1]), Double.parseDouble(p[2]), 1, List.of(), List.of(), List.of(), List.of("test"), null));
    }
    return AnnotatedArticle.of(a, new SourceRef("fixture.jsonl", 1), ArticleParser.contentHash(title, body)).withEntities(es);
  }

  public static ArticleSignature signature(AnnotatedArticle a) {
    return settings().signatureBuilder().build(a, "2026-11-25", null);
  }
}
