package io.tagwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tagwire.model.Json;
import io.tagwire.tagging.TagPriors;
import io.tagwire.tagging.Vocabulary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code train tags} then {@code evaluate tags} as an operator runs them, held out: train on some articles, evaluate on others. */
class TagCommandsTest {
  @TempDir
  Path dir;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof io.tagwire.config.ConfigException) {
        cmd.getErr().println("tagwire: error: " + e.getMessage());
        return Main.EXIT_USAGE;
      }
      throw e;
    });
    return new Result(cli.execute(args), out.toString(), err.toString());
  }

  private static String article(String id, String title, String body, String... tags) {
    return Json.write(Map.of("id", id, "title", title, "body", body, "tags", List.of(tags)));
  }

  @Test
  void trainsAVocabularyAndEvaluatesOnOtherArticles() throws Exception {
    Path train = dir.resolve("train.jsonl");
    Files.write(train, List.of(
        article("t1", "Microsoft cuts off Azure services to Israeli unit",
            "Microsoft said on Thursday it had cut off Azure services used by Unit 8200 for mass surveillance.\n\n"
                + "Microsoft's president, Brad Smith, said the review found misuse of Azure.",
            "Microsoft", "Azure", "Unit 8200", "Mass surveillance", "Brad Smith"),
        article("t2", "Microsoft expands data centres in Kenya",
            "Microsoft will build two data centres near Nairobi, the company said. Kenya's government welcomed the plan.",
            "Microsoft", "Data centres", "Kenya", "Nairobi"),
        article("t3", "Israeli occupation forces raid Jenin camp",
            "Israeli occupation forces (IOF) raided the Jenin camp on Monday. The IOF said it arrested 12 people in Jenin.",
            "Israeli occupation forces", "Jenin")), StandardCharsets.UTF_8);
    Path test = dir.resolve("test.jsonl");
    Files.write(test, List.of(
        article("e1", "IOF demolish homes in Jenin",
            "The IOF demolished 23 homes in Jenin on Sunday, residents said. The IOF said the homes were used by fighters.",
            "Israeli occupation forces", "Jenin", "Home demolitions"),
        article("e2", "Microsoft opens Nairobi data centre",
            "Microsoft opened a data centre in Nairobi on Tuesday. Kenya hopes Microsoft will train engineers there.",
            "Microsoft", "Nairobi", "Kenya", "Data centres")), StandardCharsets.UTF_8);
    Path vocabulary = dir.resolve("tags/vocabulary.tsv");

    Result trained = run("train", "tags", "--data", train.toString(), "--out", vocabulary.toString());
    assertThat(trained.exit()).as(trained.err()).isZero();
    Vocabulary v = Vocabulary.load(vocabulary);
    assertThat(v.size()).isEqualTo(10);
    assertThat(v.find("IOF").tag()).isEqualTo("Israeli occupation forces");
    assertThat(Files.readAllLines(dir.resolve("tags/priors.tsv")).get(0)).isEqualTo(TagPriors.HEADER);

    Result evaluated = run("evaluate", "tags", "--data", test.toString(), "--vocabulary", vocabulary.toString(), "--k", "3", "--json");
    assertThat(evaluated.exit()).as(evaluated.err()).isZero();
    JsonNode r = Json.MAPPER.readTree(evaluated.out());
    assertThat(r.get("articles").asInt()).isEqualTo(2);
    assertThat(r.get("goldTags").asInt()).isEqualTo(7);
    assertThat(r.get("k").asInt()).isEqualTo(3);
    // the held-out tags the vocabulary knows are found at the top: IOF (alias), Jenin, Microsoft, Nairobi, Kenya
    assertThat(r.get("atK").get("tp").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(r.get("recallAt10PersonOrganisation").get("recall").asDouble()).isEqualTo(1.0);
    assertThat(r.get("atKByType").get("perLabel").get("organisation").get("tp").asInt()).isEqualTo(2);

    Result text = run("evaluate", "tags", "--data", test.toString(), "--vocabulary", vocabulary.toString());
    assertThat(text.out()).contains("primary band:").contains("recall@10 of person and organisation tags");

    Result bad = run("evaluate", "tags", "--data", test.toString(), "--vocabulary", dir.resolve("none.tsv").toString());
    assertThat(bad.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(bad.err()).contains("none.tsv: tag vocabulary not found");
  }
}
