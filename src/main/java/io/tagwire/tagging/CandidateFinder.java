package io.tagwire.tagging;

import io.tagwire.model.AnnotatedArticle;
import io.tagwire.model.Entity;
import io.tagwire.model.EntityType;
import io.tagwire.model.Span;
import io.tagwire.model.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the tag candidates of one article, in order of trust: entities (mapped to the
 * vocabulary when their name or an alias is a tag, else proposed as new tags), vocabulary names
 * written in the text, then keyphrases. A later source never claims text an earlier one already
 * explained, so "Israel" inside the person "Israel Katz" is not the country, and no keyphrase
 * "Strip" comes out of "Gaza Strip". Variants collapse on {@link TagText#collapseKey}: "Microsoft
 * Corp." and "Microsoft" are one candidate; two vocabulary tags never merge. Not thread-safe (it
 * holds a part-of-speech tagger); one per worker thread.
 */
public final class CandidateFinder {
  /** Sentences of the first paragraph that count as the lead. */
  static final int LEAD_SENTENCES = 3;

  private final VocabularyMatcher matcher;
  private final KeyphraseExtractor keyphrases;

  public CandidateFinder(VocabularyMatcher matcher) {
    this(matcher, new KeyphraseExtractor(Honorifics.NONE));
  }

  public CandidateFinder(VocabularyMatcher matcher, KeyphraseExtractor keyphrases) {
    this.matcher = matcher;
    this.keyphrases = keyphrases;
  }

  public ArticleCandidates find(AnnotatedArticle a) {
    String title = a.article().titleOrEmpty();
    String body = a.article().body();
    int leadEnd = leadEnd(body, a.bodyText());
    Map<String, Builder> byKey = new TreeMap<>();
    List<Claim> titleClaims = new ArrayList<>();
    List<Claim> bodyClaims = new ArrayList<>();

    for (Entity e : a.entities()) {
      VocabularyEntry v = matcher.forEntity(e);
      Builder b;
      if (v != null) {
        b = byKey.computeIfAbsent(TagText.collapseKey(v.tag()), k -> Builder.known(k, v, leadEnd));
      } else {
        String key = TagText.collapseKey(e.name());
        if (key.isEmpty() || e.type() == EntityType.MISC && !key.contains(" ")) {
          continue; // "Israeli", "Palestinian": nationality words are not tags unless the vocabulary says so
        }
        TagType type = TagType.of(e.type()) != null ? TagType.of(e.type()) : NameShape.typeOf(e.name());
        b = byKey.computeIfAbsent(key, k -> new Builder(k, e.name(), type == null ? TagCandidate.UNKNOWN_TYPE : type.key(),
            TagCandidate.ENTITY, false, leadEnd));
      }
      b.salience = b.salience == null ? e.salience() : Math.max(b.salience, e.salience());
      b.entityType = b.entityType == null ? e.type().name() : b.entityType;
      for (Span s : e.titleSpans()) {
        b.add(true, s);
        titleClaims.add(new Claim(s, b.key));
      }
      for (Span s : e.spans()) {
        b.add(false, s);
        bodyClaims.add(new Claim(s, b.key));
      }
    }

    java.util.Set<String> redefined = redefinedAcronyms(title + "\n\n" + body);
    addVocabularyMatches(title, true, titleClaims, byKey, leadEnd, redefined);
    addVocabularyMatches(body, false, bodyClaims, byKey, leadEnd, redefined);

    addKeyphrases(title, keyphrases.extract(title, a.titleText()), true, titleClaims, byKey, leadEnd);
    addKeyphrases(body, keyphrases.extract(body, a.bodyText()), false, bodyClaims, byKey, leadEnd);

    linkAcronyms(title, body, byKey);
    mergeNameFragments(byKey);

    List<TagCandidate> out = new ArrayList<>();
    for (Builder b : byKey.values()) {
      if (b.mentions() > 0 || b.salience != null) {
        out.add(b.build());
      }
    }
    return new ArticleCandidates(a.id(), body == null ? 0 : body.length(), out);
  }

