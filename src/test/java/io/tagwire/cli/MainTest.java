package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void anOutOfMemoryErrorWrappedByTheRunnerIsRecognisedAndNamedAtTheRoot() {
    // Beam's DirectRunner rethrows a worker's error wrapped, often twice.
    RuntimeException wrapped = new RuntimeException("pipeline failed",
        new IllegalStateException("bundle failed", new OutOfMemoryError("Java heap space")));

    assertThat(Main.causedByOutOfMemory(wrapped)).isTrue();
    assertThat(Main.rootMessage(wrapped)).isEqualTo("OutOfMemoryError: Java heap space");
    assertThat(Main.causedByOutOfMemory(new RuntimeException("x", new IllegalArgumentException("y")))).isFalse();
  }
}
