package org.paperscope.search;

import java.util.List;
import org.paperscope.paper.Paper;

/**
 * The papers most similar to one paper by meaning (the cosine of their embeddings), never the paper
 * itself nor another version of it (same title).
 *
 * @param paper the paper asked about
 * @param embedded whether it has a vector yet (enrichment may still be running); without one the
 *     list is empty
 * @param similar best first
 */
public record SimilarPapers(Paper paper, boolean embedded, List<Similar> similar) {
  /** Papers listed by default. */
  public static final int DEFAULT_LIMIT = 10;

  /** Most papers one request may list. */
  public static final int MAX_LIMIT = 100;

  public SimilarPapers {
    similar = List.copyOf(similar);
  }

  /**
   * One similar paper.
   *
   * @param score similarity, at most 1: {@code (cos_embedding + 2 · cos_words) / 3}, or the
   *     embedding's cosine alone in an index too small for word terms
   * @param reason a few words on what the two share ("tags: meta-learning, few-shot learning" or
   *     "terms: gradient, initialization"), or "" when nothing stands out
   * @param autoTldr the paper's generated TL;DR, or null when it has none (yet)
   */
  public record Similar(Paper paper, float score, String reason, String autoTldr) {
    /** Without a generated TL;DR. */
    public Similar(Paper paper, float score, String reason) {
      this(paper, score, reason, null);
    }
  }
}
