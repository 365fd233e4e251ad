package io.tagwire.tagging;

import io.tagwire.model.AnnotatedArticle;
import java.io.Serializable;

/** An article travelling with its tag candidates between finding them and scoring them. */
public record ArticleWithCandidates(AnnotatedArticle article, ArticleCandidates candidates) implements Serializable {}
