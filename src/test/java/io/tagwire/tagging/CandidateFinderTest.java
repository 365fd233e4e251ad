package io.tagwire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {
  private static final Vocabulary VOCABULARY = Vocabulary.of(List.of(
      new VocabularyEntry("Israel", TagType.PLACE, List.of(), ""),
      new VocabularyEntry("Israeli occupation forces", TagType.ORGANISATION, List.of("IOF"), ""),
      new VocabularyEntry("Microsoft", TagType.ORGANISATION, List.of(), ""),
      new VocabularyEntry("Gaza", TagType.PLACE, List.of(), ""),
      new VocabularyEntry("Gaza Strip", TagType.PLACE, List.of(), ""),
      new VocabularyEntry("Bangkok Metropolitan Administration", TagType.ORGANISATION, List.of("BMA"), "")));

  private final CandidateFinder finder = new CandidateFinder(new VocabularyMatcher(VOCABULARY),
      new KeyphraseExtractor(new Honorifics(Set.of("president", "defence minister"))));

  private static Map<String, TagCandidate> byTag(ArticleCandidates c) {
    return c.candidates().stream().collect(Collectors.toMap(TagCandidate::tag, Function.identity()));
  }

  @Test
  void entitiesMapToVocabularyTagsOrAreProposedAsNew() {
    AnnotatedArticle a = Articles.article("a1", "Microsoft cuts Azure services to Israeli unit",
        "Microsoft Corp. said on Thursday it had cut off services.\n\nSatya Nadella, Microsoft's chief executive, "
            + "spoke to staff. Nadella said the review was over.");
    a = a.withEntities(List.of(
        Articles.entity(a, "Microsoft", EntityType.ORGANIZATION, 0.8, "Microsoft Corp."),
        Articles.entity(a, "Satya Nadella", EntityType.PERSON, 0.3, "Nadella")));
    Map<String, TagCandidate> c = byTag(finder.find(a));
    assertThat(c.get("Microsoft").source()).isEqualTo(TagCandidate.VOCABULARY);
    assertThat(c.get("Microsoft").known()).isTrue();
    assertThat(c.get("Microsoft").titleMentions()).isEqualTo(1);
    assertThat(c.get("Microsoft").bodyMentions()).isEqualTo(2);
    assertThat(c.get("Satya Nadella").known()).isFalse();
    assertThat(c.get("Satya Nadella").type()).isEqualTo("person");
    assertThat(c.get("Satya Nadella").salience()).isEqualTo(0.3);
    assertThat(c).doesNotContainKeys("Microsoft Corp.", "Nadella");
  }

  @Test
  void aliasInTheTextFindsTheTagAndSaysSo() {
    AnnotatedArticle a = Articles.article("a2", "Raids widen in Jenin",
        "The IOF demolished 23 buildings in the camp. The IOF said it acted against infrastructure.");
    TagCandidate iof = byTag(finder.find(a)).get("Israeli occupation forces");
    assertThat(iof.bodyMentions()).isEqualTo(2);
    assertThat(iof.leadMentions()).isEqualTo(2);
    assertThat(iof.aliasesUsed()).containsExactly("IOF");
  }

  @Test
  void aNameInsideAnEntityIsNotATagOfItsOwn() {
    AnnotatedArticle a = Articles.article("a3", "Defence minister visits the north",
        "Defence Minister Israel Katz visited the border on Monday, officials said.");
    a = a.withEntities(List.of(Articles.entity(a, "Israel Katz", EntityType.PERSON, 0.5)));
    Map<String, TagCandidate> c = byTag(finder.find(a));
    assertThat(c).containsKey("Israel Katz").doesNotContainKey("Israel");
  }

  @Test
  void distinctVocabularyTagsBothStandLongestFirst() {
    AnnotatedArticle a = Articles.article("a4", "Strikes across the Gaza Strip",
        "Strikes hit the Gaza Strip overnight. In Gaza City, residents fled. Gaza has no power.");
    Map<String, TagCandidate> c = byTag(finder.find(a));
    assertThat(c.get("Gaza Strip").mentions()).isEqualTo(2);
    assertThat(c.get("Gaza").mentions()).isEqualTo(2);
  }

  @Test
  void anAcronymTheArticleSpellsOutDifferentlyIsNotTheVocabularysOne() {
    AnnotatedArticle a = Articles.article("a5", "Doctors strike",
        "The British Medical Association (BMA) called the strike. The BMA said talks had failed.");
    assertThat(byTag(finder.find(a))).doesNotContainKey("Bangkok Metropolitan Administration");
  }

  @Test
  void laterSurnameMentionsJoinTheFullName() {
    AnnotatedArticle a = Articles.article("a6", "Dumaguing promises Quezon City a war as Villalobos title fight week opens",
        "Filipino flyweight Reymart Dumaguing said he would take the title from Mexico\u2019s \u00d3scar Villalobos "
            + "on Saturday.\n\nVillalobos, 30, smiled. Dumaguing said he was ready. Villalobos left early.");
    Map<String, TagCandidate> c = byTag(finder.find(a));
    assertThat(c).containsKeys("\u00d3scar Villalobos", "Reymart Dumaguing").doesNotContainKeys("Villalobos", "Dumaguing");
    assertThat(c.get("\u00d3scar Villalobos").mentions()).isEqualTo(4);
  }

  @Test
  void titlesAreNotPartOfNames() {
    AnnotatedArticle a = Articles.article("a7", "Review finished",
        "Microsoft President Brad Smith said the review had finished. Brad Smith wrote to staff.");
    assertThat(byTag(finder.find(a))).containsKey("Brad Smith").doesNotContainKey("President Brad Smith");
  }

  @Test
  void anAcronymSpeltOutInTheArticleCountsForTheName() {
    AnnotatedArticle a = Articles.article("a8", "Runner to appeal to CAS",
        "His lawyers said he would take the case to the Court of Arbitration for Sport (CAS) next week.\n\n"
            + "The CAS has not set a date.");
    Map<String, TagCandidate> c = byTag(finder.find(a));
    assertThat(c).containsKey("Court of Arbitration for Sport").doesNotContainKey("CAS");
    TagCandidate cas = c.get("Court of Arbitration for Sport");
    assertThat(cas.titleMentions()).isEqualTo(1);
    assertThat(cas.bodyMentions()).isEqualTo(3);
  }

  @Test
  void shortFormsOfNewNamesJoinThemButAPlaceStaysApartFromItsClub() {
    AnnotatedArticle a = Articles.article("a9", "Canadiens recall Gagnon as Montreal crisis deepens",
        "The Montreal Canadiens recalled a goalie from the Laval Rocket on Tuesday. The Canadiens play in Montreal tonight; "
            + "Laval will miss him.");
    a = a.withEntities(List.of(
        Articles.entity(a, "Montreal Canadiens", EntityType.ORGANIZATION, 0.4),
        Articles.entity(a, "Canadiens", EntityType.ORGANIZATION, 0.6),
        Articles.entity(a, "Laval Rocket", EntityType.ORGANIZATION, 0.3),
        Articles.entity(a, "Laval", EntityType.ORGANIZATION, 0.3),
        Articles.entity(a, "Montreal", EntityType.LOCATION, 0.5)));
    Map<String, TagCandidate> c = byTag(finder.find(a));
    assertThat(c).containsKeys("Montreal Canadiens", "Laval Rocket", "Montreal").doesNotContainKeys("Canadiens", "Laval");
    assertThat(c.get("Montreal Canadiens").mentions()).isEqualTo(3);
    assertThat(c.get("Montreal Canadiens").salience()).isEqualTo(0.6);
  }

  @Test
  void anEntitysAcronymDoesNotMakeItAnotherVocabularyTag() {
    AnnotatedArticle a = Articles.article("a10", "Doctors strike", "The British Medical Association said the strike would go on.");
    a = a.withEntities(List.of(Articles.entity(a, "British Medical Association", EntityType.ORGANIZATION, 0.6, "BMA")));
    assertThat(byTag(finder.find(a))).containsKey("British Medical Association")
        .doesNotContainKey("Bangkok Metropolitan Administration");
  }
}
