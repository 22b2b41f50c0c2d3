package org.paperscope.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The layout of a data directory ({@code --data DIR}): everything one deployment keeps, in one
 * place. No other class names a path inside it.
 *
 * <ul>
 *   <li>{@code index/}: the Lucene index, which also stores every paper as ingested (the source of
 *       truth for {@code reindex} and {@code export});
 *   <li>{@code text/}: extracted PDF text and first-page thumbnails by PDF SHA-256;
 *   <li>{@code cache/}: enrichments (embeddings, TL;DRs, tags, concepts) by content hash and model
 *       version;
 *   <li>{@code pdfs/}: copies of ingested PDFs, only with {@code ingest --keep-pdfs};
 *   <li>{@code paperscope.db}: the database of user content;
 *   <li>{@code demo-sources.sha256}: what {@code demo} last ingested.
 * </ul>
 *
 * @param root the data directory itself
 */
public record DataDir(Path root) {
  public DataDir {
    Objects.requireNonNull(root, "root");
  }

  /** The data directory at {@code root}. */
  public static DataDir of(Path root) {
    return new DataDir(root);
  }

  /** The Lucene index, with every paper stored as ingested. */
  public Path index() {
    return root.resolve("index");
  }

  /** Extracted PDF text and thumbnails, by PDF SHA-256. */
  public Path text() {
    return root.resolve("text");
  }

  /** Enrichment results by content hash and model version. */
  public Path cache() {
    return root.resolve("cache");
  }

  /** Copies of ingested PDFs ({@code ingest --keep-pdfs}), named by SHA-256. */
  public Path pdfs() {
    return root.resolve("pdfs");
  }

  /** The database of user content. */
  public Path database() {
    return root.resolve("paperscope.db");
  }

  /** The fingerprint of the demo sources last ingested here. */
  public Path demoFingerprint() {
    return root.resolve("demo-sources.sha256");
  }

  /**
   * What a backup must copy: what cannot be recomputed without the original sources — the index
   * (its stored papers), the extracted texts (the PDFs may be gone), kept PDFs and the database.
   * The enrichment cache is left out: {@code enrich} recomputes it.
   */
  public List<Path> backupSet() {
    return List.of(index(), text(), pdfs(), database());
  }
}
