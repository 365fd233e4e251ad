package io.tagwire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.RelatedLink;
import io.tagwire.related.ArchiveStore;
import io.tagwire.related.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Two nights through the Beam stage with hand-made entities: night 2 links into night 1 with
 * explanations, continuing stories link, copies are flagged and not linked, a re-run of a night
 * replaces its partition and gives the same links, and links are symmetric in score.
 */
public class LinkRelatedArticlesTest {
  @Rule
  public final TemporaryFolder tmp = new TemporaryFolder();

  private static final Map<String, Map<String, AnnotatedArticle>> OUTPUT = new ConcurrentHashMap<>();

  static final String HOUTHI = "Houthi authorities detained three more United Nations staff members in Sanaa on Tuesday, the UN said, "
      + "bringing to 59 the number of its personnel held by the group. The UN envoy Hans Grundberg called for their immediate "
      + "release and said the detentions had forced agencies to suspend some programmes in the north. The Houthis accuse "
      + "detained staff of spying, which the UN rejects. Families of the detained have not been allowed to visit them.";
  static final String COCOA = "Ghana's cocoa regulator Cocobod raised the farmgate price for the new season by 20 percent to curb "
      + "smuggling into Ivory Coast and Togo, officials said in Accra. Farmers had complained that prices across the border "
      + "were far higher. The regulator said it would also step up patrols along the border.";

  static List<AnnotatedArticle> night1() {
    return List.of(
        Fixtures.article("r1", "2026-11-10T14:05:00Z", "Kenyan runner Brian Rotich provisionally suspended after positive test",
            "The Athletics Integrity Unit provisionally suspended Kenyan 800m runner Brian Rotich after a positive test for EPO, "
                + "a banned blood booster. Rotich, the Commonwealth silver medallist, denied wrongdoing and said he would clear "
                + "his name before a disciplinary tribunal in Monaco.",
            "Brian Rotich:PERSON:0.6", "Athletics Integrity Unit:ORGANIZATION:0.3", "Kenya:LOCATION:0.1"),
        Fixtures.article("m1", "2026-11-04T12:15:00Z", "Regulators open inquiry into Microsoft over Israeli unit's Azure use",
            "Dutch and Irish data regulators opened an inquiry into Microsoft over reports that Israel's Unit 8200 stored "
                + "intercepted Palestinian phone calls on Azure servers in Europe. Microsoft said it was reviewing the reports.",
            "Microsoft:ORGANIZATION:0.5", "Unit 8200:ORGANIZATION:0.4", "Azure:MISC:0.3", "Ireland:LOCATION:0.1"),
        Fixtures.article("u1", "2026-11-12T08:05:00Z", "Houthis detain three more UN staff in Sanaa, UN says", HOUTHI,
            "Houthis:ORGANIZATION:0.5", "United Nations:ORGANIZATION:0.4", "Sanaa:LOCATION:0.2", "Hans Grundberg:PERSON:0.1"),
        Fixtures.article("u2", "2026-11-12T14:30:00Z", "Houthis detain three more UN workers in Sanaa, UN says",
            HOUTHI.replace("on Tuesday", "on Tuesday evening").replace("in the north", "in northern Yemen"),
            "Houthis:ORGANIZATION:0.5", "United Nations:ORGANIZATION:0.4", "Sanaa:LOCATION:0.2", "Hans Grundberg:PERSON:0.1"),
        Fixtures.article("c1", "2026-11-20T07:00:00Z", "Ghana raises cocoa farmgate price to curb smuggling", COCOA,
            "Ghana:LOCATION:0.5", "Cocobod:ORGANIZATION:0.4", "Ivory Coast:LOCATION:0.1"),
        Fixtures.article("f1", "2026-11-18T09:00:00Z", "Tokyo issues early influenza alert as schools close classes",
            "Tokyo health authorities issued an influenza alert weeks earlier than usual after schools closed dozens of "
                + "classes. Clinics reported a sharp rise in patients with fever.", "Tokyo:LOCATION:0.6"));
  }

