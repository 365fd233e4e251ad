package io.tagwire.nlp;

import io.tagwire.model.TextAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens the recognisers see, made from the OpenNLP sentences and tokens of a text and kept
 * as offsets into it. Two differences from OpenNLP's tokens bring them closer to the CoNLL
 * tokenisation the CoreNLP models were trained on: a possessive clitic is split off its word
 * ({@code Microsoft’s} becomes {@code Microsoft} + {@code ’s}), and a word that OpenNLP split at a
 * hyphen is joined again ({@code al - Shabaab} becomes {@code al-Shabaab}). {@link #word(int)} is
 * the token text with curly quotes and apostrophes in ASCII, which is what CoNLL text uses and what
 * the curated dictionary is matched against.
 */
public final class NerTokens {
  private final int[] begins;
  private final int[] ends;
  private final String[] words;
  private final int[] sentenceStarts;

  private NerTokens(int[] begins, int[] ends, String[] words, int[] sentenceStarts) {
    this.begins = begins;
    this.ends = ends;
    this.words = words;
    this.sentenceStarts = sentenceStarts;
  }

  public static final NerTokens EMPTY = new NerTokens(new int[0], new int[0], new String[0], new int[0]);

  /** Recognition tokens of {@code text}, from its OpenNLP analysis. */
  public static NerTokens of(String text, TextAnalysis analysis) {
    if (text == null || analysis == null || analysis.tokenCount() == 0) {
      return EMPTY;
    }
    Builder b = new Builder(text);
    for (int s = 0; s < analysis.sentenceCount(); s++) {
      b.startSentence();
      for (int t = analysis.sentenceStart(s); t < analysis.sentenceEnd(s); t++) {
        b.add(analysis.tokenBegins()[t], analysis.tokenEnds()[t]);
      }
    }
    return b.build();
  }

  /**
   * Tokens given as they are (CoNLL files), one list per sentence; the text they index into is the
   * tokens joined by single spaces, sentences by newlines (see {@link #joinedText}).
   */
  public static NerTokens ofGivenTokens(List<List<String>> sentences) {
    String text = joinedText(sentences);
    List<int[]> spans = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int pos = 0;
    for (List<String> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      starts.add(spans.size());
      for (String token : sentence) {
        spans.add(new int[] {pos, pos + token.length()});
        pos += token.length() + 1;
      }
    }
    int n = spans.size();
    int[] begins = new int[n];
    int[] ends = new int[n];
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      begins[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
      words[i] = asciiQuotes(text.substring(begins[i], ends[i]));
    }
    return new NerTokens(begins, ends, words, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The text {@link #ofGivenTokens} indexes into. */
  public static String joinedText(List<List<String>> sentences) {
    StringBuilder sb = new StringBuilder();
    for (List<String> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.setCharAt(sb.length() - 1, '\n');
      }
      for (String token : sentence) {
        sb.append(token).append(' ');
      }
    }
    if (sb.length() > 0) {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  public int size() {
    return begins.length;
  }

  public int begin(int token) {
    return begins[token];
  }

  public int end(int token) {
    return ends[token];
  }

  public String word(int token) {
    return words[token];
  }

  public int sentenceCount() {
    return sentenceStarts.length;
  }

  public int sentenceStart(int sentence) {
    return sentenceStarts[sentence];
  }

  public int sentenceEnd(int sentence) {
    return sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : begins.length;
  }

  /** Index of the token starting at char offset {@code begin}, or -1. */
  public int tokenStartingAt(int begin) {
    int i = java.util.Arrays.binarySearch(begins, begin);
    return i >= 0 ? i : -1;
  }

  /** Index of the token ending at char offset {@code end}, or -1. */
  public int tokenEndingAt(int end) {
    int i = java.util.Arrays.binarySearch(ends, end);
    return i >= 0 ? i : -1;
  }

  /** Index of the first token that ends after {@code offset} (the token at or after it). */
  public int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Curly single and double quotes to ASCII; other characters are unchanged (same length). */
  public static String asciiQuotes(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      char r = switch (ch) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
        default -> ch;
      };
      if (r != ch) {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = r;
      }
    }
    return c == null ? s : new String(c);
  }

  private static final class Builder {
    private final String text;
    private final List<int[]> tokens = new ArrayList<>();
    private final List<Integer> sentenceStarts = new ArrayList<>();
    private int sentenceFirst;
    /** The last token was a hyphen glued to the word before it: the next token continues the word. */
    private boolean joinNext;

    Builder(String text) {
      this.text = text;
    }

    void startSentence() {
      if (!sentenceStarts.isEmpty() && sentenceStarts.get(sentenceStarts.size() - 1) == tokens.size()) {
        return; // the previous sentence ended up empty
      }
      sentenceStarts.add(tokens.size());
      sentenceFirst = tokens.size();
      joinNext = false;
    }

    void add(int begin, int end) {
      boolean hasPrevious = tokens.size() > sentenceFirst;
      int[] last = hasPrevious ? tokens.get(tokens.size() - 1) : null;
      if (joinNext && last != null && last[1] == begin && isWordChar(text.charAt(begin))) {
        last[1] = end;
        joinNext = false;
        splitPossessive();
        return;
      }
      joinNext = false;
      if (end - begin == 1 && text.charAt(begin) == '-' && last != null && last[1] == begin && begin > 0
          && isWordChar(text.charAt(begin - 1)) && end < text.length() && isWordChar(text.charAt(end))) {
        last[1] = end;
        joinNext = true;
        return;
      }
      tokens.add(new int[] {begin, end});
      splitPossessive();
    }

    /** Splits a trailing {@code 's} / {@code ’s} (or the bare apostrophe of {@code Lions’}) off the last token. */
    private void splitPossessive() {
      int[] last = tokens.get(tokens.size() - 1);
      int len = last[1] - last[0];
      if (len > 2 && isApostrophe(text.charAt(last[1] - 2)) && (text.charAt(last[1] - 1) == 's' || text.charAt(last[1] - 1) == 'S')
          && Character.isLetterOrDigit(text.charAt(last[1] - 3))) {
        int split = last[1] - 2;
        tokens.add(new int[] {split, last[1]});
        last[1] = split;
      } else if (len > 2 && isApostrophe(text.charAt(last[1] - 1)) && text.charAt(last[1] - 2) == 's') {
        int split = last[1] - 1;
        tokens.add(new int[] {split, last[1]});
        last[1] = split;
      }
    }

    NerTokens build() {
      if (!sentenceStarts.isEmpty() && sentenceStarts.get(sentenceStarts.size() - 1) == tokens.size()) {
        sentenceStarts.remove(sentenceStarts.size() - 1);
      }
      int n = tokens.size();
      int[] begins = new int[n];
      int[] ends = new int[n];
      String[] words = new String[n];
      for (int i = 0; i < n; i++) {
        begins[i] = tokens.get(i)[0];
        ends[i] = tokens.get(i)[1];
        words[i] = asciiQuotes(text.substring(begins[i], ends[i]));
      }
      return new NerTokens(begins, ends, words, sentenceStarts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c);
    }

    private static boolean isApostrophe(char c) {
      return c == '\'' || c == '\u2019';
    }
  }
}
