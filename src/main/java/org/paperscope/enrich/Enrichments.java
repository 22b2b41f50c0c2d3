package org.paperscope.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperscope.data.DataDir;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.pdf.PdfTextCache;
import org.paperscope.store.StoreLocation;
import org.paperscope.tags.AutoTagger;
import org.paperscope.tldr.AutoTldr;

/**
 * The enrichments of a deployment and where their failures are logged. The index writer asks it for
 * every paper it writes ({@link #resolve}); {@link EnrichmentRun} computes what is pending.
 * Immutable and thread-safe.
 */
public final class Enrichments implements AutoCloseable {
  /** No enrichments: documents carry source metadata only. */
  public static final Enrichments NONE = new Enrichments(List.of(), Optional.empty());

  private final List<Enrichment<?>> all;
  private final Optional<FailureLog> failures;

  private Enrichments(List<Enrichment<?>> all, Optional<FailureLog> failures) {
    this.all = List.copyOf(all);
    this.failures = failures;
  }

  /** The given enrichments, their failures logged under the data directory's {@code cache/}. */
  public static Enrichments of(DataDir data, List<Enrichment<?>> enrichments) {
    return new Enrichments(enrichments, Optional.of(new FailureLog(data.cache())));
  }

  /**
   * Every enrichment PaperScope has, over a data directory: the PDF full text, the Auto-TLDR
   * (milliseconds a paper, so before), the embedding, then the automatic tags (which score by
   * meaning with the embedding; a paper still waiting for its vector is tagged by its words and
   * again once the vector is there). The embedding is of title and abstract (all-MiniLM-L6-v2).
   */
  public static Enrichments standard(DataDir data) {
    return standard(data, StoreLocation.sqlite(data.database()));
  }

  /**
   * Every enrichment PaperScope has ({@link #standard(DataDir)}), and the community summaries of
   * the store at {@code store}, last.
   */
  public static Enrichments standard(DataDir data, StoreLocation store) {
    EmbeddingEnrichment embeddings =
        new EmbeddingEnrichment(EmbeddingEnrichment.MODEL, data.cache());
    return of(
        data,
        List.of(
            new FullTextEnrichment(new PdfTextCache(data.text()), data.pdfs(), PdfLimits.DEFAULTS),
            new TldrEnrichment(AutoTldr.shipped(), data.cache()),
            embeddings,
            new TagEnrichment(AutoTagger.shipped(), data.cache(), embeddings),
            new SummaryEnrichment(store)));
  }

  /** The enrichments, in the order runs compute them. */
  public List<Enrichment<?>> all() {
    return all;
  }

  /** The enrichment with this name, if there is one. */
  public Optional<Enrichment<?>> named(String name) {
    return all.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** Where failures are logged, if anywhere. */
  public Optional<FailureLog> failures() {
    return failures;
  }

  /**
   * Looks up every enrichment's stored result for the paper. Cheap: one lookup per enrichment that
   * applies.
   */
  public PaperEnrichments resolve(Paper paper) {
    if (all.isEmpty()) {
      return PaperEnrichments.NONE;
    }
    List<EnrichmentResult> results = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    List<String> present = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Enrichment<?> enrichment : all) {
      if (!enrichment.mayHaveResults()) {
        // Nothing stored yet (a first ingest): pending where it applies, no lookups.
        if (!enrichment.appliesTo(paper)) {
          applied.add(enrichment.marker());
        }
        continue;
      }
      Optional<String> key = enrichment.contentKey(paper);
      if (key.isEmpty()) {
        applied.add(enrichment.marker());
        continue;
      }
      Optional<? extends EnrichmentResult> result = enrichment.lookup(key.get());
      if (result.isPresent()) {
        results.add(result.get());
        applied.add(enrichment.marker());
        present.add(enrichment.name());
      } else if (failedOn(enrichment, key.get())) {
        applied.add(enrichment.marker());
        failed.add(enrichment.marker());
      }
    }
    return new PaperEnrichments(results, applied, present, failed);
  }

  /** Frees what the enrichments loaded to compute (models). */
  @Override
  public void close() {
    all.forEach(Enrichment::close);
  }

  private boolean failedOn(Enrichment<?> enrichment, String key) {
    return failures.isPresent() && failures.get().reason(enrichment, key).isPresent();
  }
}
