package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.FullText;
import org.paperscope.enrich.PaperEnrichments;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.index.lucene.PaperDocuments;
import org.paperscope.index.lucene.PaperHash;
import org.paperscope.index.lucene.PaperIndex;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.paper.PdfInfo;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfTextCache;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;

/**
 * An index written by an older PaperScope (schema 1: no recorded version, full text without word
 * pairs) is refused by search with advice, and rebuilt by {@code reindex} or the next ingest.
 */
class ReindexTest {
  @TempDir Path dir;
  Path data;

  static final String SHA = "b".repeat(64);
  static final PdfDocument FULL_TEXT =
      new PdfDocument(
          SHA,
          1,
          "The Cat Sat",
          List.of(),
          null,
          "Cats in the wild sit on mats.",
          "",
          List.of(),
          List.of());
  static final List<Paper> PAPERS =
      List.of(
          Paper.builder("old-1", "The Cat Sat")
              .abstractText("The cat sat on the mat.")
              .pdf(new PdfInfo(SHA, 1, List.of()))
              .build(),
          Paper.builder("old-2", "State of the Art")
              .abstractText("A survey of the state of the art.")
              .build());

  @BeforeEach
  void writeSchemaOneIndex() throws IOException {
    data = dir.resolve("data");
    Analyzer schemaOne =
        new PerFieldAnalyzerWrapper(
            PaperAnalyzers.stemmed(),
            Map.of(
                PaperSchema.TITLE_EXACT, PaperAnalyzers.exact(),
                PaperSchema.ABSTRACT_EXACT, PaperAnalyzers.exact(),
                PaperSchema.TLDR_EXACT, PaperAnalyzers.exact(),
                PaperSchema.TEXT_EXACT, PaperAnalyzers.exact(),
                PaperSchema.REFS_EXACT, PaperAnalyzers.exact(),
                PaperSchema.TAG_EXACT, PaperAnalyzers.exact(),
                PaperSchema.AUTHOR, PaperAnalyzers.exact()));
    try (Directory directory = FSDirectory.open(DataDir.of(data).index());
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(schemaOne))) {
      for (Paper paper : PAPERS) {
        PaperEnrichments text =
            paper.pdf() == null
                ? PaperEnrichments.NONE
                : new PaperEnrichments(
                    List.of(new FullText(FULL_TEXT.body(), FULL_TEXT.references())),
                    List.of(),
                    List.of(),
                    List.of());
        writer.addDocument(
            PaperDocuments.toDocument(paper, PaperJson.toJson(paper), PaperHash.of(paper), text));
      }
      writer.commit();
    }
    new PdfTextCache(DataDir.of(data).text()).put(FULL_TEXT, null);
  }

  @Test
  void searchRefusesAnOlderIndexAndSaysHowToRebuildIt() {
    assertThatThrownBy(() -> SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(
            "older PaperScope (index schema 1, this version uses " + PaperIndex.SCHEMA + ")")
        .hasMessageContaining("paperscope reindex --data " + data);
    CliRun run = CliRun.of("search", "--data", data.toString(), "cat");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("paperscope reindex --data");
  }

  @Test
  void reindexRewritesEveryStoredPaperWithWordPairs() throws Exception {
    assertThat(pairCount("text.exact", "in the")).isZero();
    assertThat(pairCount("text.exact", "wild")).isEqualTo(1);
    CliRun run = CliRun.of("reindex", "--data", data.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("reindexed 2 papers");
    assertThat(pairCount("text.exact", "in the")).isEqualTo(1);
    try (Directory directory = FSDirectory.open(DataDir.of(data).index());
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.maxDoc()).as("no old documents left behind as deletions").isEqualTo(2);
    }
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      assertThat(searcher.paperCount()).isEqualTo(2);
      assertThat(searcher.search(SearchRequest.of("\"state of the art\"")).hits())
          .extracting(h -> h.paper().id())
          .containsExactly("old-2");
      assertThat(searcher.search(SearchRequest.of("text:\"in the wild\"")).hits())
          .extracting(h -> h.paper().id())
          .containsExactly("old-1");
      assertThat(searcher.paper("old-1")).get().isEqualTo(PAPERS.get(0));
    }
  }

  @Test
  void theNextIngestRewritesAnOlderIndexInItsBatch() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("new.jsonl"),
            """
        {"id":"new-1","title":"Out of Distribution","abstract":"Detection out of distribution."}
        """);
    CliRun run = CliRun.of("ingest", "--data", data.toString(), file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("written by an older PaperScope");
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      assertThat(
              searcher
                  .search(SearchRequest.of("text:\"in the wild\" OR \"out of distribution\""))
                  .hits())
          .extracting(h -> h.paper().id())
          .containsExactlyInAnyOrder("old-1", "new-1");
    }
    assertThat(pairCount("text.exact", "in the")).isEqualTo(1);
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      assertThat(searcher.paperCount()).isEqualTo(3);
    }
  }

  @Test
  void aWriterClosedWithoutCommitLeavesTheOlderIndexAsItWas() throws Exception {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 1)) {
      assertThat(writer.outdated()).isTrue();
      assertThat(writer.rebuildAll(count -> {})).isEqualTo(2);
      assertThat(writer.outdated()).isFalse();
    }
    assertThatThrownBy(() -> SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS))
        .hasMessageContaining("older");
  }

  @Test
  void anIndexFromANewerVersionIsRefusedByReaderAndWriter() throws IOException {
    try (Directory directory = FSDirectory.open(DataDir.of(data).index());
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.perField()))) {
      writer.setLiveCommitData(Map.of("paperscope.schema", "99").entrySet());
      writer.commit();
    }
    assertThatThrownBy(() -> SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS))
        .hasMessageContaining("newer PaperScope (index schema 99");
    assertThatThrownBy(() -> PaperIndexWriter.open(DataDir.of(data).index(), 16, 1))
        .hasMessageContaining("newer PaperScope (index schema 99");
    // The refused writer released the index lock: a searcher-independent writer check opens it.
    assertThatThrownBy(() -> PaperIndexWriter.open(DataDir.of(data).index(), 16, 1))
        .hasMessageContaining("newer PaperScope");
  }

  @Test
  void reindexWithoutAnIndexFails() {
    CliRun run = CliRun.of("reindex", "--data", dir.resolve("nothing").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no index in");
  }

  private long pairCount(String field, String pair) throws IOException {
    try (Directory directory = FSDirectory.open(DataDir.of(data).index());
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(field, pair)));
    }
  }
}
