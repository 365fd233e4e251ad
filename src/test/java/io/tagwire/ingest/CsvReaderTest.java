package io.tagwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.LimitsConfig;
import io.tagwire.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void rowsBecomeRecordsWithListFieldsAndStartLines() throws IOException {
    String csv = "id,title,body,regions,tags,desk\n"
        + "c1,Quake hits Chile,\"SANTIAGO - A quake struck.\n\nNo damage was reported.\",Latin America,Chile;Earthquakes,world\n"
        + "c2,Second,Plain body,,,\n";
    JsonLinesReaderTest.Collected c = new JsonLinesReaderTest.Collected();

    new CsvReader().read("feed.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), c);

    assertThat(c.records).hasSize(2);
    assertThat(c.records.get(0).source().line()).isEqualTo(2);
    assertThat(c.records.get(1).source().line()).isEqualTo(5);
    Article a = new ArticleParser(LimitsConfig.defaults()).parse(c.records.get(0)).article().article();
    assertThat(a.body()).isEqualTo("SANTIAGO - A quake struck.\n\nNo damage was reported.");
    assertThat(a.tags()).containsExactly("Chile", "Earthquakes");
    assertThat(a.regions()).containsExactly("Latin America");
    assertThat(a.extra()).containsEntry("desk", "world");
  }
}
