package io.tagwire.classify;

import static io.tagwire.classify.TestModels.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.config.RegionsConfig;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionClassifierTest {
  private final RegionClassifier classifier = TestModels.classifier();

  private List<String> regions(String title, String body) {
    return classifier.classify(title, body, List.of()).stream().map(Label::label).toList();
  }

  @Test
  void anArticleThatNamesNoPlaceGetsNoRegion() {
    assertThat(classifier.classify("Markets rally as inflation cools",
        "Shares rose on Tuesday after figures showed prices rising more slowly. Analysts said the trend could last.",
        List.of())).isEmpty();
  }

  @Test
  void gazaAndTheWestBankArePalestineWithTheirEvidence() {
    List<Label> labels = classifier.classify("Raids widen in Jenin as Gaza strikes continue",
        "Palestinian officials said raids in the West Bank city of Jenin entered a second week, "
            + "while strikes hit Gaza City overnight.", List.of());

    assertThat(labels).hasSize(1);
    assertThat(labels.get(0).label()).isEqualTo("Palestine");
    assertThat(labels.get(0).score()).isEqualTo(1.0);
    assertThat(labels.get(0).evidence()).containsExactly("Gaza", "Gaza City", "Jenin", "Palestinian", "West Bank");
  }

  @Test
  void beirutIsMenaNotPalestine() {
    assertThat(regions("Protests in the capital", "BEIRUT, Aug 15 (Tagwire) - Thousands marched through the city "
        + "on Saturday demanding answers over the port explosion.")).containsExactly("MENA");
  }

  @Test
  void israelFollowsTheSiteMapAndMovesToMenaWithOneLine() throws Exception {
    String title = "Israel's parliament passes budget";
    String body = "TEL AVIV - Israel's parliament approved the budget after a late-night session, "
        + "Israeli lawmakers said.";
    assertThat(regions(title, body)).containsExactly("Palestine");

    RegionModel changed = new RegionModel(TestModels.model().gazetteer(), TestModels.mapWithIsraelUnderMena());
    List<Label> labels = new RegionClassifier(changed, RegionsConfig.defaults()).classify(title, body, List.of());
    assertThat(labels).extracting(Label::label).containsExactly("MENA");
  }

  @Test
  void tripoliIsLibyaUnlessTheArticleIsAboutLebanon() {
    RegionClassifier.Analysis libya = classifier.analyse("Clashes in Tripoli", "Fighting broke out in Tripoli on Sunday.", List.of());
    assertThat(libya.countries()).containsOnlyKeys("LB", "LY");
    assertThat(libya.countries().get("LY")).isGreaterThan(4 * libya.countries().get("LB"));

    RegionClassifier.Analysis lebanon = classifier.analyse("Clashes in Tripoli",
        "Fighting broke out in Tripoli, Lebanon's second city, and the army deployed from Beirut.", List.of());
    assertThat(lebanon.countries().get("LB")).isGreaterThan(10 * lebanon.countries().getOrDefault("LY", 0.0));
  }

  @Test
  void georgiaIsTheCountryOrTheStateByItsContext() {
    assertThat(regions("Georgia election", "Voters in Georgia queued in Tbilisi as the Georgian Dream party claimed victory."))
        .containsExactly("Europe");
    assertThat(regions("Georgia election", "Voters in Georgia queued in Atlanta as Republican officials counted ballots."))
        .containsExactly("US & Canada");
  }

  @Test
  void jordanThePersonIsNotJordanTheCountry() {
    String title = "Basketball legend visits school";
    String body = "Michael Jordan spoke to pupils in Chicago on Friday. Jordan said practice mattered most.";
    Entity person = entity("Michael Jordan", EntityType.PERSON, 0.8, title, body);
    Entity shortName = new Entity("Michael Jordan", EntityType.PERSON, 0.8, 2,
        List.of(new io.tagwire.model.Span(0, 14), new io.tagwire.model.Span(body.indexOf("Jordan said"), body.indexOf("Jordan said") + 6)),
        List.of(), List.of("Jordan"), List.of("test"), null);
    Entity chicago = entity("Chicago", EntityType.LOCATION, 0.4, title, body);

    assertThat(classifier.classify(title, body, List.of(shortName, chicago))).extracting(Label::label).containsExactly("US & Canada");
    assertThat(person.spans()).hasSize(1);

    // Without entities the scan still drops "Michael Jordan" (a name next to a capitalised word).
    RegionClassifier.Analysis scanOnly = classifier.analyse(title, "Michael Jordan spoke to pupils in Chicago on Friday.", List.of());
    assertThat(scanOnly.countries()).containsOnlyKeys("US");
    // ... and so is every other "Jordan" of that article (one sense per article).
    RegionClassifier.Analysis headline = classifier.analyse("Jordan scores 40 as Bulls win",
        "CHICAGO (AP) — Michael Jordan scored 40 points on Saturday.", List.of());
    assertThat(headline.countries()).containsOnlyKeys("US");
  }

  @Test
  void aFollowingCapitalisedWordDropsOnlyThatMention() {
    RegionClassifier.Analysis a = classifier.analyse("Talks in Amman", "Jordan Foreign Minister Ayman Safadi met his "
        + "counterparts. Jordan has hosted the talks since March.", List.of());

    assertThat(a.names()).containsKey("Jordan");
    assertThat(a.labels()).extracting(Label::label).containsExactly("MENA");
  }

  @Test
  void titleCaseHeadlinesDoNotMakePlacesIntoPeople() {
    assertThat(regions("Turkey Raises Interest Rates Again", "Turkey's central bank raised its main rate on Thursday."))
        .startsWith("MENA");
  }

  @Test
  void jordanTheCountryWithItsCues() {
    String body = "King Abdullah met ministers in Amman as Jordan prepared for the summit.";
    Entity jordan = entity("Jordan", EntityType.LOCATION, 0.7, "", body);

    assertThat(classifier.classify("", body, List.of(jordan))).extracting(Label::label).containsExactly("MENA");
  }

  @Test
  void demonymsCountWhenNoPlaceIsNamed() {
    List<Label> labels = classifier.classify("Officials react", "Lebanese officials said talks would resume next week.", List.of());

    assertThat(labels).extracting(Label::label).containsExactly("MENA");
    assertThat(labels.get(0).evidence()).containsExactly("Lebanese");
  }

  @Test
  void demonymsCountLessThanPlaceNames() {
    RegionClassifier.Analysis a = classifier.analyse("", "Lebanese and Mexican officials met in Beijing.", List.of());

    assertThat(a.countries().get("CN")).isGreaterThan(a.countries().get("LB"));
    assertThat(a.countries().get("LB")).isEqualTo(a.countries().get("MX"));
  }

  @Test
  void theDatelineOutweighsPassingMentions() {
    List<Label> labels = classifier.classify("Trade talks stall",
        "WASHINGTON (Reuters) - Negotiators said on Tuesday that talks on tariffs had stalled after two days.\n\n"
            + "Officials from France, Germany, Japan and Brazil attended the first round last month.", List.of());

    assertThat(labels.get(0).label()).isEqualTo("US & Canada");
    assertThat(labels.get(0).evidence()).containsExactly("Washington");
  }

  @Test
  void aDatelineQualifierResolvesAPlaceTheGazetteerLacks() {
    RegionClassifier.Analysis a = classifier.analyse("Drones strike overnight",
        "KHERSON, Ukraine (AP) \u2014 Drones struck the city overnight, officials said.", List.of());

    assertThat(a.countries()).containsOnlyKeys("UA");
  }

  @Test
  void aStateAbbreviationInTheDatelineIsTheUnitedStates() {
    RegionClassifier.Analysis a = classifier.analyse("Plant closes", "ROCKFORD, Ill. (AP) \u2014 The plant closed on Friday "
        + "after 80 years, and workers said they had been told by Mexican managers a week ago.", List.of());

    assertThat(a.labels()).extracting(Label::label).startsWith("US & Canada");
  }

  @Test
  void aStoryAboutTwoRegionsGetsBoth() {
    List<Label> labels = classifier.classify("U.S. and Mexico agree on border plan",
        "Officials from the United States and Mexico signed the plan in Mexico City on Monday. "
            + "Mexican and American negotiators said the plan would start in January.", List.of());

    assertThat(labels).extracting(Label::label).containsExactlyInAnyOrder("US & Canada", "Latin America");
    assertThat(labels.get(0).score()).isEqualTo(1.0);
    assertThat(labels.get(1).score()).isBetween(0.35, 1.0);
  }

  @Test
  void passingMentionsOfOtherCountriesDoNotBecomeRegions() {
    String body = "NAIROBI, Aug 2 (Tagwire) - Kenya's parliament passed the finance bill on Tuesday after a long debate "
        + "in Nairobi. Kenya had sought the changes for months, officials in Nairobi said.\n\n"
        + "Lenders in France and China had pressed for the reform.";
    List<Label> labels = classifier.classify("Kenya passes finance bill", body, List.of());

    assertThat(labels).extracting(Label::label).containsExactly("Africa");
  }

  @Test
  void secondaryRegionsCarryTheMapWeight() {
    List<Label> labels = classifier.classify("Turkey raises rates", "Turkey's central bank raised rates.", List.of());

    assertThat(labels).extracting(Label::label).containsExactly("MENA", "Europe");
    assertThat(labels.get(1).score()).isEqualTo(0.5);
  }

  @Test
  void areasSpanningCountriesShareTheirEvidence() {
    RegionClassifier.Analysis a = classifier.analyse("Tension in Kashmir", "Troops patrolled Kashmir.", List.of());

    assertThat(a.countries().get("IN")).isEqualTo(a.countries().get("PK"));
    assertThat(a.labels()).extracting(Label::label).containsExactly("Asia");
  }

  @Test
  void namesInsideOrganisationsCountLess() {
    String body = "The Paris Club of creditors met in Berlin.";
    Entity club = entity("Paris Club", EntityType.ORGANIZATION, 0.5, "", body);
    Entity berlin = entity("Berlin", EntityType.LOCATION, 0.5, "", body);

    RegionClassifier.Analysis a = classifier.analyse("", body, List.of(club, berlin));
    assertThat(a.countries().get("FR")).isGreaterThan(0.0).isLessThan(0.6 * a.countries().get("DE"));
  }

  @Test
  void locationEntitiesTheScanMissedStillCount() {
    String body = "Reporters in GAZA said the crossing stayed shut.";
    Entity gaza = entity("GAZA", EntityType.LOCATION, 0.6, "", body);

    assertThat(regions("", body)).isEmpty();
    assertThat(classifier.classify("", body, List.of(gaza))).extracting(Label::label).containsExactly("Palestine");
  }

  @Test
  void landmarkOrganisationsCountButOrganisationsNamedLikeCitiesDoNot() {
    String body = "The Pentagon said the NICE review was separate.";
    Entity pentagon = entity("Pentagon", EntityType.ORGANIZATION, 0.6, "", body);
    Entity nice = entity("NICE", EntityType.ORGANIZATION, 0.6, "", body);

    assertThat(classifier.classify("", body, List.of(pentagon, nice))).extracting(Label::label).containsExactly("US & Canada");
  }

  @Test
  void atMostMaxLabelsBestFirstAndDeterministic() {
    String body = "Leaders of France, Kenya, China, Mexico and India met.";
    RegionsConfig two = new RegionsConfig(null, null, 0.1, null, 2, null, null);
    List<Label> labels = new RegionClassifier(TestModels.model(), two).classify("", body, List.of());

    assertThat(labels).hasSize(2);
    assertThat(labels.get(0).score()).isGreaterThanOrEqualTo(labels.get(1).score());
    assertThat(new RegionClassifier(TestModels.model(), two).classify("", body, List.of())).isEqualTo(labels);
  }
}
