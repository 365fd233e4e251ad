package io.tagwire.model;

import java.io.Serializable;

/** Size of the analysed text: sentences and tokens of title and body together. */
public record TextStats(int sentences, int tokens) implements Serializable {}
