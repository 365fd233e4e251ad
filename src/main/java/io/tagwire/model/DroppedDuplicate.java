package io.tagwire.model;

import java.io.Serializable;

/** An input record dropped because another record with the same id was kept. */
public record DroppedDuplicate(String id, String file, long line, String keptFile, long keptLine, String reason)
    implements Serializable {}
