package io.tagwire.classify;

import io.tagwire.config.ConfigException;
import io.tagwire.config.TagwireHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gazetteer with the region map it is classified through, checked against each other (every
 * country the gazetteer names must be in the map, or its places would silently count for nothing).
 * Loaded once per JVM per pair of files and shared by all threads (both are immutable).
 */
public record RegionModel(Gazetteer gazetteer, RegionMap regionMap) {

  private static final Map<String, RegionModel> LOADED = new ConcurrentHashMap<>();

  public RegionModel {
    for (Gazetteer.Entry e : gazetteer.entriesSorted()) {
      for (Gazetteer.Reading r : e.readings()) {
        for (String cc : r.countries()) {
          if (!regionMap.contains(cc)) {
            throw new ConfigException(gazetteer.source() + ":" + r.line() + ": field 'country': '" + cc + "' (for '"
                + e.name() + "') is not in the region map " + regionMap.source()
                + "; add a line for it there or correct the code");
          }
        }
      }
    }
  }

  /** The model for these paths (resolved with {@link TagwireHome#resolve}), loaded on first use. */
  public static RegionModel load(String gazetteerPath, String regionMapPath) {
    Path g = TagwireHome.resolve(gazetteerPath).toAbsolutePath().normalize();
    Path m = TagwireHome.resolve(regionMapPath).toAbsolutePath().normalize();
    return LOADED.computeIfAbsent(g + "\n" + m, k -> new RegionModel(Gazetteer.load(g), RegionMap.load(m)));
  }
}
