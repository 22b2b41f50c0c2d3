package org.paperscope.search.lucene;

import java.util.List;
import java.util.Map;
import org.paperscope.index.lucene.PaperSchema;

/**
 * How the query language's field names map to index fields, and the boosts of the default
 * (unfielded) search.
 */
final class SearchFields {

  /** A stemmed index field, its exact shadow, and its weight in default search. */
  record TextField(String stemmed, String exact, float boost) {}

  /**
   * Metadata fields, indexed together as {@link PaperSchema#META} for single words (BM25F with
   * equal weights); phrases use them one by one. Equal weights: with CombinedFieldQuery, on SciFact
   * train, title weight 1 gave nDCG@10 0.6829, 1.5 gave 0.6785, 2 gave 0.6746, 3 gave 0.6698
   * (docs/evaluation.md).
   */
  static final List<TextField> COMBINED =
      List.of(
          new TextField(PaperSchema.TITLE, PaperSchema.TITLE_EXACT, 1.0f),
          new TextField(PaperSchema.ABSTRACT, PaperSchema.ABSTRACT_EXACT, 1.0f),
          new TextField(PaperSchema.TLDR, PaperSchema.TLDR_EXACT, 1.0f),
          new TextField(PaperSchema.TAG_TEXT, PaperSchema.TAG_EXACT, 1.0f));

  /** Full text is long and noisy, so its matches count least. */
  static final TextField FULL_TEXT = new TextField(PaperSchema.TEXT, PaperSchema.TEXT_EXACT, 0.3f);

  /**
   * Community summaries: written by readers about the paper, so their words count, but less than
   * the authors' own title and abstract (the weight of a field one step below metadata).
   */
  static final TextField SUMMARY =
      new TextField(PaperSchema.SUMMARY, PaperSchema.SUMMARY_EXACT, 0.5f);

  /** Every default field, for phrases, scored per field and summed. */
  static final List<TextField> DEFAULT =
      List.of(
          COMBINED.get(0), COMBINED.get(1), COMBINED.get(2), COMBINED.get(3), FULL_TEXT, SUMMARY);

  /** Text fields a user may name. */
  static final Map<String, TextField> TEXT =
      Map.of(
          "title", new TextField(PaperSchema.TITLE, PaperSchema.TITLE_EXACT, 1f),
          "abstract", new TextField(PaperSchema.ABSTRACT, PaperSchema.ABSTRACT_EXACT, 1f),
          "tldr", new TextField(PaperSchema.TLDR, PaperSchema.TLDR_EXACT, 1f),
          "text", new TextField(PaperSchema.TEXT, PaperSchema.TEXT_EXACT, 1f),
          "refs", new TextField(PaperSchema.REFS, PaperSchema.REFS_EXACT, 1f),
          "summary", new TextField(PaperSchema.SUMMARY, PaperSchema.SUMMARY_EXACT, 1f));

  /** Fields matched as whole keyed values ({@link PaperSchema#key}). */
  static final Map<String, String> KEYED =
      Map.of(
          "tag", PaperSchema.TAG,
          "venue", PaperSchema.VENUE,
          "decision", PaperSchema.DECISION);

  private SearchFields() {}
}
