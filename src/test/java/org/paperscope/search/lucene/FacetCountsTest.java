package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.index.lucene.PaperDocuments;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QueryParser;

/**
 * Facet counts over several segments with updated (deleted) documents, from doc values and from the
 * in-memory segment values, against a tally the test computes from the papers themselves.
 */
class FacetCountsTest {
  @TempDir static Path data;
  static Directory directory;
  static DirectoryReader reader;
  static IndexSearcher searcher;
  static ExecutorService loader;

  /** The current version of every paper, by id. */
  static final Map<String, Paper> PAPERS = new LinkedHashMap<>();

  @BeforeAll
  static void index() throws IOException {
    Random random = new Random(42);
    // Four batches, each flushed as its own segment (no merging); later batches rewrite some
    // earlier papers with other facet values, leaving deleted documents behind in older segments.
    IndexWriterConfig config = new IndexWriterConfig(PaperAnalyzers.perField());
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (Directory dir = FSDirectory.open(DataDir.of(data).index());
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (int batch = 0; batch < 4; batch++) {
        for (int i = 0; i < 120; i++) {
          boolean update = batch > 0 && i % 3 == 0;
          String id = update ? "p" + random.nextInt(120 * batch) : "p" + (batch * 120 + i);
          Paper paper = randomPaper(id, batch, random);
          writer.updateDocument(new Term(PaperSchema.ID, id), PaperDocuments.toDocument(paper, id));
          PAPERS.put(id, paper);
        }
        writer.commit();
      }
    }
    directory = FSDirectory.open(DataDir.of(data).index());
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    loader = FacetReaderState.newLoader();
  }

  @AfterAll
  static void close() throws IOException {
    loader.shutdown();
    reader.close();
    directory.close();
  }

