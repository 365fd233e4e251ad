package io.tagwire.tagging;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Article;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.LanguageInfo;
import io.tagwire.model.SourceRef;
import io.tagwire.model.Span;
import io.tagwire.nlp.SentenceTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test articles, tokenised for real, with entities built by hand the way the entities stage reports them. */
final class Articles {
  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();

  private Articles() {}

  static AnnotatedArticle article(String id, String title, String body, List<String> tags) {
    Article a = new Article(id, title, body, null, null, null, null, null, null, List.of(), tags, null);
    return AnnotatedArticle.of(a, new SourceRef("test.jsonl", 1), id)
        .withLanguage(new LanguageInfo("en", 0.99, null))
        .withText(TOKENIZER.analyse(title), TOKENIZER.analyse(body));
  }

  static AnnotatedArticle article(String id, String title, String body) {
    return article(id, title, body, List.of());
  }

  /** An entity at every place {@code surface} (and each alias) occurs in title and body. */
  static Entity entity(AnnotatedArticle a, String name, EntityType type, double salience, String... aliases) {
    List<Span> body = new ArrayList<>();
    List<Span> title = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(aliases));
    names.add(0, name);
    for (String n : names) {
      find(a.article().body(), n, body);
      find(a.article().titleOrEmpty(), n, title);
    }
    return new Entity(name, type, salience, body.size() + title.size(), body, title, List.of(aliases), List.of("test"), null);
  }

  private static void find(String text, String name, List<Span> out) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
    while (m.find()) {
      Span s = new Span(m.start(), m.end());
      if (out.stream().noneMatch(o -> o.overlaps(s))) {
        out.add(s);
      }
    }
    out.sort(null);
  }
}
