package org.paperscope.search;

import java.util.List;
import java.util.Map;
import org.paperscope.index.PaperSchema;

/**
 * How the query language's field names map to index fields, and the boosts of the default
 * (unfielded) search.
 */
final class SearchFields {

  /** A stemmed index field, its exact shadow, and its weight in default search. */
  record TextField(String stemmed, String exact, float boost) {}

  /**
   * Default search fields. A title word says more about a paper than an abstract word; full text
   * is long and noisy, so it counts least. Weights chosen on SciFact train (docs/evaluation.md).
   */
  static final List<TextField> DEFAULT =
      List.of(
          new TextField(PaperSchema.TITLE, PaperSchema.TITLE_EXACT, 2.0f),
          new TextField(PaperSchema.ABSTRACT, PaperSchema.ABSTRACT_EXACT, 1.0f),
          new TextField(PaperSchema.TLDR, PaperSchema.TLDR_EXACT, 1.0f),
          new TextField(PaperSchema.TAG_TEXT, PaperSchema.TAG_EXACT, 1.0f),
          new TextField(PaperSchema.TEXT, PaperSchema.TEXT_EXACT, 0.3f));

  /** Text fields a user may name. */
  static final Map<String, TextField> TEXT =
      Map.of(
          "title", new TextField(PaperSchema.TITLE, PaperSchema.TITLE_EXACT, 1f),
          "abstract", new TextField(PaperSchema.ABSTRACT, PaperSchema.ABSTRACT_EXACT, 1f),
          "tldr", new TextField(PaperSchema.TLDR, PaperSchema.TLDR_EXACT, 1f),
          "text", new TextField(PaperSchema.TEXT, PaperSchema.TEXT_EXACT, 1f),
          "refs", new TextField(PaperSchema.REFS, PaperSchema.REFS_EXACT, 1f));

  /** Fields matched as whole keyed values ({@link PaperSchema#key}). */
  static final Map<String, String> KEYED =
      Map.of(
          "tag", PaperSchema.TAG,
          "venue", PaperSchema.VENUE,
          "decision", PaperSchema.DECISION);

  private SearchFields() {}
}
