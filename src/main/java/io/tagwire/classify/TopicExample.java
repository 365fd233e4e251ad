package io.tagwire.classify;

/**
 * One labelled article for training or evaluation. {@code group} ties together articles that must
 * stay on the same side of a cross-validation split (the same story, or a republished copy and its
 * original), so held-out scores are not inflated by near-copies.
 */
public record TopicExample(String id, String label, String title, String body, String group, String source) {}
