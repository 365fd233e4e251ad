package io.tagwire.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShinglesAndMinHashTest {

  private static List<String> randomWords(SplittableRandom r, int n) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add("w" + r.nextInt(5_000));
    }
    return w;
  }

  @Test
  void jaccardOfShingleSetsIsExact() {
    int[] a = Shingles.of(List.of("a", "b", "c", "d"), 3); // abc, bcd
    int[] b = Shingles.of(List.of("a", "b", "c", "e"), 3); // abc, bce
    assertThat(a).hasSize(2).isSorted();
    assertThat(Shingles.jaccard(a, b)).isEqualTo(1.0 / 3);
    assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
    assertThat(Shingles.of(List.of("too", "short"), 3)).isEmpty();
    assertThat(Shingles.jaccard(new int[0], new int[0])).isZero();
  }

  @Test
  void minHashAgreementEstimatesJaccard() {
    SplittableRandom r = new SplittableRandom(7);
    List<String> base = randomWords(r, 600);
    List<String> edited = new ArrayList<>(base);
    for (int i = 0; i < edited.size(); i += 12) {
      edited.set(i, "edit" + i); // every 12th word changed: about 3 in 4 shingles survive
    }
    int[] sa = Shingles.of(base, 3);
    int[] sb = Shingles.of(edited, 3);
    double exact = Shingles.jaccard(sa, sb);
    MinHasher mh = new MinHasher(512);
    assertThat(MinHasher.estimate(mh.signature(sa), mh.signature(sb))).isCloseTo(exact, within(0.07));
    assertThat(mh.signature(new int[0])).isEmpty();
  }

  @Test
  void signaturesAreStableAcrossInstances() {
    int[] s = Shingles.of(List.of("one", "two", "three", "four", "five"), 3);
    assertThat(new MinHasher(126).signature(s)).isEqualTo(new MinHasher(126).signature(s));
  }

  @Test
  void lshBandsMeetNearCopiesAndMissUnrelatedTexts() {
    SplittableRandom r = new SplittableRandom(11);
    LshBands bands = LshBands.DEFAULT;
    MinHasher mh = new MinHasher(bands.signatureSize());
    List<String> base = randomWords(r, 400);
    List<String> copy = new ArrayList<>(base);
    copy.set(10, "changed");
    copy.set(200, "changed");
    List<String> other = randomWords(r, 400);
    String[] kb = bands.keys(mh.signature(Shingles.of(base, 3)));
    String[] kc = bands.keys(mh.signature(Shingles.of(copy, 3)));
    String[] ko = bands.keys(mh.signature(Shingles.of(other, 3)));
    assertThat(kb).hasSize(bands.bands());
    assertThat(shared(kb, kc)).isGreaterThan(bands.bands() / 2);
    assertThat(shared(kb, ko)).isZero();
    assertThat(bands.candidateProbability(0.6)).isGreaterThan(0.999);
    assertThat(bands.candidateProbability(0.05)).isLessThan(0.01);
    assertThat(bands.keys(new int[7])).as("another LSH layout gives no keys").isEmpty();
  }

  private static int shared(String[] a, String[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(b[i])) {
        n++;
      }
    }
    return n;
  }
}
