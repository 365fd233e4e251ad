package io.tagwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.LimitsConfig;
import io.tagwire.model.Article;
import io.tagwire.model.DeadLetter;
import io.tagwire.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser(LimitsConfig.defaults());

  private ParseOutcome parse(String json) {
    return parser.parse(new RawRecord(new SourceRef("feed.jsonl", 7), json));
  }

  @Test
  void keepsContractFieldsAndPassesUnknownFieldsThroughExtra() {
    ParseOutcome out = parse("{\"id\":\" a1 \",\"title\":\"T\",\"body\":\"Body text.\",\"published\":\"2026-11-25T07:45:00Z\","
        + "\"regions\":[\"Europe\"],\"tags\":[\"EU\",\" \"],\"story\":\"s1\",\"wordCount\":3}");

    assertThat(out.isOk()).isTrue();
    Article a = out.article().article();
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.regions()).containsExactly("Europe");
    assertThat(a.tags()).containsExactly("EU");
    assertThat(a.extra()).containsEntry("story", "s1").containsEntry("wordCount", 3);
    assertThat(out.article().source()).isEqualTo(new SourceRef("feed.jsonl", 7));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"body\":\"x\"}                         | missing-field  | id",
      "{\"id\":\"\",\"body\":\"x\"}             | empty-field    | id",
      "{\"id\":5,\"body\":\"x\"}                | wrong-type     | id",
      "{\"id\":\"a\"}                           | missing-field  | body",
      "{\"id\":\"a\",\"body\":\"  \\n \"}       | empty-field    | body",
      "{\"id\":\"a\",\"body\":[\"x\"]}          | wrong-type     | body",
      "{\"id\":\"a\",\"body\":\"x\",\"title\":3} | wrong-type    | title",
      "{\"id\":\"a\",\"body\":\"x\",\"tags\":\"EU\"} | wrong-type | tags",
      "{\"id\":\"a\",\"body\":\"x\",\"regions\":[1]} | wrong-type | regions",
      "{\"id\":\"a\",\"body\":\"x\",\"published\":\"soon\"} | bad-value | published",
  })
  void refusesRecordsNamingReasonAndField(String json, String reason, String field) {
    ParseOutcome out = parse(json);

    assertThat(out.isOk()).isFalse();
    DeadLetter d = out.deadLetter();
    assertThat(d.reason()).isEqualTo(reason);
    assertThat(d.field()).isEqualTo(field);
    assertThat(d.file()).isEqualTo("feed.jsonl");
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.stage()).isEqualTo("parse");
    assertThat(d.message()).contains("'" + field + "'");
    assertThat(d.raw()).isEqualTo(json);
  }

  @Test
  void malformedJsonNamesTheColumn() {
    DeadLetter d = parse("{\"id\":\"a\", body: 1}").deadLetter();

    assertThat(d.reason()).isEqualTo("malformed-json");
    assertThat(d.message()).contains("column");
  }

  @Test
  void nonObjectIsRefused() {
    assertThat(parse("[1,2]").deadLetter().reason()).isEqualTo("not-an-object");
  }

  @Test
  void controlCharactersBecomeSpacesSoOffsetsStayValid() {
    Article a = parse("{\"id\":\"a\",\"body\":\"Gaza\\u0007 City\\r\\nnext\"}").article().article();

    assertThat(a.body()).isEqualTo("Gaza  City\r\nnext");
  }

  @Test
  void oversizedBodyIsDeadLetteredOrTruncatedAsConfigured() {
    String big = "word ".repeat(400);
    String json = "{\"id\":\"big\",\"body\":\"" + big + "\"}";

    DeadLetter d = new ArticleParser(new LimitsConfig(1_000, null, null, "deadLetter"))
        .parse(new RawRecord(new SourceRef("f", 1), json)).deadLetter();
    assertThat(d.reason()).isEqualTo("too-large");
    assertThat(d.field()).isEqualTo("body");
    assertThat(d.raw().length()).isLessThanOrEqualTo(DeadLetter.MAX_RAW_CHARS + 40);

    Article cut = new ArticleParser(new LimitsConfig(1_000, null, null, "truncate"))
        .parse(new RawRecord(new SourceRef("f", 1), json)).article().article();
    assertThat(cut.body().length()).isLessThanOrEqualTo(1_000);
    assertThat(cut.extra()).containsEntry("truncatedFromChars", 2_000);
  }

  @Test
  void contentHashIgnoresWhitespaceDifferences() {
    assertThat(ArticleParser.contentHash("T", "a  b\n\nc")).isEqualTo(ArticleParser.contentHash("T", "a b c"));
    assertThat(ArticleParser.contentHash("T", "a b c")).isNotEqualTo(ArticleParser.contentHash("U", "a b c"));
  }
}
