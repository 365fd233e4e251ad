package io.tagwire.pipeline;

import io.tagwire.ingest.RawRecord;
import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.DroppedDuplicate;
import org.apache.beam.sdk.values.TupleTag;

/** The tagged outputs shared by the pipeline's composite transforms. */
public final class Tags {
  private Tags() {}

  public static final TupleTag<RawRecord> RAW = new TupleTag<>() {};
  public static final TupleTag<AnnotatedArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() {};
  public static final TupleTag<DroppedDuplicate> DUPLICATES = new TupleTag<>() {};
}
