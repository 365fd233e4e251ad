package io.tagwire.related;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tagwire.model.Json;
import io.tagwire.pipeline.AtomicOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive of earlier nights: one folder per run date, {@code date=YYYY-MM-DD}, holding
 * {@code articles-*.jsonl} (one {@link ArchiveRecord} per line, sorted by id) and
 * {@code _partition.json} (format, date, run id, article count).
 *
 * <p>A partition appears whole or not at all: the run writes it into its own work folder, and
 * {@link #publish} moves it next to the archive under a hidden name and renames it into place,
 * replacing the partition of the same date (the rename dance of {@link AtomicOutput}, so a run
 * killed between the two renames is repaired by the next one). Readers ({@link #partitionFiles})
 * see only {@code date=*} folders and skip the one being written tonight.
 */
public final class ArchiveStore {
  private ArchiveStore() {}

  public static final int FORMAT = 1;
  public static final String MANIFEST = "_partition.json";
  public static final String FILE_PREFIX = "articles";
  private static final Pattern PARTITION = Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})");

  /** A line of the archive that does not follow the format: file, line, field and what was expected. */
  public static final class FormatException extends IllegalArgumentException {
    public FormatException(String message) {
      super(message);
    }
  }

  public static String partitionName(String date) {
    return "date=" + date;
  }

  // ---- Writing ----

  public static ArchiveRecord toRecord(ArticleSignature s) {
    List<ArchiveRecord.Entity> entities = new ArrayList<>();
    for (ArticleSignature.EntityWeight e : s.entities()) {
      entities.add(new ArchiveRecord.Entity(e.name(), e.type(), e.salience()));
    }
    Map<String, Integer> terms = new TreeMap<>();
    for (int i = 0; i < s.terms().length; i++) {
      terms.put(s.terms()[i], s.termCounts()[i]);
    }
    return new ArchiveRecord(FORMAT, s.id(), s.title(), s.url(), s.published(), s.section(), s.runDate(), s.contentHash(),
        s.duplicateOf(), entities, s.tags(), terms, encodeSet(s.shingles()), encodeInts(s.minHash()),
        s.embedding() == null ? null : encodeFloats(s.embedding()));
  }

  public static String toLine(ArticleSignature s) {
    return Json.write(toRecord(s));
  }

  // ---- Reading ----

  public static ArticleSignature parse(String line, String file, long lineNo) {
    String where = file + ":" + lineNo;
    ArchiveRecord r;
    try {
      r = Json.MAPPER.readValue(line, ArchiveRecord.class);
    } catch (JsonProcessingException e) {
      throw new FormatException(where + ": not an archive record: " + e.getOriginalMessage());
    }
    if (r == null) {
      throw new FormatException(where + ": expected a JSON object, got null");
    }
    if (r.format() == null || r.format() != FORMAT) {
      throw new FormatException(where + ": field 'format': expected " + FORMAT + ", got " + r.format());
    }
    require(r.id() != null && !r.id().isBlank(), where, "id", "a non-empty string", r.id());
    require(r.terms() != null, where, "terms", "an object of term counts", null);
    require(r.shingles() != null, where, "shingles", "a base64 string", null);
    require(r.minhash() != null, where, "minhash", "a base64 string", null);
    String[] terms = new String[r.terms().size()];
    int[] counts = new int[terms.length];
    int i = 0;
    for (Map.Entry<String, Integer> e : new TreeMap<>(r.terms()).entrySet()) {
      require(e.getValue() != null && e.getValue() > 0, where, "terms." + e.getKey(), "a positive count", e.getValue());
      terms[i] = e.getKey();
      counts[i++] = e.getValue();
    }
    List<ArticleSignature.EntityWeight> entities = new ArrayList<>();
    if (r.entities() != null) {
      Map<String, ArticleSignature.EntityWeight> byKey = new LinkedHashMap<>();
      for (ArchiveRecord.Entity e : r.entities()) {
        require(e != null && e.name() != null && e.salience() != null, where, "entities", "objects with name and salience", e);
        String key = e.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        byKey.putIfAbsent(key, new ArticleSignature.EntityWeight(key, e.name(), e.type(), e.salience()));
      }
      entities.addAll(byKey.values());
    }
    int[] shingles;
    int[] minHash;
    float[] embedding;
    try {
      shingles = decodeSet(r.shingles());
    } catch (IllegalArgumentException e) {
      throw new FormatException(where + ": field 'shingles': expected base64 varint deltas: " + e.getMessage());
    }
    try {
      minHash = decodeInts(r.minhash());
      embedding = r.embedding() == null ? null : decodeFloats(r.embedding());
    } catch (IllegalArgumentException e) {
      throw new FormatException(where + ": field 'minhash' or 'embedding': expected base64 of 4-byte values: " + e.getMessage());
    }
    return new ArticleSignature(r.id(), r.title(), r.url(), r.published(), r.section(), r.runDate(), true,
        r.contentHash(), r.duplicateOf(), terms, counts, null, entities, r.tags() == null ? List.of() : r.tags(),
        shingles, minHash, embedding);
  }

  private static void require(boolean ok, String where, String field, String expected, Object got) {
    if (!ok) {
      throw new FormatException(where + ": field '" + field + "': expected " + expected + ", got " + (got == null ? "nothing" : "'" + got + "'"));
    }
  }

  /**
   * The record files of every partition except {@code excludeDate} (tonight's: a re-run of a night
   * must not link to its own earlier output), oldest partition first. A missing archive folder is
   * an empty archive.
   */
  public static List<Path> partitionFiles(Path archive, String excludeDate) throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(archive)) {
      return out;
    }
    List<Path> partitions = new ArrayList<>();
    try (var s = Files.list(archive)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String date = dateOf(p.getFileName().toString());
        if (date != null && !date.equals(excludeDate) && Files.isDirectory(p)) {
          partitions.add(p);
        }
      }
    }
    partitions.sort(null);
    for (Path p : partitions) {
      try (var s = Files.list(p)) {
        s.filter(f -> f.getFileName().toString().startsWith(FILE_PREFIX + "-") && f.getFileName().toString().endsWith(".jsonl"))
            .sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** The date of a partition folder name, or null when the name is not {@code date=YYYY-MM-DD}. */
  static String dateOf(String name) {
    Matcher m = PARTITION.matcher(name);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate.parse(m.group(1));
      return m.group(1);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // ---- Publishing ----

  /**
   * Moves the staged partition files ({@code articles-*.jsonl} in {@code staged}) into
   * {@code <archive>/date=<date>}, replacing any partition of that date. Nothing of the new
   * partition is visible under its real name until it is complete.
   */
  public static void publish(Path staged, Path archive, String date, String runId) throws IOException {
    Files.createDirectories(archive);
    repair(archive);
    AtomicOutput target = new AtomicOutput(archive.resolve(partitionName(date)));
    Path work = target.begin(runId);
    long articles = 0;
    if (Files.isDirectory(staged)) {
      List<Path> files;
      try (var s = Files.list(staged)) {
        files = s.filter(f -> f.getFileName().toString().startsWith(FILE_PREFIX + "-")).sorted().toList();
      }
      for (Path f : files) {
        articles += countLines(f);
        move(f, work.resolve(f.getFileName()));
      }
    }
    Map<String, Object> manifest = new TreeMap<>();
    manifest.put("format", FORMAT);
    manifest.put("date", date);
    manifest.put("runId", runId);
    manifest.put("articles", articles);
    Files.writeString(work.resolve(MANIFEST), Json.write(manifest) + "\n", StandardCharsets.UTF_8);
    target.commit(work);
    AtomicOutput.deleteTree(staged);
  }

  /**
   * Repairs what a run killed in the middle of {@link #publish} left: a partition moved aside but
   * not replaced is put back, and half-copied work folders are removed.
   */
  public static void repair(Path archive) throws IOException {
    if (!Files.isDirectory(archive)) {
      return;
    }
    List<String> dates = new ArrayList<>();
    try (var s = Files.list(archive)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = p.getFileName().toString();
        Matcher m = Pattern.compile("\\.(date=\\d{4}-\\d{2}-\\d{2})\\.(previous|work-.*)").matcher(name);
        if (m.matches()) {
          dates.add(m.group(1));
        }
      }
    }
    for (String partition : dates.stream().distinct().sorted().toList()) {
      new AtomicOutput(archive.resolve(partition)).recover();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Different file systems: copy, then the staged copy goes with the work folder.
      Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static long countLines(Path f) throws IOException {
    try (var lines = Files.lines(f, StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.isBlank()).count();
    }
  }

  // ---- Binary fields ----

  static String encodeSet(int[] sorted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(sorted.length * 4);
    long prev = Integer.MIN_VALUE;
    for (int v : sorted) {
      long delta = v - prev;
      if (delta < 0) {
        throw new IllegalArgumentException("shingle set not sorted");
      }
      while (delta >= 0x80) {
        out.write((int) (delta & 0x7f) | 0x80);
        delta >>>= 7;
      }
      out.write((int) delta);
      prev = v;
    }
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  static int[] decodeSet(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    int[] out = new int[bytes.length];
    int n = 0;
    long prev = Integer.MIN_VALUE;
    int i = 0;
    while (i < bytes.length) {
      long delta = 0;
      int shift = 0;
      while (true) {
        if (i >= bytes.length || shift > 35) {
          throw new IllegalArgumentException("truncated varint");
        }
        int b = bytes[i++] & 0xff;
        delta |= (long) (b & 0x7f) << shift;
        shift += 7;
        if ((b & 0x80) == 0) {
          break;
        }
      }
      long v = prev + delta;
      if (v > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("value out of range");
      }
      out[n++] = (int) v;
      prev = v;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  static String encodeInts(int[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4);
    for (int v : values) {
      b.putInt(v);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  static int[] decodeInts(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    if (bytes.length % 4 != 0) {
      throw new IllegalArgumentException(bytes.length + " bytes is not a whole number of 4-byte values");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] out = new int[bytes.length / 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getInt();
    }
    return out;
  }

  static String encodeFloats(float[] values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4);
    for (float v : values) {
      b.putFloat(v);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  static float[] decodeFloats(String base64) {
    int[] ints = decodeInts(base64);
    float[] out = new float[ints.length];
    for (int i = 0; i < ints.length; i++) {
      out[i] = Float.intBitsToFloat(ints[i]);
    }
    return out;
  }
}
