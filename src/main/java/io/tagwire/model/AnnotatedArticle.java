package io.tagwire.model;

import java.io.Serializable;
import java.util.List;

/**
 * An article travelling through the pipeline: the validated input plus what each stage has added
 * so far. Stages return a copy with their part filled in ({@code with...}); fields of stages that
 * have not run (or do not apply, e.g. NER on a non-English text) stay empty.
 */
public record AnnotatedArticle(
    Article article,
    SourceRef source,
    String contentHash,
    LanguageInfo language,
    TextAnalysis titleText,
    TextAnalysis bodyText,
    List<Entity> entities,
    List<Label> topics,
    List<Label> regions,
    List<TagSuggestion> suggestedTags,
    List<RelatedLink> related,
    String duplicateOf)
    implements Serializable {

  public AnnotatedArticle {
    entities = List.copyOf(entities);
    topics = List.copyOf(topics);
    regions = List.copyOf(regions);
    suggestedTags = List.copyOf(suggestedTags);
    related = List.copyOf(related);
  }

  public static AnnotatedArticle of(Article article, SourceRef source, String contentHash) {
    return new AnnotatedArticle(article, source, contentHash, null, null, null,
        List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }

  public String id() {
    return article.id();
  }

  /** True when the article was detected as English (or detection was not run). */
  public boolean isEnglish() {
    return language == null || language.isEnglish();
  }

  public AnnotatedArticle withArticle(Article a) {
    return new AnnotatedArticle(a, source, contentHash, language, titleText, bodyText, entities, topics, regions, suggestedTags, related, duplicateOf);
  }

  public AnnotatedArticle withLanguage(LanguageInfo l) {
    return new AnnotatedArticle(article, source, contentHash, l, titleText, bodyText, entities, topics, regions, suggestedTags, related, duplicateOf);
  }

  public AnnotatedArticle withText(TextAnalysis title, TextAnalysis body) {
    return new AnnotatedArticle(article, source, contentHash, language, title, body, entities, topics, regions, suggestedTags, related, duplicateOf);
  }

  public AnnotatedArticle withEntities(List<Entity> e) {
    return new AnnotatedArticle(article, source, contentHash, language, titleText, bodyText, e, topics, regions, suggestedTags, related, duplicateOf);
  }

  public AnnotatedArticle withTopics(List<Label> t) {
    return new AnnotatedArticle(article, source, contentHash, language, titleText, bodyText, entities, t, regions, suggestedTags, related, duplicateOf);
  }

  public AnnotatedArticle withRegions(List<Label> r) {
    return new AnnotatedArticle(article, source, contentHash, language, titleText, bodyText, entities, topics, r, suggestedTags, related, duplicateOf);
  }

  public AnnotatedArticle withSuggestedTags(List<TagSuggestion> s) {
    return new AnnotatedArticle(article, source, contentHash, language, titleText, bodyText, entities, topics, regions, s, related, duplicateOf);
  }

  public AnnotatedArticle withRelated(List<RelatedLink> r, String dupOf) {
    return new AnnotatedArticle(article, source, contentHash, language, titleText, bodyText, entities, topics, regions, suggestedTags, r, dupOf);
  }
}
