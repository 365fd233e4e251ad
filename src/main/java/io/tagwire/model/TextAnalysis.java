package io.tagwire.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences and tokens of one text as offsets into it, kept as flat int arrays because a long
 * article has thousands of tokens and this travels with the article between stages.
 * {@code sentenceTokens[i]} is the index of the first token of sentence i.
 */
public record TextAnalysis(int[] tokenBegins, int[] tokenEnds, int[] sentenceTokens) implements Serializable {

  public static final TextAnalysis EMPTY = new TextAnalysis(new int[0], new int[0], new int[0]);

  public int tokenCount() {
    return tokenBegins.length;
  }

  public int sentenceCount() {
    return sentenceTokens.length;
  }

  /** Token index range {@code [from, to)} of sentence i. */
  public int sentenceStart(int i) {
    return sentenceTokens[i];
  }

  public int sentenceEnd(int i) {
    return i + 1 < sentenceTokens.length ? sentenceTokens[i + 1] : tokenBegins.length;
  }

  public List<Span> tokenSpans() {
    List<Span> spans = new ArrayList<>(tokenBegins.length);
    for (int i = 0; i < tokenBegins.length; i++) {
      spans.add(new Span(tokenBegins[i], tokenEnds[i]));
    }
    return spans;
  }
}
