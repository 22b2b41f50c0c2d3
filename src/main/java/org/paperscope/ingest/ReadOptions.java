package org.paperscope.ingest;

import java.util.Map;

/**
 * Settings a user may give a reader.
 *
 * @param columns CSV column overrides, paper field name (id, title, authors, abstract, tldr,
 *     keywords, venue, year, decision, rating, pdf, forum, code, slides, poster, video) to header
 *     name; never null
 * @param venue venue to set on every paper read (overrides the file's), or null
 * @param year year to set on every paper read (overrides the file's), or null
 */
public record ReadOptions(Map<String, String> columns, String venue, Integer year) {

  /** No overrides. */
  public static final ReadOptions DEFAULTS = new ReadOptions(Map.of(), null, null);

  public ReadOptions {
    columns = Map.copyOf(columns == null ? Map.of() : columns);
  }
}
