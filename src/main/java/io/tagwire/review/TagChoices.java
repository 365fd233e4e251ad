package io.tagwire.review;

import io.tagwire.config.ConfigException;
import io.tagwire.model.EnrichedArticle;
import io.tagwire.model.TagSuggestion;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the add-tag box offers: the tag vocabulary ({@code tags.vocabulary}, a TSV with the header
 * {@code tag, type, aliases, hints}; aliases separated by {@code |}) when it exists, plus every tag
 * suggested anywhere in the run, so the box is useful before a vocabulary has been curated.
 */
public final class TagChoices {
  /** One choice: the tag, its type and the other names it is known by. */
  public record Choice(String tag, String type, List<String> aliases, boolean known) {}

  private TagChoices() {}

  public static List<Choice> of(Path vocabulary, Collection<EnrichedArticle> run) {
    Map<String, Choice> byKey = new TreeMap<>();
    if (vocabulary != null && Files.isRegularFile(vocabulary)) {
      for (Choice c : readVocabulary(vocabulary)) {
        byKey.putIfAbsent(c.tag().toLowerCase(Locale.ROOT), c);
      }
    }
    for (EnrichedArticle a : run) {
      for (TagSuggestion t : a.suggestedTags()) {
        byKey.putIfAbsent(t.tag().toLowerCase(Locale.ROOT), new Choice(t.tag(), t.type(), List.of(), t.known()));
      }
    }
    return List.copyOf(byKey.values());
  }

  static List<Choice> readVocabulary(Path file) {
    List<Choice> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        return out;
      }
      List<String> cols = Arrays.asList(header.replace("\uFEFF", "").split("\t", -1));
      int tagCol = cols.indexOf("tag");
      int typeCol = cols.indexOf("type");
      int aliasCol = cols.indexOf("aliases");
      if (tagCol < 0) {
        throw new ConfigException(file + ":1: expected a header line with a 'tag' column (tag, type, aliases, hints), got '" + header + "'");
      }
      String line;
      int n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String tag = tagCol < f.length ? f[tagCol].strip() : "";
        if (tag.isEmpty()) {
          throw new ConfigException(file + ":" + n + ": field 'tag': expected a tag name, got an empty field");
        }
        String type = typeCol >= 0 && typeCol < f.length && !f[typeCol].isBlank() ? f[typeCol].strip() : null;
        List<String> aliases = aliasCol >= 0 && aliasCol < f.length && !f[aliasCol].isBlank()
            ? Arrays.stream(f[aliasCol].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
            : List.of();
        out.add(new Choice(tag, type, aliases, true));
      }
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read the tag vocabulary: " + e.getMessage(), e);
    }
    return out;
  }
}
