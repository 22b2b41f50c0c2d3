package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.Enrichments;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PdfInfo;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfTextCache;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;

/**
 * Full text indexes word pairs of common words; phrases and prefixes over it behave as words do.
 */
class WordPairsTest {
  static final String SHA = "a".repeat(64);
  static final PdfDocument FULL_TEXT =
      new PdfDocument(
          SHA,
          1,
          "Robots",
          List.of(),
          null,
          "Results in the wild are state of the art. A survey of robots.",
          "",
          List.of(),
          List.of());

  @TempDir static Path data;
  static LucenePaperSearch searcher;

  @BeforeAll
  static void index() throws IOException {
    PdfTextCache cache = new PdfTextCache(DataDir.of(data).text());
    cache.put(FULL_TEXT, null);
    try (PaperIndexWriter writer =
        PaperIndexWriter.open(
            DataDir.of(data).index(), 16, 1, Enrichments.standard(DataDir.of(data)))) {
      writer.upsert(
          Paper.builder("w1", "Robots")
              .abstractText("Robots in the lab.")
              .pdf(new PdfInfo(SHA, 1, List.of()))
              .build());
      writer.upsert(
          Paper.builder("w2", "Cats")
              .abstractText("The cat is in the wild.")
              .tldr("Cats in the wild.")
              .build());
      writer.commit();
    }
    searcher = LucenePaperSearch.open(data, QueryLimits.DEFAULTS);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text:\"in the wild\"        | w1",
        "text:\"the wild in\"        | ''",
        "text:\"state of the art\"   | w1",
        "text:\"of the\"             | w1",
        "text:\"survey of robots\"   | w1",
        "text:\"a survey\"           | w1",
        "text:\"survey robots\"      | ''",
        "\"in the wild\"             | w1 w2",
        "abstract:\"in the wild\"    | w2",
        "text:wild                   | w1",
      })
  void phrasesMatchAsWithoutPairs(String query, String expected) throws Exception {
    List<String> ids =
        searcher.search(SearchRequest.builder(query).facetLimit(10).build()).hits().stream()
            .map(h -> h.paper().id())
            .sorted()
            .toList();
    assertThat(String.join(" ", ids)).isEqualTo(expected);
  }

  @Test
  void fullTextHoldsPairsWithASpaceMetadataDoesNot() throws IOException {
    assertThat(count(PaperSchema.TEXT_EXACT, "in the")).isEqualTo(1);
    assertThat(count(PaperSchema.TEXT_EXACT, "in_the")).isZero();
    assertThat(count(PaperSchema.ABSTRACT_EXACT, "in the")).isZero();
    assertThat(count(PaperSchema.ABSTRACT_EXACT, "in")).isEqualTo(2);
    assertThat(count(PaperSchema.TITLE_EXACT, "robots")).isEqualTo(1);
    assertThat(count(PaperSchema.TLDR_EXACT, "in the")).isZero();
    assertThat(count(PaperSchema.TLDR_EXACT, "in")).isEqualTo(1);
  }

  @Test
  void prefixesCountWordsNotWordPairs() throws Exception {
    // "th*" expands to the word "the" in text, abstract and TL;DR; the pairs "the wild" and "the
    // art" in the full text are not words, so three expansions are enough.
    QueryLimits tight = new QueryLimits(4096, 256, 32, 3, 2);
    try (LucenePaperSearch small = LucenePaperSearch.open(data, tight)) {
      SearchResult result = small.search(SearchRequest.of("th*"));
      assertThat(result.hits())
          .extracting(h -> h.paper().id())
          .containsExactlyInAnyOrder("w1", "w2");
      assertThat(small.search(SearchRequest.of("text:wil*")).hits())
          .extracting(h -> h.paper().id())
          .containsExactly("w1");
    }
  }

  private static long count(String field, String term) throws IOException {
    try (Directory directory = FSDirectory.open(DataDir.of(data).index());
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, term)));
    }
  }
}
