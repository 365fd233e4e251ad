package io.tagwire.ingest;

import io.tagwire.config.ConfigException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands the {@code --input} arguments (files, folders, or globs such as
 * {@code sample-data/archive/*.jsonl}) into a sorted list of readable input files. Folders are
 * searched recursively for supported extensions. An argument that matches nothing is an error:
 * a nightly job whose feed folder is missing must fail loudly, not succeed on zero records.
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<String> resolve(List<String> args) {
    TreeSet<String> files = new TreeSet<>();
    for (String arg : args) {
      List<String> found = expand(arg);
      if (found.isEmpty()) {
        throw new ConfigException("--input " + arg + ": no such file, or no .jsonl/.json/.csv files there");
      }
      files.addAll(found);
    }
    return new ArrayList<>(files);
  }

  private static List<String> expand(String arg) {
    Path path = Path.of(arg);
    if (Files.isRegularFile(path)) {
      if (RecordReader.forFile(arg, 1) == null) {
        throw new ConfigException("--input " + arg + ": unsupported file type (expected .jsonl, .ndjson, .json or .csv)");
      }
      return List.of(normalise(path));
    }
    if (Files.isDirectory(path)) {
      return walk(path, p -> RecordReader.forFile(p.toString(), 1) != null);
    }
    if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
      int firstGlob = indexOfGlob(arg);
      int slash = arg.lastIndexOf('/', firstGlob);
      Path base = slash < 0 ? Path.of(".") : Path.of(arg.substring(0, slash + 1));
      if (!Files.isDirectory(base)) {
        return List.of();
      }
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + arg);
      Path cwd = Path.of("");
      return walk(base, p -> {
        Path rel = slash < 0 ? cwd.toAbsolutePath().relativize(p.toAbsolutePath()) : p;
        return matcher.matches(rel) || matcher.matches(p);
      });
    }
    return List.of();
  }

  private static int indexOfGlob(String arg) {
    int i = arg.length();
    for (char c : new char[] {'*', '?', '['}) {
      int at = arg.indexOf(c);
      if (at >= 0) {
        i = Math.min(i, at);
      }
    }
    return i;
  }

  private interface Filter {
    boolean accept(Path p);
  }

  private static List<String> walk(Path dir, Filter filter) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(filter::accept).map(InputFiles::normalise).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException("--input " + dir + ": cannot list folder: " + e.getMessage(), e);
    }
  }

  private static String normalise(Path p) {
    return p.normalize().toString();
  }
}
