package io.tagwire.nlp;

import io.tagwire.config.EntitiesConfig;
import io.tagwire.model.Entity;
import io.tagwire.model.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entities of one English article: CoreNLP and the curated dictionary find names in title and
 * body ({@link #mentions}), {@link MentionMerger} settles their conflicts,
 * {@link EntityCanonicalizer} groups them into canonical entities and {@link Salience} ranks them.
 * Entities come sorted by salience (highest first), then name, then type.
 */
public final class EntityRecognizer {
  private final EntityModels models;
  private final EntityCanonicalizer canonicalizer;
  private final Salience salience;
  private final int leadSentences;

  public EntityRecognizer(EntitiesConfig config) {
    this(EntityModels.forConfig(config), config);
  }

  EntityRecognizer(EntityModels models, EntitiesConfig config) {
    this.models = models;
    this.canonicalizer = new EntityCanonicalizer(models.aliases(), models.honorifics());
    this.salience = new Salience(config.salience());
    this.leadSentences = config.salience().leadSentences();
  }

  /** The merged mentions of one text (what {@code evaluate ner} scores). */
  public List<NameMention> mentions(String text, NerTokens tokens) {
    if (text == null || tokens.size() == 0) {
      return List.of();
    }
    return MentionMerger.merge(text, models.corenlp().recognize(text, tokens), models.dictionary().recognize(text, tokens));
  }

  public List<Entity> entities(String title, TextAnalysis titleText, String body, TextAnalysis bodyText) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;
    NerTokens titleTokens = NerTokens.of(t, titleText);
    NerTokens bodyTokens = NerTokens.of(b, bodyText);
    List<EntityCanonicalizer.CanonicalEntity> canonical = canonicalizer.canonicalize(
        new EntityCanonicalizer.Text(t, titleTokens, mentions(t, titleTokens), true),
        new EntityCanonicalizer.Text(b, bodyTokens, mentions(b, bodyTokens), false));
    Salience.Layout layout = Salience.Layout.of(b, bodyTokens, leadSentences);
    int max = canonical.stream().mapToInt(EntityCanonicalizer.CanonicalEntity::mentionCount).max().orElse(0);
    List<Entity> out = new ArrayList<>(canonical.size());
    for (EntityCanonicalizer.CanonicalEntity c : canonical) {
      boolean demonym = c.type() == io.tagwire.model.EntityType.MISC && Demonyms.isDemonym(c.name());
      double score = salience.score(salience.parts(c.spans(), c.titleSpans(), layout, max), demonym);
      out.add(new Entity(c.name(), c.type(), score, c.mentionCount(), c.spans(), c.titleSpans(),
          List.copyOf(c.aliases()), List.copyOf(c.sources()), null));
    }
    out.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::name).thenComparing(Entity::type));
    return out;
  }
}
