package io.tagwire.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A run writes into a hidden work folder next to its output folder and only a finished run is
 * moved into place, so the output path holds the previous complete output, the new complete
 * output, or (for the instant between two renames) nothing; never a half-written run.
 */
public final class AtomicOutput {
  private final Path output;

  public AtomicOutput(Path output) {
    this.output = output.toAbsolutePath().normalize();
  }

  public Path output() {
    return output;
  }

  private Path previous() {
    return output.resolveSibling("." + output.getFileName() + ".previous");
  }

  /** A fresh work folder for a run; leftovers of killed runs are removed first. */
  public Path begin(String runId) throws IOException {
    Files.createDirectories(output.getParent());
    recover();
    Path work = output.resolveSibling("." + output.getFileName() + ".work-" + runId);
    deleteTree(work);
    Files.createDirectories(work);
    return work;
  }

  /**
   * Undoes the only non-atomic moment of {@link #commit}: a run killed after moving the old output
   * aside but before moving the new one in. Work folders of killed runs are deleted.
   */
  public void recover() throws IOException {
    Path prev = previous();
    if (Files.exists(prev) && !Files.exists(output)) {
      move(prev, output);
    } else if (Files.exists(prev)) {
      deleteTree(prev);
    }
    try (var s = Files.list(output.getParent())) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.getFileName().toString().startsWith("." + output.getFileName() + ".work-")) {
          deleteTree(p);
        }
      }
    }
  }

  /** Moves the finished work folder into place, replacing the previous output. */
  public void commit(Path work) throws IOException {
    Path prev = previous();
    if (Files.exists(output)) {
      move(output, prev);
    }
    move(work, output);
    deleteTree(prev);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          try {
            Files.delete(dir);
          } catch (DirectoryNotEmptyException e) {
            throw new UncheckedIOException(e);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