  static List<AnnotatedArticle> night2() {
    return List.of(
        Fixtures.article("r2", "2026-11-25T11:20:00Z", "Tribunal bans Kenya's Brian Rotich for four years; runner to appeal",
            "A disciplinary tribunal in Monaco banned Kenyan 800m runner Brian Rotich for four years after his positive test "
                + "for EPO. The Athletics Integrity Unit welcomed the decision; Rotich said he would appeal to the Court of "
                + "Arbitration for Sport.",
            "Brian Rotich:PERSON:0.6", "Athletics Integrity Unit:ORGANIZATION:0.25", "Court of Arbitration for Sport:ORGANIZATION:0.1",
            "Kenya:LOCATION:0.05"),
        Fixtures.article("m2", "2026-11-25T18:05:00Z", "Microsoft cuts off Israeli unit after review of Azure use",
            "Microsoft said a review had found that Israel's Unit 8200 broke its terms by storing intercepted Palestinian "
                + "calls on Azure, and that it had cut off the unit's access. Irish regulators said their inquiry continues.",
            "Microsoft:ORGANIZATION:0.5", "Unit 8200:ORGANIZATION:0.4", "Azure:MISC:0.3", "Ireland:LOCATION:0.1"),
        Fixtures.article("m3", "2026-11-25T19:40:00Z", "Microsoft employees welcome Unit 8200 cut-off, demand wider audit",
            "Microsoft employees who protested over Unit 8200's use of Azure welcomed the company's decision to cut off the "
                + "Israeli unit, but demanded an independent audit of all Israeli military contracts.",
            "Microsoft:ORGANIZATION:0.5", "Unit 8200:ORGANIZATION:0.4", "Azure:MISC:0.2"),
        Fixtures.article("u3", "2026-11-25T06:00:00Z", "Houthis detain three more UN staff in Sanaa",
            HOUTHI.replace("Families of the detained", "Relatives of the detained"),
            "Houthis:ORGANIZATION:0.5", "United Nations:ORGANIZATION:0.4", "Sanaa:LOCATION:0.2", "Hans Grundberg:PERSON:0.1"),
        Fixtures.article("c2", "2026-11-25T07:00:00Z", "Ghana raises cocoa farmgate price to curb smuggling", COCOA,
            "Ghana:LOCATION:0.5", "Cocobod:ORGANIZATION:0.4", "Ivory Coast:LOCATION:0.1"),
        Fixtures.article("g1", "2026-11-25T10:00:00Z", "Venice Biennale draws record crowds",
            "The Venice Biennale closed with a record 810,000 visitors, organisers said, helped by national pavilions "
                + "from first-time participants.", "Venice Biennale:MISC:0.6"));
  }

  static class Collect extends DoFn<AnnotatedArticle, Void> {
    private final String run;

    Collect(String run) {
      this.run = run;
    }

    @ProcessElement
    public void process(@Element AnnotatedArticle a) {
      OUTPUT.computeIfAbsent(run, k -> new ConcurrentHashMap<>()).put(a.id(), a);
    }
  }

  /** One night as a run does it: the graph writes the partition into the work folder, the driver publishes it. */
  static Map<String, AnnotatedArticle> runNight(String run, List<AnnotatedArticle> articles, String date, Path archive, Path work)
      throws Exception {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    LinkRelatedArticles.registerCoders(p.getCoderRegistry());
    List<String> files = ArchiveStore.partitionFiles(archive, date).stream().map(Path::toString).toList();
    Path partition = work.resolve(LinkRelatedArticles.PARTITION_DIR);
    PCollectionTuple out = p.apply(Create.of(articles))
        .apply(new LinkRelatedArticles(Fixtures.settings(), date, files, partition.toString()));
    out.get(Tags.ARTICLES).apply(ParDo.of(new Collect(run)));
    p.run().waitUntilFinish();
    RunFinishers.publishPartition(partition, archive, date, run);
    return new TreeMap<>(OUTPUT.getOrDefault(run, Map.of()));
  }

  private static Optional<RelatedLink> link(AnnotatedArticle a, String to) {
    return a.related().stream().filter(l -> l.id().equals(to)).findFirst();
  }

