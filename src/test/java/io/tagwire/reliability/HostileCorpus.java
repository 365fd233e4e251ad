package io.tagwire.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tagwire.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of the feeds a nightly job meets: valid articles (first paragraphs of the
 * sample articles under new ids) mixed with every fault in the reliability issue. The same seed
 * always writes the same bytes, so a failing case can be replayed.
 */
public final class HostileCorpus {
  /** What the generator planted, for the test's expectations. */
  public record Planted(int records, int blankLines, int duplicateIdRecords, int nonEnglish) {}

  private final Random random;
  private final List<JsonNode> seeds;

  public HostileCorpus(long seed, List<JsonNode> sampleArticles) {
    this.random = new Random(seed);
    this.seeds = sampleArticles;
  }

  /** The English sample articles of a folder (its non-English file is left out: those are planted separately). */
  public static List<JsonNode> loadSamples(Path dir) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl") && !p.toString().contains("non-english")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(Json.MAPPER.readTree(line));
          }
        }
      }
    }
    return out;
  }

  /** Writes {@code total} records (plus blank lines) to {@code file}. */
  public Planted write(Path file, int total) throws IOException {
    int blank = 0;
    int dupIds = 0;
    int nonEnglish = 0;
    int records = 0;
    List<String> validIds = new ArrayList<>();
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a BOM before the first record
      // The extremes once each: a 5 MB body (over limits.maxBodyChars) and one 100k-character token.
      out.write(bytes(Json.write(node("huge-body", "A very long report. ".repeat(5 * 1024 * 1024 / 20))) + "\n"));
      out.write(bytes(Json.write(node("long-token", "x".repeat(100_000))) + "\n"));
      records += 2;
      while (records < total) {
        int kind = random.nextInt(100);
        String eol = random.nextInt(10) == 0 ? "\r\n" : "\n";
        if (kind < 55) {
          String id = "ok-" + records;
          validIds.add(id);
          out.write(bytes(Json.write(valid(id)) + eol));
        } else if (kind < 58 && !validIds.isEmpty()) {
          // the same id again: sometimes the same content, sometimes edited
          String id = validIds.get(random.nextInt(validIds.size()));
          ObjectNode again = valid(id);
          if (random.nextBoolean()) {
            again.put("body", again.path("body").asText() + " Updated at 10:40 GMT.");
          }
          out.write(bytes(Json.write(again) + eol));
          dupIds++;
        } else if (kind < 61) {
          out.write(bytes(eol));
          blank++;
          continue;
        } else if (kind < 65) {
          nonEnglish++;
          out.write(bytes(Json.write(foreign("ne-" + records)) + eol));
        } else {
          out.write(fault("bad-" + records, eol));
        }
        records++;
      }
    }
    return new Planted(records, blank, dupIds, nonEnglish);
  }

  private ObjectNode valid(String id) {
    JsonNode s = seeds.get(random.nextInt(seeds.size()));
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", id);
    n.put("title", s.path("title").asText());
    // One random paragraph of a random sample article: a feed repeats stories, but not each of
    // 190 leads thirty times over, which would turn every article into a cluster of copies.
    String[] paragraphs = s.path("body").asText().split("\n\n");
    n.put("body", paragraphs[random.nextInt(paragraphs.length)]);
    n.put("published", s.path("published").asText());
    n.set("regions", s.path("regions"));
    n.set("tags", s.path("tags"));
    n.put("section", s.path("section").asText());
    return n;
  }

  private ObjectNode foreign(String id) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", id);
    if (random.nextBoolean()) {
      n.put("title", "تظاهرات في القاهرة");
      n.put("body", "خرج آلاف المتظاهرين إلى شوارع القاهرة يوم الثلاثاء للمطالبة بخفض أسعار الخبز والوقود، "
          + "وقالت وزارة الداخلية إن الشرطة انتشرت في الميادين الرئيسية. وأضاف مسؤولون أن الحكومة ستعقد اجتماعا طارئا.");
    } else {
      n.put("title", "Protestas en Buenos Aires");
      n.put("body", "Miles de personas marcharon el martes por el centro de Buenos Aires para protestar contra "
          + "los recortes en las universidades públicas. El gobierno de Javier Milei dijo que no cambiará su plan.");
    }
    return n;
  }

  private byte[] fault(String id, String eol) throws IOException {
    String entity = "Satya Nadella";
    switch (random.nextInt(16)) {
      case 0:
        return bytes("{\"id\":\"" + id + "\",\"body\":\"The feed stopped mid-reco" + eol);
      case 1:
        return bytes("{\"body\":\"No id at all.\"}" + eol);
      case 2:
        return bytes("{\"id\":\"\",\"body\":\"Empty id.\"}" + eol);
      case 3:
        return bytes("{\"id\":" + random.nextInt(1000) + ",\"body\":\"Numeric id.\"}" + eol);
      case 4:
        return bytes("{\"id\":\"" + id + "\",\"body\":[\"array\",\"body\"]}" + eol);
      case 5:
        return bytes("{\"id\":\"" + id + "\",\"body\":\" \\t\\n  \"}" + eol);
      case 6:
        return bytes("{\"id\":\"" + id + "\"}" + eol);
      case 7: {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bytes("{\"id\":\"" + id + "\",\"body\":\"Caf"));
        b.write(new byte[] {(byte) 0xE9, (byte) 0xFF});
        b.write(bytes(" in Montr\"}" + eol));
        return b.toByteArray();
      }
      case 8:
        return bytes(Json.write(node(id, "Control\u0001 characters\u0007 around " + entity + "\u001b in Redmond, Washington.")) + eol);
      case 9:
        return bytes(Json.write(node(id, "<p>Officials in <b>Nairobi</b> said <a href=\"x\">the World Bank</a> would help.</p>"
            + "<script>alert(1)</script>")) + eol);
      case 10:
        return bytes(Json.write(node(id, "\uD83D\uDE80 " + entity + " \uD83C\uDDEE\uD83C\uDDF1 met Zoe\u0308 Kravitz and Jose\u0301 "
            + "Mu\u00F1oz in Gaza City \uD83D\uDE4F on Tuesday, officials told Reuters.")) + eol);
      case 11:
        return bytes("{\"id\":\"" + id + "\",\"body\":\"Wrong type of tags.\",\"tags\":\"Gaza\"}" + eol);
      case 12:
        return bytes("[\"not\",\"an\",\"object\"]" + eol);
      case 13:
        return bytes("{\"id\":\"" + id + "\",\"body\":\"Bad date.\",\"published\":\"last Tuesday\"}" + eol);
      case 14:
        return bytes("{\"id\":\"" + id + "\",\"title\":{\"nested\":true},\"body\":\"Object title.\"}" + eol);
      default:
        return bytes("{\"id\":\"" + id + "\",\"body\":\"Unquoted" + eol);
    }
  }

  private static ObjectNode node(String id, String body) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", id);
    n.put("title", "Hostile " + id);
    n.put("body", body);
    return n;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
