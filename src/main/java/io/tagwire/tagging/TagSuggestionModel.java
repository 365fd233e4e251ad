package io.tagwire.tagging;

import io.tagwire.config.TagsConfig;
import io.tagwire.config.TagwireHome;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * What tag suggestion knows for one run: the settings, the vocabulary file extended with the tags
 * editors added, and the editor feedback. Loaded once on the driver (so a bad vocabulary fails the
 * run before it starts, and feedback warnings print once) and shipped to workers; small (a few
 * thousand tags).
 */
public record TagSuggestionModel(TagsConfig config, Vocabulary vocabulary, TagPriors priors, EditorFeedback feedback,
    Honorifics honorifics, String vocabularyFile) implements Serializable {

  /** A model from parts, without priors or honorifics (tests, evaluation). */
  public static TagSuggestionModel of(TagsConfig config, Vocabulary vocabulary, EditorFeedback feedback) {
    return new TagSuggestionModel(config, feedback.extend(vocabulary), TagPriors.NONE, feedback, Honorifics.NONE, "(in memory)");
  }

  /**
   * Loads the vocabulary ({@code tags.vocabulary}), its priors ({@code tags.priors}, optional), the
   * honorifics ({@code tags.honorifics}, optional) and the feedback ({@code tags.feedback}, optional);
   * bad feedback lines are printed to {@code warnings} with their file and line and a count, then
   * skipped.
   */
  public static TagSuggestionModel load(TagsConfig config, PrintStream warnings) {
    return load(config, warnings, true);
  }

  /** As {@link #load(TagsConfig, PrintStream)}; without {@code readFeedback} the feedback file is ignored. */
  public static TagSuggestionModel load(TagsConfig config, PrintStream warnings, boolean readFeedback) {
    Path vocabularyFile = TagwireHome.resolve(config.vocabulary());
    Vocabulary vocabulary = Vocabulary.load(vocabularyFile);
    EditorFeedback.Read read = new EditorFeedback.Read(EditorFeedback.none(), List.of());
    if (readFeedback) {
      Path feedbackFile = TagwireHome.resolve(config.feedback());
      read = EditorFeedback.read(feedbackFile);
      report(read.problems(), feedbackFile, warnings);
    }
    return new TagSuggestionModel(config, read.feedback().extend(vocabulary), TagPriors.load(TagwireHome.resolve(config.priors())),
        read.feedback(), Honorifics.load(TagwireHome.resolve(config.honorifics())), vocabularyFile.toString());
  }

  static void report(List<String> problems, Path file, PrintStream warnings) {
    if (problems.isEmpty() || warnings == null) {
      return;
    }
    int shown = Math.min(problems.size(), 20);
    for (int i = 0; i < shown; i++) {
      warnings.println("tagwire: warning: " + problems.get(i));
    }
    if (problems.size() > shown) {
      warnings.println("tagwire: warning: ... and " + (problems.size() - shown) + " more");
    }
    warnings.println("tagwire: warning: skipped " + problems.size() + " bad line" + (problems.size() == 1 ? "" : "s")
        + " of editor feedback " + file);
  }

  /**
   * What a run's provenance records for tag suggestion: the vocabulary and priors files with the
   * first 12 hex digits of their SHA-256 ("missing" when absent).
   */
  public static String fingerprint(TagsConfig config) {
    return "vocabulary " + config.vocabulary() + " " + sha(TagwireHome.resolve(config.vocabulary())) + ", priors "
        + config.priors() + " " + sha(TagwireHome.resolve(config.priors()));
  }

  private static String sha(Path file) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file));
      return "sha256:" + java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (java.io.IOException e) {
      return "missing";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public VocabularyMatcher matcher() {
    return new VocabularyMatcher(vocabulary);
  }

  public TagScorer scorer() {
    return new TagScorer(config, feedback, vocabulary, priors);
  }

  /** A candidate finder for one thread. */
  public CandidateFinder finder() {
    return new CandidateFinder(matcher(), new KeyphraseExtractor(honorifics));
  }
}
