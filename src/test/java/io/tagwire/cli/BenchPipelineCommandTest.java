package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench pipeline --json} end to end on a tiny corpus: the fields scripts read, with sane values. */
class BenchPipelineCommandTest {

  @Test
  void printsOneJsonObjectWithTheDocumentedFields() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("bench", "pipeline", "--input", "sample-data/tonight", "--articles", "6", "--warmup", "2",
        "--threads", "2", "--json");

    assertThat(exit).as(err.toString()).isZero();
    JsonNode r = Json.MAPPER.readTree(out.toString());
    for (String field : List.of("bareTokensPerSecond", "nerPipelineTokensPerSecond", "fullPipelineTokensPerSecond",
        "nerRatio", "fullRatio", "peakHeapMb")) {
      assertThat(r.path(field).isNumber()).as(field).isTrue();
      assertThat(r.path(field).asDouble()).as(field).isPositive();
    }
    assertThat(r.path("articles").asInt()).isEqualTo(6);
    assertThat(r.path("threads").asInt()).isEqualTo(2);
    assertThat(r.path("bareEntityTokens").asLong()).as("the bare loop really ran NER").isPositive();
    // The ratio is of throughputs (same tokens in both passes); printed seconds are rounded, so on a
    // corpus this small they cannot reproduce it, but the printed tokens/s can.
    assertThat(r.path("nerRatio").asDouble())
        .isCloseTo(r.path("nerPipelineTokensPerSecond").asDouble() / r.path("bareTokensPerSecond").asDouble(),
            org.assertj.core.api.Assertions.withinPercentage(2));
    assertThat(r.path("nerStages").toString()).contains("tokenize").doesNotContain("topics");
  }
}
