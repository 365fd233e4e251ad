package io.tagwire.eval;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-2003 style column file: one token per line, the token in the first column and its NER
 * tag ({@code O}, or {@code B-}/{@code I-}/{@code E-}/{@code S-} and a type; IOB1, IOB2 and
 * IOBES all read) in the last; a blank line ends a sentence; {@code -DOCSTART-} lines separate
 * documents and are not tokens. Columns are split on spaces or tabs.
 */
public record ConllCorpus(Path file, List<Sentence> sentences, int documents) {
  /** One sentence: its tokens and their gold tags. */
  public record Sentence(List<String> tokens, List<String> tags, int line) {}

  public static ConllCorpus read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read CoNLL file: " + e.getMessage(), e);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int documents = 0;
    int sentenceLine = 1;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags), sentenceLine));
          tokens.clear();
          tags.clear();
        }
        if (line.startsWith("-DOCSTART-")) {
          documents++;
        }
        continue;
      }
      String[] columns = line.split("[ \\t]+");
      if (columns.length < 2) {
        throw new ConfigException(file + ":" + (i + 1) + ": expected a token and a tag separated by spaces, got '" + line + "'");
      }
      String tag = columns[columns.length - 1];
      if (!tag.equals("O") && !tag.matches("[BIES]-\\S+")) {
        throw new ConfigException(file + ":" + (i + 1) + ": last column: expected an NER tag such as O, B-PER or I-LOC, got '" + tag + "'");
      }
      if (tokens.isEmpty()) {
        sentenceLine = i + 1;
      }
      tokens.add(columns[0]);
      tags.add(tag);
    }
    if (sentences.isEmpty()) {
      throw new ConfigException(file + ": no tokens (expected CoNLL-2003 columns: token ... NER-tag)");
    }
    return new ConllCorpus(file, List.copyOf(sentences), Math.max(documents, 1));
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
