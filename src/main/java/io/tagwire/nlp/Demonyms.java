package io.tagwire.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Adjectives and plurals of nationality ("Israeli", "Dutch", "Palestinians"), from the demonym list
 * that ships in CoreNLP's models jar ({@code edu/stanford/nlp/models/dcoref/demonyms.txt}: place,
 * then its adjectival and plural forms). CoNLL types these MISC; in a story they mostly describe
 * another entity ("the Israeli military"), which {@link Salience} takes into account.
 */
public final class Demonyms {
  static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/demonyms.txt";

  private Demonyms() {}

  private static final class Holder {
    static final Set<String> FORMS = load();
  }

  public static boolean isDemonym(String name) {
    return Holder.FORMS.contains(name);
  }

  private static Set<String> load() {
    Set<String> places = new HashSet<>();
    Set<String> forms = new HashSet<>();
    try (InputStream in = Demonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP's " + RESOURCE + " is not on the classpath (it comes from the "
            + "edu.stanford.nlp:stanford-corenlp models jar in pom.xml)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t");
        places.add(columns[0].strip());
        for (int i = 1; i < columns.length; i++) {
          if (!columns[i].isBlank()) {
            forms.add(columns[i].strip());
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    forms.removeAll(places);
    return Set.copyOf(forms);
  }
}
