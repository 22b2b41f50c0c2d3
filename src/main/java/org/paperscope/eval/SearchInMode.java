package org.paperscope.eval;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.PaperPart;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SimilarPapers;

/**
 * A searcher whose every search runs in one mode, so that the search evaluations, which search as
 * the search box does, can compare keyword with hybrid search on one index. Everything else is the
 * wrapped searcher's; closing closes it. Thread-safe as the wrapped one.
 */
final class SearchInMode implements PaperSearch {
  private final PaperSearch searcher;
  private final SearchMode mode;

  SearchInMode(PaperSearch searcher, SearchMode mode) {
    this.searcher = searcher;
    this.mode = mode;
  }

  @Override
  public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
    return searcher.search(request.toBuilder().mode(mode).build());
  }

  @Override
  public long forEachMatch(SearchRequest request, Consumer<Paper> consumer)
      throws QuerySyntaxException, IOException {
    return searcher.forEachMatch(request.toBuilder().mode(mode).build(), consumer);
  }

  @Override
  public void forEachPaper(Consumer<Paper> consumer) throws IOException {
    searcher.forEachPaper(consumer);
  }

  @Override
  public Optional<Paper> paper(String id) throws IOException {
    return searcher.paper(id);
  }

  @Override
  public Optional<String> autoTldr(String id) throws IOException {
    return searcher.autoTldr(id);
  }

  @Override
  public List<String> autoTags(String id) throws IOException {
    return searcher.autoTags(id);
  }

  @Override
  public Optional<SimilarPapers> similar(String id, int limit) throws IOException {
    return searcher.similar(id, limit);
  }

  @Override
  public int paperCount() {
    return searcher.paperCount();
  }

  @Override
  public Map<String, Long> facet(FacetDimension dimension) throws IOException {
    return searcher.facet(dimension);
  }

  @Override
  public boolean has(String id, PaperPart part) throws IOException {
    return searcher.has(id, part);
  }

  @Override
  public int countHaving(PaperPart part) throws IOException {
    return searcher.countHaving(part);
  }

  @Override
  public List<Paper> byAuthor(String name, int cap) throws IOException {
    return searcher.byAuthor(name, cap);
  }

  @Override
  public Optional<PdfDocument> fullText(Paper paper) {
    return searcher.fullText(paper);
  }

  @Override
  public Optional<byte[]> thumbnail(Paper paper) {
    return searcher.thumbnail(paper);
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
