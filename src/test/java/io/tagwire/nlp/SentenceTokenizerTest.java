package io.tagwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import io.tagwire.model.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTokenizerTest {

  @Test
  void tokensAreSpansOfTheTextAndParagraphBreaksEndSentences() {
    String text = "GAZA CITY, Nov 25 (Tagwire)\n\nThe U.N. agency said it can't reopen 14 schools.  It asked for $3.5m.";
    TextAnalysis a = new SentenceTokenizer().analyse(text);

    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < a.tokenBegins().length; i++) {
      tokens.add(text.substring(a.tokenBegins()[i], a.tokenEnds()[i]));
    }
    assertThat(tokens).contains("GAZA", "Tagwire", "schools", ".", "$", "3.5");
    assertThat(tokens).allSatisfy(t -> assertThat(t).isNotBlank().doesNotContainAnyWhitespaces());
    assertThat(tokens).doesNotContain("(Tagwire)", "schools.");
    assertThat(a.sentenceTokens()).as("dateline line, then two sentences").hasSize(3);
    assertThat(tokens.get(a.sentenceTokens()[1])).isEqualTo("The");
  }

  @Test
  void rememberedChunkSplitsGiveExactlyTheTokensOfAFreshTokenizer() throws Exception {
    SentenceTokenizer warm = new SentenceTokenizer();
    int articles = 0;
    for (String line : Files.readAllLines(Path.of("sample-data/tonight/politics-economy.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = Json.MAPPER.readTree(line);
      String body = n.path("body").asText();
      TextAnalysis fresh = new SentenceTokenizer().analyse(body);
      TextAnalysis remembered = warm.analyse(body);
      assertThat(remembered.tokenBegins()).isEqualTo(fresh.tokenBegins());
      assertThat(remembered.tokenEnds()).isEqualTo(fresh.tokenEnds());
      assertThat(remembered.sentenceTokens()).isEqualTo(fresh.sentenceTokens());
      articles++;
    }
    assertThat(articles).isGreaterThan(5);
  }
}
