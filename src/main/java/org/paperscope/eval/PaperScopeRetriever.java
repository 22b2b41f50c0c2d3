package org.paperscope.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperText;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QuerySyntax;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;

/**
 * PaperScope's own ranking under BEIR evaluation: the corpus goes through the real index writer
 * (title as title, text as abstract) into a temporary data directory, embedded by the real
 * enrichment stage when the mode needs vectors (cached in the setup's cache directory), and queries
 * are read as plain text ({@link QuerySyntax#PLAIN_TEXT}: any word, PaperScope's field weights) and
 * ranked in the setup's mode. Close it to delete the temporary index. Thread-safe for {@link
 * #retrieve}.
 */
public final class PaperScopeRetriever implements BeirRetriever {
  private final Path dataDir;
  private final PaperSearch searcher;
  private final SearchMode mode;

  private PaperScopeRetriever(Path dataDir, PaperSearch searcher, SearchMode mode) {
    this.dataDir = dataDir;
    this.searcher = searcher;
    this.mode = mode;
  }

  /** Indexes a BEIR corpus into a temporary PaperScope index, keyword ranking. */
  public static PaperScopeRetriever index(Path corpusFile) throws IOException {
    Path dataDir = Files.createTempDirectory("paperscope-beir");
    return index(corpusFile, BeirSetup.keyword(DataDir.of(dataDir).cache()), dataDir);
  }

  /** Indexes a BEIR corpus (embedding it when the setup's mode needs vectors). */
  public static PaperScopeRetriever index(Path corpusFile, BeirSetup setup) throws IOException {
    return index(corpusFile, setup, Files.createTempDirectory("paperscope-beir"));
  }

  private static PaperScopeRetriever index(Path corpusFile, BeirSetup setup, Path dataDir)
      throws IOException {
    Enrichments enrichments =
        setup.byMeaning()
            ? Enrichments.of(
                DataDir.of(dataDir),
                List.of(new EmbeddingEnrichment(setup.model(), setup.cacheDir())))
            : Enrichments.NONE;
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(DataDir.of(dataDir).index(), 256, 2, enrichments)) {
      BeirFiles.readCorpus(corpusFile, doc -> upsert(writer, doc));
      writer.commit();
      int threads = Runtime.getRuntime().availableProcessors();
      new EnrichmentRun(enrichments, threads, EnrichmentRun.DEFAULT_BATCH, (n, done, all) -> {})
          .run(writer, Optional.empty(), false);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while embedding the corpus", e);
    }
    return new PaperScopeRetriever(
        dataDir,
        SearchBackend.openConfigured(DataDir.of(dataDir), QueryLimits.DEFAULTS),
        setup.mode());
  }

  private static void upsert(PaperIndexWriter writer, BeirDocument doc) {
    String title = PaperText.clean(doc.title());
    Paper paper =
        Paper.builder(doc.id(), title == null ? doc.id() : title)
            .abstractText(PaperText.clean(doc.text()))
            .build();
    try {
      writer.upsert(paper);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Run retrieve(Map<String, String> queries, int depth) throws IOException {
    return retrieve(queries, depth, mode);
  }

  /** Ranks the queries in another mode than the retriever's (vectors permitting). */
  public Run retrieve(Map<String, String> queries, int depth, SearchMode mode) throws IOException {
    Map<String, List<Run.Hit>> hits = new LinkedHashMap<>();
    for (Map.Entry<String, String> query : queries.entrySet()) {
      List<Run.Hit> list = new ArrayList<>();
      SearchRequest request =
          SearchRequest.builder(query.getValue())
              .mode(mode)
              .syntax(QuerySyntax.PLAIN_TEXT)
              .limit(depth)
              .facetLimit(0)
              .build();
      try {
        for (SearchResult.Hit hit : searcher.search(request).hits()) {
          list.add(new Run.Hit(hit.paper().id(), hit.score()));
        }
      } catch (QuerySyntaxException e) {
        throw new IllegalStateException("text mode reads no syntax, so nothing is malformed", e);
      }
      hits.put(query.getKey(), list);
    }
    return new Run(hits);
  }

  @Override
  public void close() throws IOException {
    searcher.close();
    try (Stream<Path> walk = Files.walk(dataDir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
