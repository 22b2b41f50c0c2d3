package org.paperscope.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperscope.paper.AuthorNames;
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

  /**
   * The generated TL;DR of the paper with this id (the Auto-TLDR enrichment's), or empty when there
   * is no such paper or it has none yet. The author's TL;DR is {@link Paper#tldr()}.
   */
  Optional<String> autoTldr(String id) throws IOException;

  /**
   * The names of the automatic tags of the paper with this id (the tag enrichment's, given only
   * when its authors gave no keywords), best first; empty when there is no such paper or none.
   */
  List<String> autoTags(String id) throws IOException;

  /**
   * The {@code limit} papers most similar to the paper with this id, or empty when there is no such
   * paper.
   */
  Optional<SimilarPapers> similar(String id, int limit) throws IOException;

  /** How many papers there are. */
  int paperCount();

  /** Every value of a facet dimension with its count over all papers, by count then value. */
  Map<String, Long> facet(FacetDimension dimension) throws IOException;

  /** Whether the paper with this id has this part (false when there is no such paper). */
  boolean has(String id, PaperPart part) throws IOException;

  /** How many papers have this part. */
  int countHaving(PaperPart part) throws IOException;

  /**
   * The papers whose title is {@code title}, ignoring case, spacing and punctuation, by id; at most
   * {@code cap}. This default gathers candidates with a {@code title:} phrase and keeps the titles
   * equal under that comparison.
   */
  default List<Paper> byTitle(String title, int cap) throws IOException {
    String key = comparableTitle(title);
    String words = title.replaceAll("[\"\\\\\u201C\u201D\u201E]", " ").strip();
    if (key.isEmpty() || words.isEmpty()) {
      return List.of();
    }
    SearchRequest request =
        SearchRequest.builder("title:\"" + words + "\"").limit(200).facetLimit(0).build();
    List<Paper> out = new ArrayList<>();
    try {
      for (SearchResult.Hit hit : search(request).hits()) {
        if (comparableTitle(hit.paper().title()).equals(key)) {
          out.add(hit.paper());
        }
      }
    } catch (QuerySyntaxException e) {
      return List.of();
    }
    out.sort(Comparator.comparing(Paper::id));
    return out.subList(0, Math.min(cap, out.size()));
  }

  /** A title lower-cased with every run of non-letters and non-digits one space. */
  private static String comparableTitle(String title) {
    return title == null
        ? ""
        : title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * The papers whose author list holds {@code name} written any way with the same {@link
   * AuthorNames#key} (accents, case, punctuation and middle initials aside), newest first, then by
   * title and id; at most {@code cap}. This default gathers candidates with an {@code author:}
   * phrase, which can also match a longer name or span two authors, and keeps those whose key is
   * the same; a backend with a key field may do better.
   */
  default List<Paper> byAuthor(String name, int cap) throws IOException {
    String key = AuthorNames.key(name);
    // A quote cannot be written in a phrase, and the analyzer drops it anyway.
    String words = name.replaceAll("[\"\\\\\u201C\u201D\u201E]", " ").strip();
    if (key.isBlank() || words.isEmpty()) {
      return List.of();
    }
    SearchRequest request =
        SearchRequest.builder("author:\"" + words + "\"")
            .sort(SortOrder.YEAR)
            .limit(cap)
            .facetLimit(0)
            .build();
    List<Paper> out = new ArrayList<>();
    try {
      for (SearchResult.Hit hit : search(request).hits()) {
        if (hit.paper().authors().stream().anyMatch(a -> AuthorNames.key(a).equals(key))) {
          out.add(hit.paper());
        }
      }
    } catch (QuerySyntaxException e) {
      return List.of(); // only stop words or punctuation: no one
    }
    out.sort(
        Comparator.comparing((Paper p) -> p.year() == null ? Integer.MIN_VALUE : p.year())
            .reversed()
            .thenComparing(Paper::title)
            .thenComparing(Paper::id));
    return out;
  }

  /** The extracted full text of a paper's PDF, when its PDF was ingested. */
  Optional<PdfDocument> fullText(Paper paper);

  /** The first-page thumbnail (PNG) of a paper's PDF, when there is one. */
  Optional<byte[]> thumbnail(Paper paper);
}
