package io.tagwire.nlp;

import io.tagwire.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * Apache OpenNLP's {@link DictionaryNameFinder} over the curated name list, for names the
 * statistical model misses or mistypes in this newsroom's coverage ({@code Unit 8200}, {@code IOF},
 * {@code Ansar Allah}). Matching is case-sensitive ({@code WHO} is a name, "who" is not) and on
 * whole tokens, longest match first; every name is tokenised exactly like article text (OpenNLP
 * tokens, then {@link NerTokens}), so {@code David's Sling} and {@code al-Shabaab} match the way
 * they occur. Immutable after construction and shared by all threads.
 */
public final class DictionaryRecognizer implements MentionRecognizer {
  private final Dictionary dictionary = new Dictionary(true);
  private final Map<List<String>, EntityType> types = new HashMap<>();
  /** Every word of every name: a name can only match inside a run of these. */
  private final java.util.Set<String> vocabulary = new java.util.HashSet<>();
  private final DictionaryNameFinder finder;

  public DictionaryRecognizer(NameDictionary names) {
    SentenceTokenizer tokenizer = new SentenceTokenizer();
    for (NameDictionary.Entry e : names.entries()) {
      NerTokens tokens = NerTokens.of(e.name(), tokenizer.analyse(e.name()));
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.word(i);
      }
      if (words.length == 0) {
        continue;
      }
      dictionary.put(new StringList(words));
      vocabulary.addAll(Arrays.asList(words));
      types.put(Arrays.asList(words), e.type());
    }
    finder = new DictionaryNameFinder(dictionary, NameMention.DICTIONARY);
  }

  public int size() {
    return dictionary.size();
  }

  @Override
  public List<NameMention> recognize(String text, NerTokens tokens) {
    List<NameMention> out = new ArrayList<>();
    if (types.isEmpty()) {
      return out;
    }
    // The finder is run on each run of vocabulary words of a sentence rather than on the whole
    // sentence: the same matches (no name crosses a word outside the vocabulary), a fraction of the lookups.
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int end = tokens.sentenceEnd(s);
      int t = tokens.sentenceStart(s);
      while (t < end) {
        while (t < end && !vocabulary.contains(tokens.word(t))) {
          t++;
        }
        int from = t;
        while (t < end && vocabulary.contains(tokens.word(t))) {
          t++;
        }
        if (t > from) {
          find(tokens, from, t, out);
        }
      }
    }
    return out;
  }

  private void find(NerTokens tokens, int from, int to, List<NameMention> out) {
    String[] words = new String[to - from];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.word(from + i);
    }
    for (Span span : finder.find(words)) {
      EntityType type = types.get(Arrays.asList(words).subList(span.getStart(), span.getEnd()));
      out.add(new NameMention(tokens.begin(from + span.getStart()), tokens.end(from + span.getEnd() - 1), type,
          NameMention.DICTIONARY));
    }
  }
}
