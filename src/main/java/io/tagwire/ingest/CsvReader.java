package io.tagwire.ingest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * CSV with a header row naming the input fields ({@code id, title, body, ...}). Quoted fields may
 * span lines; the line reported is the one the record starts on. {@code regions} and {@code tags}
 * hold several values separated by {@code ;}. Empty cells count as absent.
 */
public final class CsvReader implements RecordReader {
  private static final Set<String> LIST_FIELDS = Set.of("regions", "tags");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void read(String file, InputStream in, ReadResult out) throws IOException {
    byte[] bytes = in.readAllBytes();
    String text;
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer).toString();
    } catch (CharacterCodingException e) {
      long line = 1;
      for (int i = 0; i < buffer.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      out.deadLetter(DeadLetter.of(new SourceRef(file, line), JsonLinesReader.STAGE, "invalid-utf8", null,
          "CSV file is not valid UTF-8 (first bad byte on this line); the whole file was not read", null, null));
      return;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(text)) {
      while (true) {
        // Before a row is read the parser stands at the start of its first line (quoted fields may
        // span several lines, so counting newlines would be wrong).
        long line = rows.getParser().currentLocation().getLineNr();
        Map<String, String> row;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          row = rows.nextValue();
        } catch (IOException | RuntimeException e) {
          out.deadLetter(DeadLetter.of(new SourceRef(file, Math.max(line, 1)), JsonLinesReader.STAGE, "malformed-csv", null,
              "malformed CSV: " + firstLine(e.getMessage()), null, null));
          break;
        }
        if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
          out.blankLine();
          continue;
        }
        out.record(new RawRecord(new SourceRef(file, line), toJson(row)));
      }
    }
  }

  private static String toJson(Map<String, String> row) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    for (Map.Entry<String, String> e : row.entrySet()) {
      String value = e.getValue();
      if (value == null || value.isEmpty()) {
        continue;
      }
      if (LIST_FIELDS.contains(e.getKey())) {
        ArrayNode list = node.putArray(e.getKey());
        for (String part : value.split(";")) {
          if (!part.isBlank()) {
            list.add(part.strip());
          }
        }
      } else {
        node.put(e.getKey(), value);
      }
    }
    return JSON.writeValueAsString(node);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
