package io.tagwire.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.EntitiesConfig;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.Span;
import io.tagwire.model.TextAnalysis;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The whole recogniser with the real CoreNLP model and curated lists. */
class EntityRecognizerTest {
  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(EntitiesConfig.defaults());

  private static List<Entity> entities(String title, String body) {
    return RECOGNIZER.entities(title, TOKENIZER.analyse(title), body, TOKENIZER.analyse(body));
  }

  private static Map<String, Entity> byName(List<Entity> entities) {
    return entities.stream().collect(Collectors.toMap(Entity::name, Function.identity()));
  }

  /** Every span of every entity, in body and title, is exactly the name or one of its aliases. */
  private static void assertSpansAreExact(String title, String body, List<Entity> entities) {
    for (Entity e : entities) {
      for (Span s : e.spans()) {
        assertThat(mentionForms(e)).as("body span %s of %s", s, e.name()).contains(body.substring(s.begin(), s.end()).replaceAll("\\s+", " "));
      }
      for (Span s : e.titleSpans()) {
        assertThat(mentionForms(e)).contains(title.substring(s.begin(), s.end()).replaceAll("\\s+", " "));
      }
    }
  }

  private static List<String> mentionForms(Entity e) {
    List<String> forms = new java.util.ArrayList<>(e.aliases());
    forms.add(e.name());
    return forms;
  }

  @Test
  void offsetsAreUtf16IndicesOfTheOriginalTextWithEmojiAccentsCurlyQuotesAndCrlf() {
    String title = "🚀 Ciarán Doyle questions “Satya Nadella”";
    String body = "👩‍💻👩‍💻 DUBLIN — Ciarán Doyle, a commissioner in Dublin, wrote to “Satya Nadella” on Monday.\r\n\r\n"
        + "Nadella’s reply reached Zoë Müller at the Data Protection Commission in Düsseldorf 😀.\r\n\r\n"
        + "“We will comply,” said Microsoft’s Brad Smith, adding that Microsoft had no comment on Beyoncé.";
    List<Entity> entities = entities(title, body);
    assertSpansAreExact(title, body, entities);
    Map<String, Entity> e = byName(entities);
    assertThat(e).containsKeys("Ciarán Doyle", "Satya Nadella", "Zoë Müller", "Microsoft", "Brad Smith");
    Entity doyle = e.get("Ciarán Doyle");
    int at = body.indexOf("Ciarán");
    assertThat(doyle.spans()).contains(new Span(at, at + "Ciarán Doyle".length()));
    assertThat(doyle.titleSpans()).containsExactly(new Span(title.indexOf("Ciarán"), title.indexOf("Ciarán") + 12));
    assertThat(e.get("Satya Nadella").aliases()).contains("Nadella");
    assertThat(e.get("Satya Nadella").spans()).extracting(s -> body.substring(s.begin(), s.end())).containsExactly("Satya Nadella", "Nadella");
    assertThat(e.get("Microsoft").spans()).extracting(s -> body.substring(s.begin(), s.end())).containsOnly("Microsoft");
  }

  @Test
  void entitiesCarryTypesSourcesAndAreSortedBySalienceThenName() {
    String title = "UNRWA warns Gaza aid is running out";
    String body = "GAZA CITY (Reuters) - UNRWA said on Tuesday that aid stocks in Gaza would run out within days, "
        + "Philippe Lazzarini told reporters in Geneva.\n\nLazzarini said Israel had blocked convoys at Kerem Shalom.\n\n"
        + "Israel's COGAT denied it.";
    List<Entity> entities = entities(title, body);
    assertSpansAreExact(title, body, entities);
    Map<String, Entity> e = byName(entities);
    assertThat(e.get("UNRWA").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(e.get("UNRWA").sources()).contains("dictionary");
    assertThat(e.get("Philippe Lazzarini").type()).isEqualTo(EntityType.PERSON);
    assertThat(e.get("Philippe Lazzarini").mentions()).isEqualTo(2);
    assertThat(e.get("Kerem Shalom").type()).isEqualTo(EntityType.LOCATION);
    assertThat(e).doesNotContainKey("Reuters");
    assertThat(entities.get(0).name()).isIn("UNRWA", "Gaza");
    for (int i = 1; i < entities.size(); i++) {
      Entity a = entities.get(i - 1);
      Entity b = entities.get(i);
      assertThat(a.salience() > b.salience() || (a.salience() == b.salience() && a.name().compareTo(b.name()) <= 0))
          .as("%s before %s", a.name(), b.name()).isTrue();
    }
  }

  @Test
  void survivesCorruptFeedsWithHugeTokensAndThousandsOfMentions() {
    // One 100,000-character token (its n-gram features alone would need gigabytes) and a name.
    String body = "x".repeat(100_000) + " Microsoft said.";
    TextAnalysis analysis = new TextAnalysis(new int[] {0, 100_001, 100_011}, new int[] {100_000, 100_010, 100_015}, new int[] {0});
    assertThat(RECOGNIZER.entities("", TextAnalysis.EMPTY, body, analysis)).extracting(Entity::name).containsExactly("Microsoft");
    // One sentence with 4,000 mentions of one name and a defined acronym used 2,000 times.
    String many = "Ireland's Data Protection Commission (DPC) said that " + "Microsoft and the DPC met, ".repeat(2_000) + "and left.";
    List<Entity> entities = RECOGNIZER.entities("", TextAnalysis.EMPTY, many, TOKENIZER.analyse(many));
    assertThat(byName(entities).get("Microsoft").mentions()).isEqualTo(2_000);
    assertThat(byName(entities).get("Data Protection Commission").mentions()).isEqualTo(2_002);
  }

  @Test
  void sameInputGivesTheSameOutput() {
    String body = "Microsoft said Unit 8200 used Azure. Brad Smith and Satya Nadella spoke in Redmond.";
    assertThat(entities("Microsoft and Unit 8200", body)).isEqualTo(entities("Microsoft and Unit 8200", body));
  }
}
