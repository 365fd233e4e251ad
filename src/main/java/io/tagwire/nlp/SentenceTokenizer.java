package io.tagwire.nlp;

import io.tagwire.model.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences and tokens with OpenNLP's English models (UD EWT). Paragraph breaks
 * (blank lines) always end a sentence, so a headline-like first line or a dateline never runs into
 * the next paragraph. Offsets are UTF-16 code units of the input text. Not thread-safe: one
 * instance per thread.
 */
public final class SentenceTokenizer {
  private final SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
  private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());

  public TextAnalysis analyse(String text) {
    if (text == null || text.isBlank()) {
      return TextAnalysis.EMPTY;
    }
    List<int[]> tokens = new ArrayList<>();
    List<Integer> sentenceStarts = new ArrayList<>();
    for (int[] para : paragraphs(text)) {
      String paragraph = text.substring(para[0], para[1]);
      for (Span s : sentences.sentPosDetect(paragraph)) {
        int before = tokens.size();
        tokenize(text, para[0] + s.getStart(), para[0] + s.getEnd(), tokens);
        if (tokens.size() > before) {
          sentenceStarts.add(before);
        }
      }
    }
    int[] begins = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      begins[i] = tokens.get(i)[0];
      ends[i] = tokens.get(i)[1];
    }
    return new TextAnalysis(begins, ends, sentenceStarts.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Tokens of {@code text[from, to)}, whitespace chunk by chunk. TokenizerME itself splits on
   * whitespace first and then classifies every character position of a chunk, so a chunk of 100k
   * characters (a pasted blob, a giant URL) costs tens of seconds; chunks longer than
   * {@link #MAX_CHUNK_CHARS} are kept whole as one token instead.
   */
  private void tokenize(String text, int from, int to, List<int[]> out) {
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      if (i - start > MAX_CHUNK_CHARS) {
        out.add(new int[] {start, i});
        continue;
      }
      int[] cuts = split(text.substring(start, i));
      for (int k = 0; k < cuts.length; k += 2) {
        out.add(new int[] {start + cuts[k], start + cuts[k + 1]});
      }
    }
  }

  /**
   * Token spans of one whitespace-free chunk as [begin0, end0, begin1, end1, ...]. TokenizerME
   * decides a chunk's splits from the chunk alone (its features never look past the chunk), so the
   * answer is remembered: news text repeats its words, and most chunks ("the", "said,") are seen
   * many times, which saves most of the tokenizer's model evaluations without changing a token.
   * The memory is cleared when full rather than kept in LRU order: cheaper, and output is the same.
   */
  private int[] split(String chunk) {
    int[] cuts = known.get(chunk);
    if (cuts == null) {
      Span[] spans = tokenizer.tokenizePos(chunk);
      cuts = new int[spans.length * 2];
      for (int k = 0; k < spans.length; k++) {
        cuts[2 * k] = spans[k].getStart();
        cuts[2 * k + 1] = spans[k].getEnd();
      }
      if (known.size() >= MAX_KNOWN_CHUNKS) {
        known.clear();
      }
      known.put(chunk, cuts);
    }
    return cuts;
  }

  static final int MAX_KNOWN_CHUNKS = 50_000;
  private final java.util.HashMap<String, int[]> known = new java.util.HashMap<>();

  static final int MAX_CHUNK_CHARS = 64;

  /** Paragraph ranges: text between runs of blank lines, without surrounding whitespace. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      if (text.charAt(i) == '\n') {
        int j = i + 1;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        if (j < n && text.charAt(j) == '\n') {
          addTrimmed(text, start, i, out);
          while (j < n && Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    addTrimmed(text, start, n, out);
    return out;
  }

  private static void addTrimmed(String text, int from, int to, List<int[]> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new int[] {from, to});
    }
  }
}
