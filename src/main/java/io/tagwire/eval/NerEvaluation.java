package io.tagwire.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.tagwire.model.EntityType;
import io.tagwire.nlp.EntityRecognizer;
import io.tagwire.nlp.NameMention;
import io.tagwire.nlp.NerTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity-level scores of the recogniser on a CoNLL file, with conlleval's semantics: a predicted
 * entity counts only when its tokens and type match a gold entity exactly. Each sentence is given
 * to the recogniser as its tokens (joined by spaces), exactly as the pipeline gives it the tokens
 * of an article; a predicted mention covers the tokens it overlaps.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /** The counts of one run: conlleval's header line and the per-type table. */
  @JsonPropertyOrder({"tokens", "sentences", "documents", "goldEntities", "predictedEntities", "correctEntities", "scores"})
  public record Result(int tokens, int sentences, int documents, long goldEntities, long predictedEntities,
      long correctEntities, LabelScores scores) {
    public String summary() {
      return String.format("processed %d tokens in %d sentences (%d documents) with %d entities; found: %d; correct: %d.",
          tokens, sentences, documents, goldEntities, predictedEntities, correctEntities);
    }
  }

  public static Result run(EntityRecognizer recognizer, ConllCorpus corpus) {
    LabelScores scores = new LabelScores();
    for (EntityType t : EntityType.values()) {
      scores.declare(t.name());
    }
    long gold = 0;
    long predicted = 0;
    long correct = 0;
    for (ConllCorpus.Sentence sentence : corpus.sentences()) {
      Set<ConllChunks.Chunk> expected = new HashSet<>();
      for (ConllChunks.Chunk c : ConllChunks.of(sentence.tags())) {
        expected.add(new ConllChunks.Chunk(c.start(), c.end(), typeName(c.type())));
      }
      NerTokens tokens = NerTokens.ofGivenTokens(List.of(sentence.tokens()));
      String text = NerTokens.joinedText(List.of(sentence.tokens()));
      Set<ConllChunks.Chunk> found = new HashSet<>();
      for (NameMention m : recognizer.mentions(text, tokens)) {
        int first = tokens.firstTokenEndingAfter(m.begin());
        int last = tokens.firstTokenEndingAfter(m.end() - 1);
        if (first < tokens.size() && last < tokens.size()) {
          found.add(new ConllChunks.Chunk(first, last + 1, m.type().name()));
        }
      }
      for (ConllChunks.Chunk c : found) {
        if (expected.contains(c)) {
          scores.tp(c.type());
          correct++;
        } else {
          scores.fp(c.type());
        }
      }
      for (ConllChunks.Chunk c : expected) {
        if (!found.contains(c)) {
          scores.fn(c.type());
        }
      }
      gold += expected.size();
      predicted += found.size();
    }
    return new Result(corpus.tokenCount(), corpus.sentences().size(), corpus.documents(), gold, predicted, correct, scores);
  }

  /** Gold types in our names (PER is PERSON); a type we do not know keeps its own name. */
  static String typeName(String conllType) {
    EntityType t = EntityType.fromLabel(conllType);
    return t == null ? conllType : t.name();
  }
}
