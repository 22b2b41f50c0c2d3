package org.paperscope.enrich;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.paperscope.paper.Paper;
import org.paperscope.tldr.AutoTldr;

/**
 * A generated TL;DR for every paper with an abstract ({@link AutoTldr}), cached under {@code
 * cache/tldr/<method version>/} by the hash of the title and abstract. A paper without an abstract
 * (or with a placeholder such as "Abstract Unavailable", {@link AutoTldr#summarizable}) gets none:
 * the title alone is no summary. Thread-safe.
 */
public final class TldrEnrichment implements Enrichment<GeneratedTldr> {
  /** The name on the command line and in the cache. */
  public static final String NAME = "tldr";

  private final AutoTldr writer;
  private final KeyedFiles cache;

  /**
   * @param cacheDir the data directory's {@code cache/}
   */
  public TldrEnrichment(AutoTldr writer, Path cacheDir) {
    this.writer = writer;
    this.cache = new KeyedFiles(cacheDir.resolve(NAME).resolve(AutoTldr.VERSION), ".txt");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return AutoTldr.VERSION;
  }

  @Override
  public boolean mayHaveResults() {
    return cache.mayHaveEntries();
  }

  @Override
  public Optional<String> contentKey(Paper paper) {
    if (!AutoTldr.summarizable(paper.abstractText())) {
      return Optional.empty();
    }
    return Optional.of(EmbeddedText.key(paper.title() + "\n" + paper.abstractText()));
  }

  @Override
  public Optional<GeneratedTldr> lookup(String contentKey) {
    return cache
        .get(contentKey)
        .map(bytes -> new GeneratedTldr(new String(bytes, StandardCharsets.UTF_8)));
  }

  /**
   * @throws EnrichmentException when the abstract has no sentence a TL;DR can be made of
   */
  @Override
  public GeneratedTldr compute(Paper paper, String contentKey) throws EnrichmentException {
    String tldr =
        writer
            .write(paper.title(), paper.abstractText())
            .orElseThrow(
                () -> new EnrichmentException("no sentence of the abstract makes a TL;DR"));
    cache.put(contentKey, tldr.getBytes(StandardCharsets.UTF_8));
    return new GeneratedTldr(tldr);
  }
}
