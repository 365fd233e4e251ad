package io.tagwire.pipeline;

import io.tagwire.related.ArticleSignature;
import io.tagwire.related.CandidateIndex;
import io.tagwire.related.DuplicateDetector;
import io.tagwire.related.ScoredPair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Compact coders for the small records the related stage shuffles in numbers (postings, proposals,
 * scored pairs); Java serialization would write class descriptors with every one of them, and the
 * DirectRunner re-encodes grouped values on every bundle.
 */
final class RelatedCoders {
  private RelatedCoders() {}

  static final class PostingCoder extends AtomicCoder<CandidateIndex.Posting> {
    static final PostingCoder INSTANCE = new PostingCoder();

    @Override
    public void encode(CandidateIndex.Posting p, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(p.id(), out);
      BooleanCoder.of().encode(p.query(), out);
    }

    @Override
    public CandidateIndex.Posting decode(InputStream in) throws IOException {
      return new CandidateIndex.Posting(StringUtf8Coder.of().decode(in), BooleanCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  static final class ProposalCoder extends AtomicCoder<CandidateIndex.Proposal> {
    static final ProposalCoder INSTANCE = new ProposalCoder();
    private static final ListCoder<String> IDS = ListCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(CandidateIndex.Proposal p, OutputStream out) throws IOException {
      VarLongCoder.of().encode(p.weight(), out);
      BooleanCoder.of().encode(p.duplicateKey(), out);
      IDS.encode(p.others(), out);
    }

    @Override
    public CandidateIndex.Proposal decode(InputStream in) throws IOException {
      return new CandidateIndex.Proposal(VarLongCoder.of().decode(in), BooleanCoder.of().decode(in), IDS.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  static final class ScoredPairCoder extends AtomicCoder<ScoredPair> {
    static final ScoredPairCoder INSTANCE = new ScoredPairCoder();
    private static final NullableCoder<String> TEXT = NullableCoder.of(StringUtf8Coder.of());
    private static final ListCoder<String> LIST = ListCoder.of(StringUtf8Coder.of());

    @Override
    public void encode(ScoredPair p, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(p.tonightId(), out);
      StringUtf8Coder.of().encode(p.otherId(), out);
      TEXT.encode(p.title(), out);
      TEXT.encode(p.url(), out);
      TEXT.encode(p.published(), out);
      BooleanCoder.of().encode(p.otherArchived(), out);
      TEXT.encode(p.otherRunDate(), out);
      TEXT.encode(p.otherRecordedOriginal(), out);
      DoubleCoder.of().encode(p.score(), out);
      LIST.encode(p.shared(), out);
      BooleanCoder.of().encode(p.verdict().exact(), out);
      BooleanCoder.of().encode(p.verdict().near(), out);
      DoubleCoder.of().encode(p.verdict().jaccard(), out);
      member(p.tonightMember(), out);
      member(p.otherMember(), out);
    }

    @Override
    public ScoredPair decode(InputStream in) throws IOException {
      return new ScoredPair(StringUtf8Coder.of().decode(in), StringUtf8Coder.of().decode(in), TEXT.decode(in), TEXT.decode(in),
          TEXT.decode(in), BooleanCoder.of().decode(in), TEXT.decode(in), TEXT.decode(in), DoubleCoder.of().decode(in),
          LIST.decode(in),
          new DuplicateDetector.Verdict(BooleanCoder.of().decode(in), BooleanCoder.of().decode(in), DoubleCoder.of().decode(in)),
          member(in), member(in));
    }

    private static void member(DuplicateDetector.Member m, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(m.id(), out);
      VarLongCoder.of().encode(m.publishedSecond(), out);
      BooleanCoder.of().encode(m.archived(), out);
      TEXT.encode(m.recordedOriginal(), out);
    }

    private static DuplicateDetector.Member member(InputStream in) throws IOException {
      return new DuplicateDetector.Member(StringUtf8Coder.of().decode(in), VarLongCoder.of().decode(in),
          BooleanCoder.of().decode(in), TEXT.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** Signatures: tonight's and the archive's, read once and passed through several steps. */
  static final class SignatureCoder extends AtomicCoder<ArticleSignature> {
    static final SignatureCoder INSTANCE = new SignatureCoder();

    // Written to a byte array first and copied out in one piece: the runner's streams are slow
    // per call, and the DirectRunner encodes every element on every step to check immutability.
    @Override
    public void encode(ArticleSignature s, OutputStream os) throws IOException {
      java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(8192);
      write(s, new DataOutputStream(buffer));
      org.apache.beam.sdk.coders.VarIntCoder.of().encode(buffer.size(), os);
      buffer.writeTo(os);
    }

    @Override
    public ArticleSignature decode(InputStream is) throws IOException {
      byte[] bytes = new byte[org.apache.beam.sdk.coders.VarIntCoder.of().decode(is)];
      new DataInputStream(is).readFully(bytes);
      return read(new DataInputStream(new java.io.ByteArrayInputStream(bytes)));
    }

    private static void write(ArticleSignature s, DataOutputStream out) throws IOException {
      text(out, s.id());
      text(out, s.title());
      text(out, s.url());
      text(out, s.published());
      text(out, s.section());
      text(out, s.runDate());
      out.writeBoolean(s.archived());
      text(out, s.contentHash());
      text(out, s.duplicateOf());
      strings(out, s.terms());
      ints(out, s.termCounts());
      strings(out, s.termSurfaces());
      out.writeInt(s.entities().size());
      for (ArticleSignature.EntityWeight e : s.entities()) {
        text(out, e.key());
        text(out, e.name());
        text(out, e.type());
        out.writeDouble(e.salience());
      }
      strings(out, s.tags().toArray(String[]::new));
      ints(out, s.shingles());
      ints(out, s.minHash());
      float[] e = s.embedding();
      out.writeInt(e == null ? -1 : e.length);
      if (e != null) {
        for (float f : e) {
          out.writeFloat(f);
        }
      }
      out.flush();
    }

    private static ArticleSignature read(DataInputStream in) throws IOException {
      String id = text(in);
      String title = text(in);
      String url = text(in);
      String published = text(in);
      String section = text(in);
      String runDate = text(in);
      boolean archived = in.readBoolean();
      String contentHash = text(in);
      String duplicateOf = text(in);
      String[] terms = strings(in);
      int[] counts = ints(in);
      String[] surfaces = strings(in);
      int n = in.readInt();
      List<ArticleSignature.EntityWeight> entities = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        entities.add(new ArticleSignature.EntityWeight(text(in), text(in), text(in), in.readDouble()));
      }
      String[] tags = strings(in);
      int[] shingles = ints(in);
      int[] minHash = ints(in);
      int m = in.readInt();
      float[] embedding = null;
      if (m >= 0) {
        embedding = new float[m];
        for (int i = 0; i < m; i++) {
          embedding[i] = in.readFloat();
        }
      }
      return new ArticleSignature(id, title, url, published, section, runDate, archived, contentHash, duplicateOf, terms,
          counts, surfaces, entities, List.of(tags), shingles, minHash, embedding);
    }

    // Length-prefixed UTF-8, not writeUTF: writeUTF stops at 65,535 bytes and feeds carry longer
    // "words" (a 100k-character token failed a whole run).
    private static void text(DataOutputStream out, String s) throws IOException {
      out.writeBoolean(s != null);
      if (s != null) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
      }
    }

    private static String text(DataInputStream in) throws IOException {
      if (!in.readBoolean()) {
        return null;
      }
      byte[] b = new byte[in.readInt()];
      in.readFully(b);
      return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, String[] a) throws IOException {
      out.writeInt(a == null ? -1 : a.length);
      if (a != null) {
        for (String s : a) {
          text(out, s);
        }
      }
    }

    private static String[] strings(DataInputStream in) throws IOException {
      int n = in.readInt();
      if (n < 0) {
        return null;
      }
      String[] a = new String[n];
      for (int i = 0; i < n; i++) {
        a[i] = text(in);
      }
      return a;
    }

    private static void ints(DataOutputStream out, int[] a) throws IOException {
      out.writeInt(a.length);
      for (int v : a) {
        out.writeInt(v);
      }
    }

    private static int[] ints(DataInputStream in) throws IOException {
      int[] a = new int[in.readInt()];
      for (int i = 0; i < a.length; i++) {
        a[i] = in.readInt();
      }
      return a;
    }

    @Override
    public void verifyDeterministic() {}
  }
}
