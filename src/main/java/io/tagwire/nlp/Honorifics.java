package io.tagwire.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Titles removed from the front of person names ({@code models/ner/honorifics.txt}): whole words,
 * case-sensitive, longest title first and repeated, so "Lt. Gen. Sheikh X" loses both titles.
 */
public final class Honorifics {
  private final List<String[]> titles;

  private Honorifics(List<String[]> titles) {
    this.titles = titles;
  }

  public static final Honorifics NONE = new Honorifics(List.of());

  public static Honorifics load(Path file) {
    List<String[]> titles = new ArrayList<>();
    for (CuratedFile.Row row : CuratedFile.read(file)) {
      String title = String.join("\t", row.columns()).strip();
      if (title.contains("\t")) {
        throw row.error("title", "one title per line", title);
      }
      titles.add(title.split("\\s+"));
    }
    return of(titles);
  }

  public static Honorifics of(List<String[]> titles) {
    List<String[]> sorted = new ArrayList<>(titles);
    sorted.sort(Comparator.<String[]>comparingInt(t -> -t.length).thenComparingInt(t -> -String.join(" ", t).length())
        .thenComparing(t -> String.join(" ", t)));
    return new Honorifics(List.copyOf(sorted));
  }

  /**
   * How many leading words of {@code words} are titles (0 when none). Never all of them: a name
   * that is only a title ("Major") keeps its last word.
   */
  public int leadingTitleWords(List<String> words) {
    int at = 0;
    boolean found = true;
    while (found) {
      found = false;
      for (String[] title : titles) {
        if (at + title.length < words.size() && matches(words, at, title)) {
          at += title.length;
          found = true;
          break;
        }
      }
    }
    return at;
  }

  private static boolean matches(List<String> words, int at, String[] title) {
    for (int i = 0; i < title.length; i++) {
      if (!words.get(at + i).equals(title[i])) {
        return false;
      }
    }
    return true;
  }
}
