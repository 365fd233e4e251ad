package io.tagwire.nlp;

import io.tagwire.config.ConfigException;
import io.tagwire.model.EntityType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonical names across articles: the fixed aliases of {@code models/ner/aliases.tsv}
 * ({@code U.S.} is {@code United States}) and the variant rows of the dictionary ({@code Houthis}
 * is {@code Ansar Allah}). Keys are compared with curly quotes in ASCII and whitespace collapsed,
 * so {@code Lions’ Den} finds {@code Lions' Den}. It also knows the curated type of every name it
 * lists, canonical or not.
 */
public final class AliasTable {
  /** A canonical name and its type. */
  public record Canonical(String name, EntityType type) {}

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private final Map<String, Canonical> aliases;
  private final Map<String, EntityType> curatedTypes;

  private AliasTable(Map<String, Canonical> aliases, Map<String, EntityType> curatedTypes) {
    this.aliases = Map.copyOf(aliases);
    this.curatedTypes = Map.copyOf(curatedTypes);
  }

  public static final AliasTable EMPTY = new AliasTable(Map.of(), Map.of());

  /** Builds the table from the aliases file (null: none) and the dictionary. */
  public static AliasTable load(Path aliasesFile, NameDictionary dictionary) {
    Map<String, Canonical> aliases = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    for (NameDictionary.Entry e : dictionary.entries()) {
      types.put(key(e.name()), e.type());
      types.put(key(e.canonical()), e.type());
      if (!e.canonical().equals(e.name())) {
        aliases.put(key(e.name()), new Canonical(e.canonical(), e.type()));
        origin.put(key(e.name()), dictionary.file() + ":" + e.line());
      }
    }
    if (aliasesFile != null) {
      for (CuratedFile.Row row : CuratedFile.read(aliasesFile, "alias", "canonical", "type")) {
        if (row.columns().length != 3) {
          throw row.error("columns", "alias<TAB>canonical<TAB>type (3 columns)", String.join("<TAB>", row.columns()));
        }
        String alias = row.column(0);
        String canonical = row.column(1);
        if (alias.isEmpty() || canonical.isEmpty()) {
          throw row.error(alias.isEmpty() ? "alias" : "canonical", "a name", "");
        }
        EntityType type = NameDictionary.parseType(row, row.column(2));
        Canonical c = new Canonical(canonical, type);
        Canonical previous = aliases.get(key(alias));
        if (previous != null && !previous.equals(c)) {
          throw new ConfigException(aliasesFile + ":" + row.line() + ": alias '" + alias + "' maps to '" + canonical + "' ("
              + type + ") but " + origin.get(key(alias)) + " maps it to '" + previous.name() + "' (" + previous.type() + ")");
        }
        aliases.put(key(alias), c);
        origin.put(key(alias), aliasesFile + ":" + row.line());
        types.put(key(alias), type);
        types.put(key(canonical), type);
      }
    }
    for (Map.Entry<String, Canonical> e : aliases.entrySet()) {
      if (aliases.containsKey(key(e.getValue().name()))) {
        throw new ConfigException(origin.get(e.getKey()) + ": canonical '" + e.getValue().name()
            + "' is itself an alias (chains are not allowed)");
      }
    }
    return new AliasTable(aliases, types);
  }

  /** The canonical name of {@code name}, or null when it is not an alias. */
  public Canonical canonical(String name) {
    return aliases.get(key(name));
  }

  /** The curated type of {@code name} (alias, variant or canonical), or null. */
  public EntityType curatedType(String name) {
    return curatedTypes.get(key(name));
  }

  static String key(String name) {
    return WHITESPACE.matcher(NerTokens.asciiQuotes(name).strip()).replaceAll(" ");
  }
}
