package io.tagwire.nlp;

import io.tagwire.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Turns per-token NER labels into mentions. Labels are CoreNLP's ({@code PERSON}, and with
 * fine-grained NER {@code CITY}, {@code NATIONALITY}, ...) or CoNLL's ({@code PER}), optionally
 * with a {@code B-}/{@code I-}/{@code E-}/{@code S-} prefix; labels of other classes (dates,
 * numbers, titles) are not names and are dropped.
 */
public final class NerLabels {
  private NerLabels() {}

  /** The entity type of a label without its prefix, or null for O and non-name classes. */
  public static EntityType typeOf(String label) {
    if (label == null) {
      return null;
    }
    String l = stripPrefix(label).toUpperCase(Locale.ROOT);
    return switch (l) {
      case "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.MISC;
      default -> EntityType.fromLabel(l);
    };
  }

  static String stripPrefix(String label) {
    return label.length() > 2 && label.charAt(1) == '-' && "BIES".indexOf(label.charAt(0)) >= 0 ? label.substring(2) : label;
  }

  /**
   * Mentions from the labels of tokens {@code [from, to)}: a run of tokens of one type is one
   * mention, and a {@code B-} or {@code S-} label starts a new one.
   *
   * @param label label of token i
   * @param begin char begin of token i
   * @param end char end of token i
   */
  public static void runs(int from, int to, IntFunction<String> label, IntFunction<Integer> begin, IntFunction<Integer> end,
      String source, List<NameMention> out) {
    int start = -1;
    EntityType current = null;
    for (int i = from; i <= to; i++) {
      String raw = i < to ? label.apply(i) : null;
      EntityType t = i < to ? typeOf(raw) : null;
      boolean startsNew = raw != null && (raw.startsWith("B-") || raw.startsWith("S-"));
      if (current != null && (t != current || startsNew)) {
        out.add(new NameMention(begin.apply(start), end.apply(i - 1), current, source));
        current = null;
      }
      if (t != null && current == null) {
        current = t;
        start = i;
      }
    }
  }
}