  /** Value pools shift with the batch, so segments hold different values (and ordinals). */
  static Paper randomPaper(String id, int batch, Random random) {
    Set<String> authors = new LinkedHashSet<>();
    for (int i = random.nextInt(5) + 1; i > 0; i--) {
      authors.add("Author " + (batch * 9 + random.nextInt(40)));
    }
    Set<String> tags = new LinkedHashSet<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      tags.add("Topic " + (batch * 5 + random.nextInt(25)));
    }
    String[] decisions = {"Oral", "Poster", "Reject", null};
    return Paper.builder(id, "Paper " + id)
        .abstractText("About topic " + random.nextInt(10))
        .authors(List.copyOf(authors))
        .keywords(List.copyOf(tags))
        .venue(
            new String[] {"ICLR", "NeurIPS", "ICML", "AAAI"}
                [random.nextInt(2 + Math.min(batch, 2))])
        .year(2015 + batch + random.nextInt(5))
        .decision(decisions[random.nextInt(decisions.length)])
        .build();
  }

  @Test
  void indexHasSeveralSegmentsAndDeletions() {
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    assertThat(reader.numDeletedDocs()).isPositive();
    assertThat(reader.numDocs()).isEqualTo(PAPERS.size());
  }

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("venue:ICLR", (Predicate<Paper>) p -> p.venue().equals("ICLR")),
        Arguments.of(
            "year:2016..2019", (Predicate<Paper>) p -> p.year() >= 2016 && p.year() <= 2019),
        Arguments.of(
            "author:\"Author 7\"", (Predicate<Paper>) p -> p.authors().contains("Author 7")),
        Arguments.of(
            "decision:oral OR tag:\"topic 3\"",
            (Predicate<Paper>)
                p -> "Oral".equals(p.decision()) || p.keywords().contains("Topic 3")),
        Arguments.of("year:1990", (Predicate<Paper>) p -> false));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void countsEqualAnIndependentTallyFromDocValuesAndFromMemory(
      String text, Predicate<Paper> matches) throws Exception {
    Query query =
        new QueryTranslator(reader, QueryLimits.DEFAULTS, false)
            .translate(QueryParser.parse(text, QueryLimits.DEFAULTS));
    List<Paper> expected = PAPERS.values().stream().filter(matches).toList();
    for (boolean inMemory : new boolean[] {false, true}) {
      try (FacetReaderState state = state(inMemory)) {
        state.awaitSegments();
        FacetCounts tally = FacetCounts.count(state, searcher, query);
        assertThat(tally.total()).as("total, inMemory=%s", inMemory).isEqualTo(expected.size());
        Map<String, Map<String, Long>> all = tally.top(Integer.MAX_VALUE);
        Map<String, Map<String, Long>> top3 = tally.top(3);
        for (String dimension : FacetReaderState.DIMENSIONS) {
          Map<String, Long> want = ranked(tally(expected, dimension));
          assertThat(all.get(dimension))
              .as("%s, inMemory=%s", dimension, inMemory)
              .containsExactlyEntriesOf(want);
          Map<String, Long> wantTop3 = new LinkedHashMap<>();
          want.entrySet().stream().limit(3).forEach(e -> wantTop3.put(e.getKey(), e.getValue()));
          assertThat(top3.get(dimension))
              .as("top 3 %s, inMemory=%s", dimension, inMemory)
              .containsExactlyEntriesOf(wantTop3);
        }
        // Released count arrays are reused, zeroed: a second count over a broader set, then this
        // one again, gives the same figures.
        tally.close();
        FacetCounts.count(state, searcher, new MatchAllDocsQuery()).close();
        try (FacetCounts again = FacetCounts.count(state, searcher, query)) {
          assertThat(again.top(Integer.MAX_VALUE)).as("recounted").isEqualTo(all);
        }
        assertThat(state.arrays().lent()).as("arrays lent after close").isZero();
      }
    }
  }

  static FacetReaderState state(boolean inMemory) throws IOException {
    return inMemory
        ? FacetReaderState.open(reader, loader)
        : FacetReaderState.docValuesOnly(reader);
  }

  @Test
  void countAllCoversEveryPaper() throws Exception {
    try (FacetReaderState state = FacetReaderState.open(reader, loader)) {
      state.awaitSegments();
      assertThat(FacetCounts.countAll(state, searcher, PaperSchema.AUTHOR))
          .containsExactlyEntriesOf(
              ranked(tally(List.copyOf(PAPERS.values()), PaperSchema.AUTHOR)));
      assertThatThrownBy(() -> FacetCounts.countAll(state, searcher, "colour"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unknown facet 'colour'");
    }
  }

  @Test
  void inMemoryValuesCoverEverySegmentAndCountInTheStatesMemory() throws Exception {
    try (FacetReaderState state = FacetReaderState.open(reader, loader)) {
      state.awaitSegments();
      long segmentBytes = 0;
      for (var leaf : reader.leaves()) {
        SegmentFacets facets = state.segment(leaf);
        assertThat(facets).as("segment %s loaded", leaf.ord).isNotNull();
        assertThat(facets.starts).hasSize(leaf.reader().maxDoc() + 1);
        segmentBytes += facets.ramBytesUsed();
      }
      assertThat(segmentBytes).isPositive();
      assertThat(state.memoryBytes()).isGreaterThan(segmentBytes);
      try (FacetCounts all = FacetCounts.count(state, searcher, new MatchAllDocsQuery())) {
        assertThat(all.total()).isEqualTo(PAPERS.size());
      }
    }
  }

  @Test
  void stateClosedBeforeLoadingLoadsNothingAndStillCountsFromDocValues() throws Exception {
    List<Runnable> queued = new ArrayList<>();
    FacetReaderState state = FacetReaderState.open(reader, queued::add);
    state.close();
    queued.forEach(Runnable::run);
    state.awaitSegments();
    for (var leaf : reader.leaves()) {
      assertThat(state.segment(leaf)).as("segment %s", leaf.ord).isNull();
    }
    try (FacetCounts all = FacetCounts.count(state, searcher, new MatchAllDocsQuery())) {
      assertThat(all.total()).isEqualTo(PAPERS.size());
    }
  }

  @Test
  void failingCountReleasesItsArrays() throws Exception {
    ExecutorService slices = Executors.newFixedThreadPool(2);
    try (FacetReaderState state = FacetReaderState.open(reader, loader)) {
      state.awaitSegments();
      // One slice per segment, so the count borrows arrays for several collectors before the
      // third segment fails.
      IndexSearcher sliced =
          new IndexSearcher(reader, slices) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
              return slices(leaves, 1, 1, false);
            }
          };
      sliced.setQueryCache(null);
      assertThat(sliced.getSlices()).hasSizeGreaterThan(2);
      for (Query failing : List.of(new FailingQuery(2, false), new FailingQuery(-1, true))) {
        assertThatThrownBy(() -> FacetCounts.count(state, sliced, failing))
            .as("%s", failing)
            .hasMessageContaining("disk gone");
        assertThat(state.arrays().lent()).as("arrays lent after %s", failing).isZero();
      }
      try (FacetCounts all = FacetCounts.count(state, sliced, new MatchAllDocsQuery())) {
        assertThat(all.total()).isEqualTo(PAPERS.size());
        assertThat(all.top(Integer.MAX_VALUE).get(PaperSchema.VENUE))
            .as("released arrays come back zeroed")
            .containsExactlyEntriesOf(
                ranked(tally(List.copyOf(PAPERS.values()), PaperSchema.VENUE)));
      }
    } finally {
      slices.shutdown();
    }
  }

  @Test
  void filteredDimensionIsCountedSideways() throws Exception {
    QueryTranslator translator = new QueryTranslator(reader, QueryLimits.DEFAULTS, false);
    FilterGroups filters =
        FilterGroups.of(List.of("venue:ICLR", "year:2017"), QueryLimits.DEFAULTS, translator);
    Predicate<Paper> iclr = p -> p.venue().equals("ICLR");
    Predicate<Paper> in2017 = p -> p.year() == 2017;
    try (FacetReaderState state = FacetReaderState.open(reader, loader)) {
      FacetCounts.Summary summary =
          FacetCounts.ofSearch(
              state, searcher, new MatchAllDocsQuery(), filters, d -> Integer.MAX_VALUE);
      assertThat(summary.total()).isEqualTo(matching(iclr.and(in2017)).size());
      assertThat(summary.top().get(PaperSchema.VENUE))
          .as("venue counts ignore the venue filter")
          .containsExactlyEntriesOf(ranked(tally(matching(in2017), PaperSchema.VENUE)));
      assertThat(summary.top().get(PaperSchema.YEAR))
          .as("year counts ignore the year filter")
          .containsExactlyEntriesOf(ranked(tally(matching(iclr), PaperSchema.YEAR)));
      assertThat(summary.top().get(PaperSchema.AUTHOR))
          .as("other dimensions count the filtered set")
          .containsExactlyEntriesOf(ranked(tally(matching(iclr.and(in2017)), PaperSchema.AUTHOR)));
      assertThat(state.arrays().lent()).isZero();
    }
  }

  static List<Paper> matching(Predicate<Paper> predicate) {
    return PAPERS.values().stream().filter(predicate).toList();
  }

  /**
   * Matches every document but fails with "disk gone": on the segment {@code failingLeaf}, or
   * before any segment (when the query is rewritten) if {@code failOnRewrite}.
   */
  static final class FailingQuery extends Query {
    private final int failingLeaf;
    private final boolean failOnRewrite;

    FailingQuery(int failingLeaf, boolean failOnRewrite) {
      this.failingLeaf = failingLeaf;
      this.failOnRewrite = failOnRewrite;
    }

    @Override
    public Query rewrite(IndexSearcher indexSearcher) throws IOException {
      if (failOnRewrite) {
        throw new IOException("disk gone");
      }
      return this;
    }

    @Override
    public Weight createWeight(IndexSearcher indexSearcher, ScoreMode scoreMode, float boost)
        throws IOException {
      Weight all = new MatchAllDocsQuery().createWeight(indexSearcher, scoreMode, boost);
      return new FilterWeight(this, all) {
        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
          if (leaf.ord == failingLeaf) {
            throw new IOException("disk gone");
          }
          return super.scorerSupplier(leaf);
        }

        @Override
        public boolean isCacheable(LeafReaderContext leaf) {
          return false;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return failOnRewrite ? "failing on rewrite" : "failing on segment " + failingLeaf;
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other)
          && failingLeaf == ((FailingQuery) other).failingLeaf
          && failOnRewrite == ((FailingQuery) other).failOnRewrite;
    }

    @Override
    public int hashCode() {
      return 31 * (31 * classHash() + failingLeaf) + Boolean.hashCode(failOnRewrite);
    }
  }

  /** Value → number of matching papers that have it, as the index stores the value. */
  static Map<String, Long> tally(List<Paper> papers, String dimension) {
    Function<Paper, List<String>> values =
        switch (dimension) {
          case PaperSchema.VENUE -> p -> List.of(p.venue());
          case PaperSchema.YEAR -> p -> List.of(Integer.toString(p.year()));
          case PaperSchema.DECISION ->
              p -> p.decision() == null ? List.of() : List.of(p.decision());
          case PaperSchema.AUTHOR -> Paper::authors;
          case PaperSchema.TAG ->
              p -> p.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
          default -> throw new IllegalArgumentException(dimension);
        };
    Map<String, Long> counts = new HashMap<>();
    for (Paper paper : papers) {
      for (String value : new LinkedHashSet<>(values.apply(paper))) {
        counts.merge(value, 1L, Long::sum);
      }
    }
    return counts;
  }

  /** By count, then by value. */
  static Map<String, Long> ranked(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(new TreeMap<>(counts).entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
    Map<String, Long> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
