package io.tagwire.ingest;

import io.tagwire.model.SourceRef;
import java.io.Serializable;

/** One input record before validation: the text of a JSON object and where it was read from. */
public record RawRecord(SourceRef source, String json) implements Serializable {}
