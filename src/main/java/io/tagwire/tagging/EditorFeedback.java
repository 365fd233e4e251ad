package io.tagwire.tagging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tagwire.model.EditorDecision;
import io.tagwire.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Editors' decisions on earlier suggestions (the append-only JSONL file of {@link EditorDecision}
 * named by {@code tags.feedback}), as the next run applies them:
 * <ul>
 *   <li>a tag rejected on an article is never suggested for that article again;</li>
 *   <li>across articles, a tag's score is multiplied by its smoothed acceptance rate relative to
 *       a prior: {@code factor = ((a + W·P) / (a + r + W)) / P}, capped at {@link #MAX_BOOST}, where
 *       {@code a} counts acceptances and additions, {@code r} rejections ("marginal" counts half),
 *       {@code P} = {@value #PRIOR_ACCEPTANCE} and {@code W} = {@value #PRIOR_WEIGHT} pseudo-decisions.
 *       One rejection costs 20%, five cost 56%; one acceptance gains 8.6%;</li>
 *   <li>a tag added on an article joins the vocabulary for the run (the article's wording becomes
 *       an alias) and is suggested for that article; a tag accepted there stays suggested.</li>
 * </ul>
 * Only the last decision per article and tag counts (later lines win: an editor may change their
 * mind). A missing file means no feedback; a bad line is reported with its file and line and
 * skipped. Immutable once read.
 */
public final class EditorFeedback implements Serializable {
  static final double PRIOR_ACCEPTANCE = 0.7;
  static final double PRIOR_WEIGHT = 4.0;
  static final double MAX_BOOST = 1.1;
  static final double MARGINAL_WEIGHT = 0.5;

  private static final Set<String> DECISIONS = Set.of(EditorDecision.ACCEPTED, EditorDecision.REJECTED, EditorDecision.ADDED);
  private static final Set<String> REASONS = Set.of("wrong", "marginal");

  /** The feedback read from a file, with the lines that could not be used. */
  public record Read(EditorFeedback feedback, List<String> problems) {}

  /** article id -> tag key -> the last decision. */
  private final Map<String, Map<String, EditorDecision>> byArticle;
  /** tag key -> {acceptances, rejections}. */
  private final Map<String, double[]> tally = new TreeMap<>();
  private final int decisions;

  private EditorFeedback(Map<String, Map<String, EditorDecision>> byArticle, int decisions) {
    this.byArticle = byArticle;
    this.decisions = decisions;
    for (Map<String, EditorDecision> tags : byArticle.values()) {
      tags.forEach((key, d) -> {
        double[] t = tally.computeIfAbsent(key, k -> new double[2]);
        if (EditorDecision.REJECTED.equals(d.decision())) {
          t[1] += "marginal".equals(d.reason()) ? MARGINAL_WEIGHT : 1.0;
        } else {
          t[0] += 1.0;
        }
      });
    }
  }

  public static EditorFeedback none() {
    return new EditorFeedback(new TreeMap<>(), 0);
  }

  /** Decisions in the order they were made (later ones win). */
  public static EditorFeedback of(List<EditorDecision> decisions) {
    Map<String, Map<String, EditorDecision>> byArticle = new TreeMap<>();
    for (EditorDecision d : decisions) {
      byArticle.computeIfAbsent(d.articleId(), k -> new TreeMap<>()).put(TagText.collapseKey(d.tag()), d);
    }
    return new EditorFeedback(byArticle, decisions.size());
  }

  /** Reads a feedback file; a missing file is no feedback, a bad line a problem ("file:line: what"). */
  public static Read read(Path file) {
    List<EditorDecision> decisions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (file == null || !Files.exists(file)) {
      return new Read(none(), problems);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + lineNo + ": ";
        EditorDecision d;
        try {
          d = Json.MAPPER.readValue(line, EditorDecision.class);
        } catch (JsonProcessingException e) {
          problems.add(where + "not a JSON object of an editor decision: " + e.getOriginalMessage());
          continue;
        }
        String problem = check(d);
        if (problem != null) {
          problems.add(where + problem);
          continue;
        }
        decisions.add(d);
      }
    } catch (NoSuchFileException e) {
      return new Read(none(), problems);
    } catch (java.nio.charset.MalformedInputException e) {
      problems.add(file + ": not UTF-8 text; feedback after the bad bytes was not read");
    } catch (IOException e) {
      problems.add(file + ": cannot read editor feedback: " + e.getMessage());
    }
    return new Read(of(decisions), problems);
  }

  private static String check(EditorDecision d) {
    if (d == null) {
      return "expected a JSON object, got null";
    }
    if (d.articleId() == null || d.articleId().isBlank()) {
      return "field 'articleId': expected a non-empty string";
    }
    if (d.tag() == null || TagText.key(d.tag()).isEmpty()) {
      return "field 'tag': expected a tag name";
    }
    if (d.decision() == null || !DECISIONS.contains(d.decision())) {
      return "field 'decision': expected accepted, rejected or added, got " + quote(d.decision());
    }
    if (d.reason() != null && !REASONS.contains(d.reason())) {
      return "field 'reason': expected wrong or marginal, got " + quote(d.reason());
    }
    if (d.tagType() != null && TagType.parse(d.tagType()) == null) {
      return "field 'tagType': expected one of " + TagType.allKeys() + ", got " + quote(d.tagType());
    }
    return null;
  }

  private static String quote(String s) {
    return s == null ? "nothing" : "'" + s + "'";
  }

  /** Decisions read (all lines that were valid, before later ones replaced earlier ones). */
  public int decisions() {
    return decisions;
  }

  public boolean isEmpty() {
    return byArticle.isEmpty();
  }

  /** The last decision on this tag for this article, or null. */
  public EditorDecision on(String articleId, String tagKey) {
    Map<String, EditorDecision> tags = byArticle.get(articleId);
    return tags == null ? null : tags.get(tagKey);
  }

  /** Decisions on one article that keep a tag (accepted or added), in tag-key order. */
  public List<EditorDecision> kept(String articleId) {
    Map<String, EditorDecision> tags = byArticle.get(articleId);
    if (tags == null) {
      return List.of();
    }
    return tags.values().stream().filter(d -> !EditorDecision.REJECTED.equals(d.decision())).toList();
  }

  /** Score multiplier from the tag's record across articles; 1 when editors never decided on it. */
  public double factor(String tagKey) {
    double[] t = tally.get(tagKey);
    if (t == null) {
      return 1.0;
    }
    double smoothed = (t[0] + PRIOR_WEIGHT * PRIOR_ACCEPTANCE) / (t[0] + t[1] + PRIOR_WEIGHT);
    return Math.min(MAX_BOOST, smoothed / PRIOR_ACCEPTANCE);
  }

  /** Why {@link #factor} moved the score, or null. */
  public String record(String tagKey) {
    double[] t = tally.get(tagKey);
    if (t == null) {
      return null;
    }
    return "editors kept it " + fmt(t[0]) + ", rejected it " + fmt(t[1]) + " time" + (t[1] == 1 ? "" : "s");
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  /**
   * The vocabulary for this run: the file's plus every tag editors added (type from the decision,
   * else topic; the article's wording as an alias).
   */
  public Vocabulary extend(Vocabulary vocabulary) {
    List<VocabularyEntry> added = new ArrayList<>();
    for (Map<String, EditorDecision> tags : byArticle.values()) {
      for (EditorDecision d : tags.values()) {
        if (!EditorDecision.ADDED.equals(d.decision())) {
          continue;
        }
        TagType type = d.tagType() == null ? TagType.TOPIC : TagType.parse(d.tagType());
        List<String> aliases = d.wording() == null || d.wording().isBlank() ? List.of() : List.of(d.wording().strip());
        added.add(new VocabularyEntry(d.tag().strip(), type, aliases, ""));
      }
    }
    return added.isEmpty() ? vocabulary : vocabulary.plus(added);
  }
}
