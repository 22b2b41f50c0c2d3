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
import java.util.stream.Stream;
import org.paperscope.data.DataDir;
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
 * (title as title, text as abstract) into a temporary data directory, and queries are ranked by
 * {@link SearchMode#TEXT} (any word, PaperScope's field weights). Close it to delete the temporary
 * index. Thread-safe for {@link #retrieve}.
 */
public final class PaperScopeRetriever implements BeirRetriever {
  private final Path dataDir;
  private final PaperSearch searcher;

  private PaperScopeRetriever(Path dataDir, PaperSearch searcher) {
    this.dataDir = dataDir;
    this.searcher = searcher;
  }

  /** Indexes a BEIR corpus into a temporary PaperScope index. */
  public static PaperScopeRetriever index(Path corpusFile) throws IOException {
    Path dataDir = Files.createTempDirectory("paperscope-beir");
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(dataDir).index(), 256, 2)) {
      BeirFiles.readCorpus(corpusFile, doc -> upsert(writer, doc));
      writer.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new PaperScopeRetriever(
        dataDir, SearchBackend.openConfigured(DataDir.of(dataDir), QueryLimits.DEFAULTS));
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
    Map<String, List<Run.Hit>> hits = new LinkedHashMap<>();
    for (Map.Entry<String, String> query : queries.entrySet()) {
      List<Run.Hit> list = new ArrayList<>();
      SearchRequest request =
          SearchRequest.builder(query.getValue())
              .mode(SearchMode.KEYWORD)
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
