package org.paperscope.enrich;

import java.util.List;

/**
 * Every enrichment of one paper as the index writer takes it, resolved from the stored results.
 *
 * @param results the results found, one per enrichment at most
 * @param applied markers ({@link Enrichment#marker}) of the enrichments that have nothing left to
 *     do for this paper: a result was found, the enrichment does not apply, or it failed on this
 *     input. An enrichment whose marker is missing is pending.
 * @param present names of the enrichments that gave a result (for counts such as "papers with full
 *     text")
 * @param failed markers of the enrichments that failed on this paper's input (also in {@code
 *     applied}), so that {@code enrich --retry-failed} finds them
 */
public record PaperEnrichments(
    List<EnrichmentResult> results,
    List<String> applied,
    List<String> present,
    List<String> failed) {

  /** No enrichment at all: every one is pending. */
  public static final PaperEnrichments NONE =
      new PaperEnrichments(List.of(), List.of(), List.of(), List.of());

  public PaperEnrichments {
    results = List.copyOf(results);
    applied = List.copyOf(applied);
    present = List.copyOf(present);
    failed = List.copyOf(failed);
  }
}
