package io.tagwire.related;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Article signatures generated directly, for the benchmark: no text, no NLP, but the statistics
 * that make candidate generation hard. Seeded and random-access ({@link #archived(long)} and
 * {@link #tonight(int)} compute one article from its number alone), so an archive of a million
 * articles can be streamed twice without being held in memory.
 *
 * <ul>
 *   <li>Words: 160 content words per article, in order. Background words follow Zipf(1.05) over a
 *       200,000-word vocabulary; each article has one of 2,000 topics whose 300 words (spread over
 *       the vocabulary's middle and tail) follow Zipf(1.0) and make up 40% of its words.</li>
 *   <li>Entities: 3 of its topic's 20, 1–4 from 100,000 names with Zipf(1.1); salience sums to 1.</li>
 *   <li>Stories: one article in eight belongs to one of the 150 stories of its week: 15% of its
 *       words come from 12 rare story words, and it has the story's 3 entities. 40% of tonight's
 *       articles continue a story of the last four weeks.</li>
 *   <li>Copies: 1% of archive articles copy an original of the previous 30 days with 5% of words
 *       changed; so do 2% of tonight's articles (originals of the last five days).</li>
 * </ul>
 * Shingles and MinHash signatures are computed from the words with the production code.
 */
public final class SyntheticArchive {
  private static final int VOCABULARY = 200_000;
  private static final int TOPICS = 2_000;
  private static final int TOPIC_TERMS = 300;
  private static final int ENTITIES = 100_000;
  private static final int TOPIC_ENTITIES = 20;
  private static final int STORIES_PER_WEEK = 150;
  private static final int STORY_TERMS = 12;
  private static final int WORDS = 160;
  private static final double STORY_SHARE = 0.125;
  private static final double COPY_SHARE = 0.01;
  private static final double TONIGHT_STORY_SHARE = 0.4;
  private static final double TONIGHT_COPY_SHARE = 0.02;

  private final long seed;
  private final long size;
  private final int perDay;
  private final MinHasher minHasher;
  private final int shingleSize;
  private final Zipf background = new Zipf(VOCABULARY, 1.05);
  private final Zipf topicWords = new Zipf(TOPIC_TERMS, 1.0);
  private final Zipf names = new Zipf(ENTITIES, 1.1);
  private final long start = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  private record Draft(String id, List<String> words, TreeMap<String, Double> entities, long second) {}

  /** An archive of {@code size} articles at {@code perDay} a day, then one night of new ones. */
  public SyntheticArchive(long seed, long size, int perDay, LshBands bands, int shingleSize) {
    this.seed = seed;
    this.size = size;
    this.perDay = perDay;
    this.minHasher = new MinHasher(bands.signatureSize());
    this.shingleSize = shingleSize;
  }

  public long size() {
    return size;
  }

  public static String archivedId(long i) {
    return "a" + i;
  }

  public static long indexOf(String archivedId) {
    return Long.parseLong(archivedId.substring(1));
  }

  /** Archive article i (0 ≤ i < size). */
  public ArticleSignature archived(long i) {
    SplittableRandom r = random(1, i);
    long day = i / perDay;
    Draft d;
    if (r.nextDouble() < COPY_SHARE && day > 0) {
      long from = Math.max(0, (day - 30) * perDay);
      d = copy(archivedId(i), original(from + r.nextLong(day * perDay - from)), day, r);
    } else {
      d = draft(archivedId(i), day, r, false);
    }
    return signature(d, true, date(day));
  }

  /** Tonight's article k. */
  public ArticleSignature tonight(int k) {
    SplittableRandom r = random(2, k);
    long day = (size - 1) / perDay + 1;
    Draft d;
    if (r.nextDouble() < TONIGHT_COPY_SHARE) {
      d = copy("n" + k, original(Math.max(0, size - 1 - r.nextLong(Math.min(size, 5L * perDay)))), day, r);
    } else {
      d = draft("n" + k, day, r, true);
    }
    return signature(d, false, null);
  }

  /** The nearest archive article at or before j that is not itself a copy, as it was drawn. */
  private Draft original(long j) {
    for (long x = j; x >= 0; x--) {
      SplittableRandom r = random(1, x);
      long day = x / perDay;
      if (!(r.nextDouble() < COPY_SHARE && day > 0)) {
        return draft(archivedId(x), day, r, false);
      }
    }
    throw new IllegalStateException("article 0 is never a copy");
  }

  private SplittableRandom random(int stream, long i) {
    return new SplittableRandom(StableHash.mix(seed * 31 + stream) ^ StableHash.mix(i + 0x9e3779b97f4a7c15L));
  }

  private String date(long day) {
    return Instant.ofEpochSecond(start + day * 86_400).toString().substring(0, 10);
  }

  private Draft draft(String id, long day, SplittableRandom r, boolean tonight) {
    int topic = r.nextInt(TOPICS);
    long story = -1;
    if (r.nextDouble() < (tonight ? TONIGHT_STORY_SHARE : STORY_SHARE)) {
      long week = Math.max(0, day / 7 - (tonight ? r.nextInt(4) : 0));
      story = week * STORIES_PER_WEEK + r.nextInt(STORIES_PER_WEEK);
      topic = (int) Math.floorMod(StableHash.mix(story), (long) TOPICS);
    }
    List<String> words = new ArrayList<>(WORDS);
    for (int w = 0; w < WORDS; w++) {
      double u = r.nextDouble();
      if (story >= 0 && u < 0.15) {
        words.add("s" + story + "x" + r.nextInt(STORY_TERMS));
      } else if (u < 0.55) {
        long h = StableHash.mix((long) topic * TOPIC_TERMS + topicWords.sample(r));
        words.add("w" + (500 + Math.floorMod(h, (long) (VOCABULARY - 500))));
      } else {
        words.add("w" + background.sample(r));
      }
    }
    TreeMap<String, Double> entities = new TreeMap<>();
    for (int e = 0; e < 3; e++) {
      entities.merge("Topic " + topic + " name " + r.nextInt(TOPIC_ENTITIES), 0.5 + r.nextDouble(), Double::sum);
    }
    if (story >= 0) {
      for (int e = 0; e < 3; e++) {
        entities.merge("Story " + story + " name " + e, 1.0 + r.nextDouble(), Double::sum);
      }
    }
    int extra = 1 + r.nextInt(4);
    for (int e = 0; e < extra; e++) {
      entities.merge("Name " + names.sample(r), 0.2 + r.nextDouble(), Double::sum);
    }
    return new Draft(id, words, entities, start + day * 86_400 + r.nextInt(86_400));
  }

  private Draft copy(String id, Draft original, long day, SplittableRandom r) {
    List<String> words = new ArrayList<>(original.words());
    for (int w = 0; w < words.size(); w++) {
      if (r.nextDouble() < 0.05) {
        words.set(w, "w" + background.sample(r));
      }
    }
    long second = Math.max(start + day * 86_400 + r.nextInt(86_400), original.second() + 60);
    return new Draft(id, words, original.entities(), second);
  }

  private ArticleSignature signature(Draft d, boolean archived, String runDate) {
    TreeMap<String, Integer> tf = new TreeMap<>();
    for (String w : d.words()) {
      tf.merge(w, 1, Integer::sum);
    }
    String[] terms = tf.keySet().toArray(String[]::new);
    int[] counts = tf.values().stream().mapToInt(Integer::intValue).toArray();
    double total = d.entities().values().stream().mapToDouble(Double::doubleValue).sum();
    List<ArticleSignature.EntityWeight> entities = new ArrayList<>();
    d.entities().forEach((name, w) -> entities.add(
        new ArticleSignature.EntityWeight(name.toLowerCase(Locale.ROOT), name, "MISC", w / total)));
    int[] shingles = Shingles.of(d.words(), shingleSize);
    return new ArticleSignature(d.id(), "Synthetic " + d.id(), null, Instant.ofEpochSecond(d.second()).toString(), null,
        runDate, archived, Long.toHexString(StableHash.of(String.join(" ", d.words()))), null, terms, counts, null,
        entities, List.of(), shingles, minHasher.signature(shingles), null);
  }

  /** Zipf-distributed ranks 1..n by inverse-CDF lookup on a precomputed table. */
  static final class Zipf {
    private final double[] cdf;

    Zipf(int n, double s) {
      cdf = new double[n];
      double sum = 0;
      for (int k = 1; k <= n; k++) {
        sum += 1 / Math.pow(k, s);
        cdf[k - 1] = sum;
      }
      for (int k = 0; k < n; k++) {
        cdf[k] /= sum;
      }
    }

    int sample(SplittableRandom r) {
      int i = Arrays.binarySearch(cdf, r.nextDouble());
      return Math.min(cdf.length, (i >= 0 ? i : -i - 1) + 1);
    }
  }
}