  @Test
  public void nightTwoLinksIntoNightOneFlagsCopiesAndRerunsReplaceThePartition() throws Exception {
    Path archive = tmp.newFolder("archive").toPath();
    Map<String, AnnotatedArticle> n1 = runNight("n1", night1(), "2026-11-24", archive, tmp.newFolder("w1").toPath());

    assertThat(n1).hasSize(6);
    assertThat(n1.get("u2").duplicateOf()).as("a near copy within the batch names the earliest copy").isEqualTo("u1");
    assertThat(n1.get("u1").duplicateOf()).isNull();
    assertThat(n1.get("u1").related()).extracting(RelatedLink::id).doesNotContain("u2");

    Map<String, AnnotatedArticle> n2 = runNight("n2", night2(), "2026-11-25", archive, tmp.newFolder("w2").toPath());

    // continuing stories link into the archive, explained by what they share
    RelatedLink rotich = link(n2.get("r2"), "r1").orElseThrow();
    assertThat(rotich.shared()).startsWith("Brian Rotich");
    assertThat(rotich.title()).isEqualTo("Kenyan runner Brian Rotich provisionally suspended after positive test");
    assertThat(rotich.url()).isEqualTo("https://news.example.org/r1");
    assertThat(rotich.published()).isEqualTo("2026-11-10T14:05:00Z");
    assertThat(rotich.score()).isBetween(0.25, 1.0);
    assertThat(link(n2.get("m2"), "m1")).isPresent();
    assertThat(link(n2.get("m2"), "m1").get().shared()).contains("Microsoft", "Unit 8200");
    assertThat(link(n2.get("r2"), "m1")).as("unrelated stories do not link").isEmpty();

    // links within the batch are symmetric in score
    RelatedLink m2m3 = link(n2.get("m2"), "m3").orElseThrow();
    RelatedLink m3m2 = link(n2.get("m3"), "m2").orElseThrow();
    assertThat(m2m3.score()).isEqualTo(m3m2.score());

    // copies of archived articles name the earliest copy and are not linked to it or its copies
    assertThat(n2.get("u3").duplicateOf()).isEqualTo("u1");
    assertThat(n2.get("u3").related()).extracting(RelatedLink::id).doesNotContain("u1", "u2");
    assertThat(n2.get("c2").duplicateOf()).as("exact copy under another id").isEqualTo("c1");
    for (AnnotatedArticle a : n2.values()) {
      assertThat(a.related()).extracting(RelatedLink::id).doesNotContain(a.id(), "u2", "u3", "c2");
      List<Double> scores = a.related().stream().map(RelatedLink::score).toList();
      assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    // the archive now holds both nights; re-running night 2 replaces its partition and links the same
    Path p25 = archive.resolve("date=2026-11-25/articles-00000-of-00001.jsonl");
    String first = Files.readString(p25);
    assertThat(first.lines()).hasSize(6);
    assertThat(first).contains("\"id\":\"u3\"").contains("\"duplicateOf\":\"u1\"");
    Map<String, AnnotatedArticle> again = runNight("n2-again", night2(), "2026-11-25", archive, tmp.newFolder("w3").toPath());
    assertThat(Files.readString(p25)).isEqualTo(first);
    try (var s = Files.list(archive)) {
      assertThat(s.map(x -> x.getFileName().toString()).sorted().toList()).containsExactly("date=2026-11-24", "date=2026-11-25");
    }
    for (String id : n2.keySet()) {
      assertThat(again.get(id).related()).as(id).isEqualTo(n2.get(id).related());
      assertThat(again.get(id).duplicateOf()).isEqualTo(n2.get(id).duplicateOf());
    }
  }

  @Test
  public void withoutAnArchiveArticlesLinkWithinTheBatchAndNothingIsWritten() throws Exception {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    LinkRelatedArticles.registerCoders(p.getCoderRegistry());
    List<AnnotatedArticle> both = new java.util.ArrayList<>(night1());
    both.addAll(night2());
    PCollectionTuple out = p.apply(Create.of(both)).apply(new LinkRelatedArticles(Fixtures.settings(), "2026-11-25", List.of(), null));
    out.get(Tags.ARTICLES).apply(ParDo.of(new Collect("batch")));
    p.run().waitUntilFinish();
    Map<String, AnnotatedArticle> got = OUTPUT.get("batch");
    assertThat(got).hasSize(12);
    assertThat(link(got.get("r1"), "r2")).isPresent();
    assertThat(link(got.get("r2"), "r1").get().score()).isEqualTo(link(got.get("r1"), "r2").get().score());
    assertThat(got.get("u3").duplicateOf()).isEqualTo("u1");
    assertThat(got.get("u2").duplicateOf()).isEqualTo("u1");
    assertThat(got.get("c2").duplicateOf()).isEqualTo("c1");
  }

  @Test
  public void linksDoNotDependOnHowManyWorkersTheRunnerHas() throws Exception {
    // Shard counts follow the runner's workers (RelatedShards); proposals merge in another grouping.
    List<AnnotatedArticle> both = new java.util.ArrayList<>(night1());
    both.addAll(night2());
    Map<String, List<RelatedLink>> first = null;
    for (int workers : new int[] {1, 3, 40}) {
      Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--targetParallelism=" + workers).create());
      LinkRelatedArticles.registerCoders(p.getCoderRegistry());
      String run = "workers-" + workers;
      PCollectionTuple out = p.apply(Create.of(both)).apply(new LinkRelatedArticles(Fixtures.settings(), "2026-11-25", List.of(), null));
      out.get(Tags.ARTICLES).apply(ParDo.of(new Collect(run)));
      p.run().waitUntilFinish();
      Map<String, List<RelatedLink>> links = new TreeMap<>();
      OUTPUT.get(run).forEach((id, a) -> links.put(id + " duplicateOf " + a.duplicateOf(), a.related()));
      assertThat(RelatedShards.forOptions(p.getOptions()).postings()).isEqualTo(Math.max(2, workers));
      if (first == null) {
        first = links;
        assertThat(links.values().stream().mapToInt(List::size).sum()).as("some links to compare").isGreaterThan(5);
      } else {
        assertThat(links).as(run).isEqualTo(first);
      }
    }
  }
}
