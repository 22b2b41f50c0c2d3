package org.paperscope.enrich;

import java.util.Optional;
import org.paperscope.paper.Paper;

/**
 * One kind of derived data computed from a paper: its full text, later its embedding, Auto-TLDR,
 * tags. The result depends only on the paper's input (its {@link #contentKey}) and the enrichment's
 * {@link #version}, and is stored under both, so that unchanged papers are never computed twice and
 * a new version recomputes everything. Implementations are thread-safe: a run computes several
 * papers at once.
 *
 * @param <R> the result type
 */
public interface Enrichment<R extends EnrichmentResult> {

  /** Short stable name ({@code fulltext}): the command line and the data directory use it. */
  String name();

  /** Version of the technique or model; results of another version are recomputed. */
  String version();

  /**
   * The hash of what the result depends on (for full text: the PDF's SHA-256), or empty when the
   * enrichment does not apply to the paper (no PDF). Cheap: it is asked for every paper written.
   */
  Optional<String> contentKey(Paper paper);

  /**
   * Whether any result may be stored: false tells the index writer that every paper this enrichment
   * applies to is pending without looking (a first ingest, whose store is empty).
   */
  default boolean mayHaveResults() {
    return true;
  }

  /** Whether the enrichment applies to the paper: {@link #contentKey} is present, maybe cheaper. */
  default boolean appliesTo(Paper paper) {
    return contentKey(paper).isPresent();
  }

  /**
   * The stored result for a content key, or empty when it has not been computed. Cheap enough to be
   * asked for every paper written to the index.
   */
  Optional<R> lookup(String contentKey);

  /**
   * Computes the result and stores it, so that {@link #lookup} finds it from now on. Slow.
   *
   * @throws EnrichmentException when this paper's input cannot be enriched
   */
  R compute(Paper paper, String contentKey) throws EnrichmentException;

  /** Frees what computing needed (a loaded model); lookups still work. */
  default void close() {}

  /** {@code name/version}: what an index document records once this enrichment is applied. */
  default String marker() {
    return name() + "/" + version();
  }
}
