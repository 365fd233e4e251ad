package io.tagwire.nlp;

import static io.tagwire.model.EntityType.LOCATION;
import static io.tagwire.model.EntityType.MISC;
import static io.tagwire.model.EntityType.ORGANIZATION;
import static io.tagwire.model.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.EntityType;
import io.tagwire.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Canonicalisation with the curated lists of models/ner/, on hand-made mentions. */
class EntityCanonicalizerTest {
  private static final SentenceTokenizer TOKENIZER = new SentenceTokenizer();
  private static final NameDictionary DICTIONARY = NameDictionary.load(Path.of("models/ner/dictionary.tsv"));
  private static final EntityCanonicalizer CANON = new EntityCanonicalizer(
      AliasTable.load(Path.of("models/ner/aliases.tsv"), DICTIONARY), Honorifics.load(Path.of("models/ner/honorifics.txt")));

  /** Mentions given as name=type, each at its n-th occurrence in order of the list. */
  private static EntityCanonicalizer.Text text(String text, boolean title, Object... nameTypePairs) {
    List<NameMention> mentions = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < nameTypePairs.length; i += 2) {
      String name = (String) nameTypePairs[i];
      int b = text.indexOf(name, from);
      if (b < 0) {
        b = text.indexOf(name);
      }
      mentions.add(new NameMention(b, b + name.length(), (EntityType) nameTypePairs[i + 1], NameMention.CORENLP));
      from = b + name.length();
    }
    mentions.sort(java.util.Comparator.comparingInt(NameMention::begin));
    return new EntityCanonicalizer.Text(text, NerTokens.of(text, TOKENIZER.analyse(text)), mentions, title);
  }

  private static Map<String, EntityCanonicalizer.CanonicalEntity> entities(EntityCanonicalizer.Text title, EntityCanonicalizer.Text body) {
    return CANON.canonicalize(title, body).stream().collect(Collectors.toMap(EntityCanonicalizer.CanonicalEntity::name, Function.identity()));
  }

  private static EntityCanonicalizer.Text noTitle() {
    return new EntityCanonicalizer.Text("", NerTokens.EMPTY, List.of(), true);
  }

  @Test
  void shortNameJoinsTheOneLongerNameItEnds() {
    String body = "Chief Executive Satya Nadella spoke. Nadella’s staff listened, and Nadella left.";
    var e = entities(noTitle(), text(body, false, "Chief Executive Satya Nadella", PERSON, "Nadella’s", PERSON, "Nadella", PERSON));
    assertThat(e).containsOnlyKeys("Satya Nadella");
    var nadella = e.get("Satya Nadella");
    assertThat(nadella.type()).isEqualTo(PERSON);
    assertThat(nadella.mentionCount()).isEqualTo(3);
    assertThat(nadella.aliases()).containsExactly("Nadella");
    assertThat(nadella.spans()).extracting(s -> body.substring(s.begin(), s.end())).containsExactly("Satya Nadella", "Nadella", "Nadella");
  }

  @Test
  void ambiguousShortNameStaysUnresolved() {
    String body = "Bernie Sanders and Sarah Huckabee Sanders clashed; Sanders later apologised.";
    var e = entities(noTitle(), text(body, false, "Bernie Sanders", PERSON, "Sarah Huckabee Sanders", PERSON, "Sanders", PERSON));
    assertThat(e).containsOnlyKeys("Bernie Sanders", "Sarah Huckabee Sanders", "Sanders");
  }

  @Test
  void titlesAreCutOffPeopleButNotOffCuratedNames() {
    String body = "Vice President Brad Smith met Sheikh Hasina and Dr. Ciarán Doyle, then \"Smith\" left.";
    var e = entities(noTitle(), text(body, false, "President Brad Smith", PERSON, "Sheikh Hasina", PERSON,
        "Dr. Ciarán Doyle", PERSON, "\"Smith\"", PERSON));
    assertThat(e).containsOnlyKeys("Brad Smith", "Sheikh Hasina", "Ciarán Doyle");
    assertThat(e.get("Brad Smith").spans()).extracting(s -> body.substring(s.begin(), s.end())).containsExactly("Brad Smith", "Smith");
  }

  @Test
  void aDefinedAcronymBecomesTheDefinedName() {
    String body = "Israeli occupation forces (IOF) raided Jenin. The IOF said later that the Data Protection Commission (DPC) "
        + "had asked, and the DPC agreed. Microsoft (MSFT) fell.";
    var e = entities(noTitle(), text(body, false, "Israeli occupation forces", ORGANIZATION, "Jenin", LOCATION,
        "Data Protection Commission", ORGANIZATION, "DPC", ORGANIZATION, "Microsoft", ORGANIZATION));
    assertThat(e).containsOnlyKeys("Israeli occupation forces", "Jenin", "Data Protection Commission", "Microsoft");
    assertThat(e.get("Israeli occupation forces").mentionCount()).as("the definition and the later use").isEqualTo(3);
    assertThat(e.get("Israeli occupation forces").aliases()).containsExactly("IOF");
    assertThat(e.get("Israeli occupation forces").sources()).contains("acronym");
    assertThat(e.get("Data Protection Commission").aliases()).containsExactly("DPC");
  }

  @Test
  void aliasTableGivesTheCanonicalNameAndType() {
    String body = "The Houthis fired at U.S. ships; the United States said so.";
    var e = entities(noTitle(), text(body, false, "Houthis", MISC, "U.S.", LOCATION, "United States", LOCATION));
    assertThat(e).containsOnlyKeys("Ansar Allah", "United States");
    assertThat(e.get("Ansar Allah").type()).isEqualTo(ORGANIZATION);
    assertThat(e.get("United States").aliases()).containsExactly("U.S.");
  }

  @Test
  void majorityTypeRepairsAnInconsistentModel() {
    String body = "Trump spoke. Trump left. Trump returned.";
    var e = entities(noTitle(), text(body, false, "Trump", PERSON, "Trump", LOCATION, "Trump", PERSON));
    assertThat(e.get("Trump").type()).isEqualTo(PERSON);
    assertThat(e.get("Trump").mentionCount()).isEqualTo(3);
  }

  @Test
  void possessivesQuotesCompoundsAndCapitalsAreCleaned() {
    String title = "Microsoft’s ‘Azure’ deal";
    String body = "THE HAGUE, Nov 4 (Tagwire) - A Ramallah-based group said The Hague court and Microsoft's lawyers met.";
    var e = entities(text(title, true, "Microsoft’s", ORGANIZATION, "‘Azure’", MISC),
        text(body, false, "HAGUE", LOCATION, "Tagwire", ORGANIZATION, "Ramallah-based", MISC, "The Hague", LOCATION,
            "Microsoft's", ORGANIZATION));
    assertThat(e).containsOnlyKeys("Microsoft", "Azure", "The Hague", "Ramallah");
    assertThat(e.get("Microsoft").titleSpans()).containsExactly(new Span(0, 9));
    assertThat(e.get("Azure").titleSpans()).extracting(s -> title.substring(s.begin(), s.end())).containsExactly("Azure");
    assertThat(e.get("The Hague").aliases()).containsExactly("HAGUE");
    assertThat(e.get("Ramallah").type()).as("the curated type of the place").isEqualTo(LOCATION);
  }
}
