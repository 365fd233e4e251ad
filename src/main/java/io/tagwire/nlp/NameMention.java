package io.tagwire.nlp;

import io.tagwire.model.EntityType;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A name found in one text: {@code [begin, end)} in UTF-16 code units of that text, its type, and
 * the recognisers that found it (or part of it), sorted.
 */
public record NameMention(int begin, int end, EntityType type, Set<String> sources) {
  public static final String CORENLP = "corenlp";
  public static final String DICTIONARY = "dictionary";
  /** A mention of an acronym the article itself defines, e.g. "Israeli occupation forces (IOF)". */
  public static final String ACRONYM = "acronym";

  public NameMention {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad mention span [" + begin + ", " + end + ")");
    }
    sources = Collections.unmodifiableSet(new TreeSet<>(sources));
  }

  public NameMention(int begin, int end, EntityType type, String source) {
    this(begin, end, type, Set.of(source));
  }

  public int length() {
    return end - begin;
  }

  public boolean overlaps(NameMention o) {
    return begin < o.end && o.begin < end;
  }

  public boolean contains(NameMention o) {
    return begin <= o.begin && o.end <= end;
  }

  public String text(String of) {
    return of.substring(begin, end);
  }

  public NameMention withType(EntityType t) {
    return new NameMention(begin, end, t, sources);
  }

  public NameMention withSpan(int b, int e) {
    return new NameMention(b, e, type, sources);
  }

  public NameMention withSources(Set<String> more) {
    Set<String> all = new TreeSet<>(sources);
    all.addAll(more);
    return new NameMention(begin, end, type, all);
  }
}
