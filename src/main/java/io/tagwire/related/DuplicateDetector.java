package io.tagwire.related;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact and near-duplicate copies. A pair is a duplicate when the normalised texts hash the same
 * (exact) or when the Jaccard similarity of their word-shingle sets reaches the threshold (near);
 * pairs are proposed by LSH bands and the term index ({@link CandidateIndex}) and always verified
 * here on the full shingle sets, never on the MinHash estimate.
 *
 * <p>Copies form groups (a copy of a copy is in the same group). The group's original is its
 * earliest member by {@code published}, then id; when that member is an archive record that was
 * itself flagged as a copy, its recorded original is the group's original. Every other member of
 * tonight's batch gets {@code duplicateOf} = the original.
 */
public final class DuplicateDetector {
  private DuplicateDetector() {}

  /** How two texts compare: exact copy, near copy (with its Jaccard similarity), or neither. */
  public record Verdict(boolean exact, boolean near, double jaccard) implements Serializable {
    public boolean duplicate() {
      return exact || near;
    }
  }

  public static Verdict verify(ArticleSignature a, ArticleSignature b, double threshold) {
    boolean exact = a.contentHash() != null && a.contentHash().equals(b.contentHash());
    double j = exact ? 1.0 : Shingles.jaccard(a.shingles(), b.shingles());
    return new Verdict(exact, !exact && j >= threshold, j);
  }

  /** One side of a duplicate pair, with what deciding the original needs. */
  public record Member(String id, long publishedSecond, boolean archived, String recordedOriginal) implements Serializable {
    public static Member of(ArticleSignature s) {
      return new Member(s.id(), s.publishedSecond(), s.archived(), s.archived() ? s.duplicateOf() : null);
    }
  }

  /** A verified duplicate pair. */
  public record Edge(Member a, Member b) implements Serializable {}

  /** The outcome for tonight's articles: the original of each copy and the group of each member. */
  public record Groups(Map<String, String> duplicateOf, Map<String, String> groupOf) implements Serializable {
    public static final Groups NONE = new Groups(Map.of(), Map.of());

    /** The original tonight's article copies, or null. */
    public String originalOf(String id) {
      return duplicateOf.get(id);
    }

    /** True when a and b are copies of each other (same group) or b is a's original. */
    public boolean sameText(String a, String b) {
      String ga = groupOf.get(a);
      return (ga != null && ga.equals(groupOf.get(b))) || b.equals(duplicateOf.get(a)) || a.equals(duplicateOf.get(b));
    }
  }

  /** Groups verified pairs (union-find) and names each group's original. Deterministic in the edge order. */
  public static Groups resolve(List<Edge> edges) {
    Map<String, Member> members = new TreeMap<>();
    Map<String, String> parent = new HashMap<>();
    for (Edge e : edges) {
      for (Member m : List.of(e.a(), e.b())) {
        // One id may reach us from tonight and from the archive: tonight's view wins.
        members.merge(m.id(), m, (x, y) -> x.archived() ? y : x);
        parent.putIfAbsent(m.id(), m.id());
      }
    }
    for (Edge e : edges) {
      union(parent, e.a().id(), e.b().id());
    }
    Map<String, List<Member>> groups = new TreeMap<>();
    for (Member m : members.values()) {
      groups.computeIfAbsent(find(parent, m.id()), k -> new ArrayList<>()).add(m);
    }
    Map<String, String> duplicateOf = new TreeMap<>();
    Map<String, String> groupOf = new TreeMap<>();
    for (List<Member> group : groups.values()) {
      Member earliest = group.get(0);
      for (Member m : group) {
        if (ArticleSignature.compareAge(m.id(), m.publishedSecond(), earliest.id(), earliest.publishedSecond()) < 0) {
          earliest = m;
        }
      }
      String original = earliest.archived() && earliest.recordedOriginal() != null ? earliest.recordedOriginal() : earliest.id();
      for (Member m : group) {
        groupOf.put(m.id(), original);
        if (!m.archived() && !m.id().equals(original)) {
          duplicateOf.put(m.id(), original);
        }
      }
    }
    return new Groups(duplicateOf, groupOf);
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // The smaller id becomes the root, so the result never depends on the edge order.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
