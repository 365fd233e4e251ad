package io.tagwire.model;

import java.io.Serializable;

/**
 * One entity mention found by one recogniser. {@code inTitle} mentions index into the title,
 * the others into the body.
 */
public record Mention(String text, EntityType type, Span span, boolean inTitle, String recognizer)
    implements Serializable {}