  private void addVocabularyMatches(String text, boolean inTitle, List<Claim> claims, Map<String, Builder> byKey, int leadEnd,
      java.util.Set<String> redefined) {
    for (VocabularyMatcher.Match m : matcher.find(text)) {
      if (redefined.contains(TagText.key(m.name())) && TagText.isAcronym(m.name())) {
        continue;
      }
      Span span = new Span(m.begin(), m.end());
      String key = TagText.collapseKey(m.entry().tag());
      if (claimedByOther(claims, span, key)) {
        continue;
      }
      Builder b = byKey.computeIfAbsent(key, k -> Builder.known(k, m.entry(), leadEnd));
      if (!b.known) {
        // an entity proposed this name as new, but the text names a vocabulary tag: the vocabulary wins
        Builder known = Builder.known(key, m.entry(), leadEnd);
        known.absorb(b);
        byKey.put(key, known);
        b = known;
      }
      b.add(inTitle, span);
      if (!TagText.key(m.name()).equals(TagText.key(m.entry().tag()))) {
        b.aliases.add(m.name());
      }
      claims.add(new Claim(span, key));
    }
  }

  private void addKeyphrases(String text, List<KeyphraseExtractor.Phrase> phrases, boolean inTitle, List<Claim> claims,
      Map<String, Builder> byKey, int leadEnd) {
    for (KeyphraseExtractor.Phrase p : phrases) {
      Span span = new Span(p.begin(), p.end());
      if (claimed(claims, span)) {
        continue;
      }
      String key = TagText.collapseKey(p.surface());
      if (key.isEmpty() || matcher.vocabulary().find(p.surface()) != null) {
        continue; // a vocabulary name the matcher did not take here ("turkey" in lower case) stays untaken
      }
      Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, null, null, TagCandidate.KEYPHRASE, false, leadEnd));
      b.posProper |= p.proper();
      b.add(inTitle, span);
      if (TagCandidate.KEYPHRASE.equals(b.source)) {
        b.surfaces.merge(p.surface(), 1, Integer::sum);
        if (!inTitle) {
          if (!NameShape.isCapitalisedName(p.surface())) {
            b.lowerCase++;
          } else if (!sentenceInitial(text, p.begin())) {
            b.capitalised++;
          }
        }
      }
    }
  }

  private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\(([A-Z][A-Za-z0-9&.\\-]{1,11})\\)");

  /**
   * Acronyms the article spells out as something other than the vocabulary says: "British Medical
   * Association (BMA)" in an article means BMA is not the vocabulary's Bangkok Metropolitan
   * Administration there.
   */
  private java.util.Set<String> redefinedAcronyms(String text) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    java.util.regex.Matcher m = BRACKETED.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      VocabularyEntry e = TagText.isAcronym(acronym) ? matcher.vocabulary().find(acronym) : null;
      if (e == null) {
        continue;
      }
      List<String> longNames = e.names().stream().filter(n -> !TagText.isAcronym(n)).map(TagText::key).toList();
      String before = " " + TagText.key(text.substring(Math.max(0, m.start() - 120), m.start())) + " ";
      if (!longNames.isEmpty() && longNames.stream().noneMatch(k -> before.contains(" " + k + " "))) {
        out.add(TagText.key(acronym));
      }
    }
    return out;
  }

  /**
   * "the Court of Arbitration for Sport (CAS)": later mentions of CAS, in the body or the headline,
   * are mentions of the new name the article spelt out, not a tag of their own.
   */
  private static void linkAcronyms(String title, String body, Map<String, Builder> byKey) {
    java.util.regex.Matcher m = BRACKETED.matcher(body);
    while (m.find()) {
      String acronym = m.group(1);
      if (!TagText.isAcronym(acronym)) {
        continue;
      }
      Builder owner = null;
      for (Builder b : byKey.values()) {
        if (b.known || b.source.equals(TagCandidate.KEYPHRASE) && !b.looksProper()) {
          continue;
        }
        for (Span s : b.bodySpans) {
          boolean adjacent = s.end() <= m.start() && body.substring(s.end(), m.start()).isBlank();
          if (adjacent && (owner == null || s.length() > longest(owner, m.start(), body))) {
            owner = b;
          }
        }
      }
      if (owner == null || Character.toUpperCase(body.charAt(owner.bodySpans.first().begin())) != acronym.charAt(0)) {
        continue;
      }
      String key = TagText.key(acronym);
      Builder own = byKey.get(TagText.collapseKey(acronym));
      if (own != null && own != owner && !own.known) {
        owner.absorb(own);
        byKey.remove(own.key);
      }
      addPieces(title, key, true, owner);
      addPieces(body, key, false, owner);
    }
  }

  private static int longest(Builder b, int before, String body) {
    int n = 0;
    for (Span s : b.bodySpans) {
      if (s.end() <= before && body.substring(s.end(), before).isBlank()) {
        n = Math.max(n, s.length());
      }
    }
    return n;
  }

  private static void addPieces(String text, String key, boolean inTitle, Builder owner) {
    for (TagText.Piece p : TagText.pieces(text)) {
      if (p.key().equals(key) && p.upperCase()) {
        owner.add(inTitle, new Span(p.begin(), p.end()));
      }
    }
  }

  /**
   * A short form of a longer new name in the same article is that name: "Rotich" after "Brian
   * Rotich", "Canadiens" after "Montreal Canadiens", "Laval" (the club) after "Laval Rocket". The
   * short form must be the last words of exactly one longer name, or (organisations only) its first
   * words, and of the same entity type: the city "Montreal" stays apart from the club "Montreal
   * Canadiens". Vocabulary tags are never folded into anything.
   */
  private static void mergeNameFragments(Map<String, Builder> byKey) {
    for (String key : new ArrayList<>(byKey.keySet())) {
      Builder b = byKey.get(key);
      if (b == null || b.known || !(b.looksProper() || b.entityType != null)) {
        continue;
      }
      Builder owner = null;
      int owners = 0;
      for (Builder other : byKey.values()) {
        if (other == b || !(other.known || other.looksProper() || other.entityType != null)) {
          continue;
        }
        boolean sameType = b.entityType == null || other.entityType == null || b.entityType.equals(other.entityType);
        boolean suffix = other.key.endsWith(" " + key);
        boolean prefix = other.key.startsWith(key + " ") && "ORGANIZATION".equals(b.entityType)
            && "ORGANIZATION".equals(other.entityType);
        if (sameType && (suffix || prefix)) {
          owner = other;
          owners++;
        }
      }
      if (owners == 1) {
        owner.absorb(b);
        byKey.remove(key);
      }
    }
  }

  /** At the start of a sentence or paragraph, where every word is capitalised. */
  static boolean sentenceInitial(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201C'
        || text.charAt(i) == '\u2018' || text.charAt(i) == '\'' || text.charAt(i) == '(')) {
      i--;
    }
    return i < 0 || ".!?\n:\u2014-".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean claimed(List<Claim> claims, Span span) {
    for (Claim c : claims) {
      if (c.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean claimedByOther(List<Claim> claims, Span span, String key) {
    for (Claim c : claims) {
      if (c.span().overlaps(span) && !c.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * End of the lead: the first paragraph of the body, at most {@link #LEAD_SENTENCES} sentences
   * (a wire story's first paragraph is its summary; a long first paragraph is cut).
   */
  static int leadEnd(String body, TextAnalysis analysis) {
    if (body == null || body.isEmpty()) {
      return 0;
    }
    int start = 0;
    while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    int para = body.indexOf("\n\n", start);
    int end = para < 0 ? body.length() : para;
    if (analysis != null && analysis.sentenceCount() > LEAD_SENTENCES) {
      int lastToken = analysis.sentenceEnd(LEAD_SENTENCES - 1) - 1;
      if (lastToken >= 0) {
        end = Math.min(end, analysis.tokenEnds()[lastToken]);
      }
    }
    return end;
  }

  private record Claim(Span span, String key) {}

  /** Evidence gathered for one candidate while reading the article. */
  private static final class Builder {
    final String key;
    String tag;
    String type;
    String source;
    boolean known;
    boolean proper;
    boolean posProper;
    int lowerCase;
    int capitalised;
    Double salience;
    String entityType;
    final TreeSet<Span> titleSpans = new TreeSet<>();
    final TreeSet<Span> bodySpans = new TreeSet<>();
    final TreeSet<String> aliases = new TreeSet<>();
    final Map<String, Integer> surfaces = new TreeMap<>();
    final int leadEnd;

    Builder(String key, String tag, String type, String source, boolean known, int leadEnd) {
      this.key = key;
      this.leadEnd = leadEnd;
      this.tag = tag;
      this.type = type;
      this.source = source;
      this.known = known;
    }

    static Builder known(String key, VocabularyEntry v, int leadEnd) {
      return new Builder(key, v.tag(), v.type().key(), TagCandidate.VOCABULARY, true, leadEnd);
    }

    void add(boolean inTitle, Span span) {
      TreeSet<Span> spans = inTitle ? titleSpans : bodySpans;
      for (Span s : spans) {
        if (s.overlaps(span)) {
          return;
        }
      }
      spans.add(span);
    }

    void absorb(Builder other) {
      for (Span s : other.titleSpans) {
        add(true, s);
      }
      for (Span s : other.bodySpans) {
        add(false, s);
      }
      if (other.salience != null) {
        salience = salience == null ? other.salience : Math.max(salience, other.salience);
      }
      entityType = entityType == null ? other.entityType : entityType;
      aliases.addAll(other.aliases);
      other.surfaces.forEach((s, n) -> surfaces.merge(s, n, Integer::sum));
      proper |= other.proper;
      posProper |= other.posProper;
      lowerCase += other.lowerCase;
      capitalised += other.capitalised;
    }

    int mentions() {
      return titleSpans.size() + bodySpans.size();
    }

    boolean looksProper() {
      return TagCandidate.KEYPHRASE.equals(source) && lowerCase == 0 && (capitalised > 0 || posProper);
    }

    TagCandidate build() {
      if (TagCandidate.KEYPHRASE.equals(source)) {
        // a name if the body never writes it in lower case; the tagger's PROPN only breaks a tie
        proper = lowerCase == 0 && (capitalised > 0 || posProper);
      }
      String display = tag != null ? tag : displayForm();
      if (TagCandidate.KEYPHRASE.equals(source)) {
        TagType named = proper ? NameShape.typeOf(display) : TagType.TOPIC;
        type = named != null ? named.key() : TagCandidate.UNKNOWN_TYPE;
      }
      int first = bodySpans.isEmpty() ? -1 : bodySpans.first().begin();
      int last = bodySpans.isEmpty() ? -1 : bodySpans.last().begin();
      int leadMentions = (int) bodySpans.stream().filter(sp -> sp.begin() < leadEnd).count();
      return new TagCandidate(key, display, type, source, known, titleSpans.size(), leadMentions, bodySpans.size(),
          first, last, salience, entityType, new ArrayList<>(aliases));
    }

    /**
     * The written form to show: for a name the fullest one ("Óscar Villalobos", not a later
     * "Villalobos"), else the most frequent; all-capitals headline forms only when there is no other.
     */
    private String displayForm() {
      String best = null;
      long bestRank = -1;
      for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
        long words = proper ? TagText.pieces(e.getKey()).size() : 0;
        long rank = words * 1_000_000L + e.getValue() * 2L + (TagText.isAllCaps(e.getKey()) ? 0 : 1);
        if (rank > bestRank) {
          best = e.getKey();
          bestRank = rank;
        }
      }
      if (best == null) {
        return key;
      }
      return proper ? best : TagText.display(best);
    }
  }
}
