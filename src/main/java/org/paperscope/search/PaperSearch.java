package org.paperscope.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;

/**
 * The reading side of PaperScope, whatever the backend: searches in the query language, papers by
 * id, facet values, and the extracted text of papers' PDFs, over one snapshot of the papers (a
 * commit). Open one with {@link SearchBackend#open}; close it when done. Implementations are
 * thread-safe.
 */
public interface PaperSearch extends Closeable {

  /**
   * Runs a search: the page of hits asked for, the exact total, the facets of the whole match set,
   * snippets and notes.
   *
   * @throws QuerySyntaxException when the query or a filter is malformed or over a limit
   */
  SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException;

  /**
   * Passes every paper the request's search matches to the consumer, in the request's order, from
   * its offset on, however many there are; returns how many were passed.
   *
   * @throws QuerySyntaxException when the query or a filter is malformed or over a limit
   */
  long forEachMatch(SearchRequest request, Consumer<Paper> consumer)
      throws QuerySyntaxException, IOException;

  /** Passes every paper to the consumer, in no particular order. */
  void forEachPaper(Consumer<Paper> consumer) throws IOException;

  /** The paper with this id, if there is one. */
  Optional<Paper> paper(String id) throws IOException;

  /** How many papers there are. */
  int paperCount();

  /** Every value of a facet dimension with its count over all papers, by count then value. */
  Map<String, Long> facet(FacetDimension dimension) throws IOException;

  /** How many papers have this part. */
  int countHaving(PaperPart part) throws IOException;

  /** The extracted full text of a paper's PDF, when its PDF was ingested. */
  Optional<PdfDocument> fullText(Paper paper);

  /** The first-page thumbnail (PNG) of a paper's PDF, when there is one. */
  Optional<byte[]> thumbnail(Paper paper);
}
