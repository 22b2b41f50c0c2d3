package org.paperscope.search;

import java.util.Locale;
import java.util.Optional;

/** How a search finds and ranks papers: by words, by meaning, or both. */
public enum SearchMode {
  /** Hybrid when the index has sentence embeddings, else keyword. */
  AUTO,
  /**
   * By words: the papers the query matches (the query language: words all must match, relaxed to
   * any word with a note when no paper has them all; phrases, Boolean operators, fields), ranked by
   * BM25 with titles that the query is ranked first.
   */
  KEYWORD,
  /**
   * By meaning: the papers nearest to the embedded query text (a pasted abstract is embedded
   * whole), among those that pass the filters and the query's fielded clauses. The match set is the
   * nearest {@link #SEMANTIC_DEPTH} papers, so counts and facets are over those.
   */
  SEMANTIC,
  /**
   * Both: the keyword match set (the same exact count and facets), ranked by fusing its BM25
   * ranking with its ranking by meaning (z-score fusion, {@link RankFusion#HYBRID}).
   */
  HYBRID;

  /** Papers a semantic search returns at most (its match set). */
  public static final int SEMANTIC_DEPTH = 100;

  /** The lower-case name used on the command line, in URLs and in JSON. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode with this key ({@code keyword}, {@code semantic}, {@code hybrid}, {@code auto}). */
  public static Optional<SearchMode> parse(String key) {
    for (SearchMode mode : values()) {
      if (mode.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
