package io.tagwire.nlp;

import io.tagwire.config.SalienceConfig;
import io.tagwire.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * How central an entity is to its article, in [0, 1], the way a news desk reads a story: what the
 * headline and the first paragraph name matters most, then how often and how far through the
 * story the entity comes back. With weights from the pipeline file ({@code entities.salience}):
 * <pre>
 *   salience = headline * H + lead * L + frequency * F + spread * S      (H + L + F + S = 1)
 *   H = 1 if mentioned in the title, else 0
 *   L = 1 if mentioned in the lead: the first paragraph, at most its first leadSentences sentences
 *   F = ln(1 + mentions) / ln(1 + mentions of the article's most mentioned entity)
 *   S = share of the body's paragraphs that mention it (of its sentences, when the body is one paragraph)
 * </pre>
 * and, for a nationality word (a MISC entity such as "Israeli", see {@link Demonyms}), times the
 * {@code demonym} factor: "the Israeli military" is about the military.
 * A name mentioned once in the seventh of ten paragraphs scores under 0.1; the subject of the
 * headline that runs through the story scores near 1.
 */
public final class Salience {
  private final SalienceConfig weights;

  public Salience(SalienceConfig weights) {
    this.weights = weights;
  }

  /** The parts of the formula for one entity, each in [0, 1]. */
  public record Parts(double headline, double lead, double frequency, double spread) {}

  public double score(Parts p, boolean demonym) {
    double s = p.headline() * weights.headline() + p.lead() * weights.lead() + p.frequency() * weights.frequency()
        + p.spread() * weights.spread();
    if (demonym) {
      s *= weights.demonym();
    }
    return Math.round(Math.min(1.0, Math.max(0.0, s)) * 10_000) / 10_000.0;
  }

  /** The parts for an entity with these spans, given the body's layout and the article's highest mention count. */
  public Parts parts(List<Span> bodySpans, List<Span> titleSpans, Layout body, int maxMentions) {
    int mentions = bodySpans.size() + titleSpans.size();
    double headline = titleSpans.isEmpty() ? 0 : 1;
    double lead = bodySpans.stream().anyMatch(s -> s.begin() < body.leadEnd) ? 1 : 0;
    double frequency = maxMentions <= 0 ? 0 : Math.log1p(mentions) / Math.log1p(maxMentions);
    BitSet units = new BitSet();
    for (Span s : bodySpans) {
      units.set(body.unitOf(s.begin()));
    }
    double spread = body.unitStarts.length == 0 ? 0 : (double) units.cardinality() / body.unitStarts.length;
    return new Parts(headline, lead, Math.min(1.0, frequency), spread);
  }

  /** Where the body's lead ends and where its paragraphs (or sentences) start. */
  public static final class Layout {
    final int leadEnd;
    final int[] unitStarts;

    private Layout(int leadEnd, int[] unitStarts) {
      this.leadEnd = leadEnd;
      this.unitStarts = unitStarts;
    }

    public static Layout of(String body, NerTokens tokens, int leadSentences) {
      if (body == null || body.isBlank()) {
        return new Layout(0, new int[0]);
      }
      List<int[]> paragraphs = SentenceTokenizer.paragraphs(body);
      int leadEnd = paragraphs.isEmpty() ? 0 : paragraphs.get(0)[1];
      if (tokens.sentenceCount() > leadSentences) {
        int lastLeadSentence = Math.max(0, leadSentences - 1);
        leadEnd = Math.min(leadEnd, tokens.end(tokens.sentenceEnd(lastLeadSentence) - 1));
      }
      int[] starts;
      if (paragraphs.size() > 1) {
        starts = paragraphs.stream().mapToInt(p -> p[0]).toArray();
      } else {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < tokens.sentenceCount(); i++) {
          s.add(tokens.begin(tokens.sentenceStart(i)));
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
      }
      return new Layout(leadEnd, starts);
    }

    int unitOf(int offset) {
      int i = Arrays.binarySearch(unitStarts, offset);
      return Math.max(0, i >= 0 ? i : -i - 2);
    }
  }
}
