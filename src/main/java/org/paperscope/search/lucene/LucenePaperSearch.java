package org.paperscope.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.paperscope.data.DataDir;
import org.paperscope.embed.Embedder;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.embed.SharedEmbedders;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.index.lucene.LiveDocs;
import org.paperscope.index.lucene.PaperIndex;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfTextCache;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.PaperPart;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryFields;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QueryNode;
import org.paperscope.search.QueryParser;
import org.paperscope.search.QuerySyntax;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchMode;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SimilarPapers;
import org.paperscope.search.SortOrder;

/**
 * Answers searches over one committed snapshot of the index: exact totals, facets over the whole
 * match set, sorting, paging and snippets.
 *
 * <p>Thread-safe: one instance serves concurrent searches. Close it to release the index files.
 */
public final class LucenePaperSearch implements PaperSearch {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final CompoundWords compounds;

  /**
   * Built on first use: its ordinal tables and in-memory facet values cost work at opening that
   * commands which never count facets (show, export) should not pay.
   */
  private FacetReaderState facets;

  /** Loads the facet state's in-memory values; starts its thread only when first used. */
  private final ExecutorService facetLoader = FacetReaderState.newLoader();

  private final QueryLimits limits;
  private final HitSnippets snippets;
  private final SpellingSuggestion spelling = new SpellingSuggestion();

  /** {@link #countHaving} per index field: fixed for this snapshot of the index. */
  private final Map<String, Integer> having = new ConcurrentHashMap<>();

  private final ExecutorService slices;
  private final RecentTexts texts;
  private final MeaningSearch meaning;
  private final SimilarPaperSearch similar;

  private LucenePaperSearch(
      Directory directory,
      DirectoryReader reader,
      QueryLimits limits,
      PdfTextCache texts,
      Function<EmbeddingModel, Embedder> embedders)
      throws IOException {
    this.directory = directory;
    this.texts = new RecentTexts(texts);
    this.snippets = new HitSnippets(this.texts);
    this.reader = reader;
    // One query searches its index slices on all cores; the threads are daemons, so a CLI that
    // forgets to close still exits.
    this.slices =
        Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
            runnable -> {
              Thread thread = new Thread(runnable, "paperscope-search");
              thread.setDaemon(true);
              return thread;
            });
    this.searcher = new IndexSearcher(reader, slices);
    this.searcher.setSimilarity(PaperIndex.similarity());
    this.compounds = new CompoundWords(searcher);
    this.limits = limits;
    this.meaning = new MeaningSearch(searcher, new QueryVectors(reader, embedders));
    this.similar =
        new SimilarPaperSearch(
            searcher,
            meaning,
            doc -> StoredPaper.load(searcher.storedFields(), doc),
            () -> CorpusWords.of(directory.toString(), reader));
  }

  /**
   * Opens the last commit of the index under a data directory.
   *
   * @throws IOException when there is no index there yet (message says to ingest first)
   */
  public static LucenePaperSearch open(Path dataDir, QueryLimits limits) throws IOException {
    Path cache = DataDir.of(dataDir).cache();
    return open(
        dataDir,
        limits,
        model -> SharedEmbedders.get(model, EmbeddingEnrichment.nativeCache(cache)));
  }

  /** Like {@link #open(Path, QueryLimits)}, with a given source of query embedders (tests). */
  static LucenePaperSearch open(
      Path dataDir, QueryLimits limits, Function<EmbeddingModel, Embedder> embedders)
      throws IOException {
    Path indexDir = DataDir.of(dataDir).index();
    if (!Files.isDirectory(indexDir)) {
      throw new IOException("no index in " + dataDir + "; run 'paperscope ingest' first");
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index in " + dataDir + "; run 'paperscope ingest' first");
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      try {
        PaperIndex.checkSchema(dataDir, reader.getIndexCommit().getUserData());
        return new LucenePaperSearch(
            directory, reader, limits, new PdfTextCache(DataDir.of(dataDir).text()), embedders);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Turns Lucene's query cache on (the default) or off. The cache keeps the matches of queries that
   * are asked often, so a benchmark that repeats a fixed mix measures it unless it is off. Call
   * before searching.
   */
  public void useQueryCache(boolean enabled) {
    searcher.setQueryCache(enabled ? IndexSearcher.getDefaultQueryCache() : null);
  }

  /**
   * Waits until the facet values of every segment are loaded in memory (they load in the background
   * after opening; searches before that are exact too, only slower on large match sets).
   */
  public void awaitFacets() throws IOException {
    facets().awaitSegments();
  }

  /** Heap bytes held for facet counting (in-memory facet values and ordinal tables). */
  public long facetMemoryBytes() throws IOException {
    return facets().memoryBytes();
  }

  /** Number of papers in the index. */
  @Override
  public int paperCount() {
    return reader.numDocs();
  }

  /**
   * Runs a search. A query that names one paper by id, arXiv id or URL, OpenReview link or DOI
   * answers that paper alone ({@link SearchResult#paperId}); a query of plain words that no paper
   * has all of answers the papers with any of them, with a note; a query that finds little comes
   * with a spelling suggestion when the index knows a likelier word.
   *
   * @throws QuerySyntaxException when the query or a filter is malformed or over a limit
   */
  @Override
  public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
    SearchMode mode = meaning.resolve(request.mode());
    try {
      return request.syntax() == QuerySyntax.PLAIN_TEXT
          ? searchText(request, mode)
          : searchWithinLimits(request, mode);
    } catch (IndexSearcher.TooManyClauses e) {
      // The named limits keep queries under MAX_CLAUSES; this is the net under them.
      throw new QuerySyntaxException(
          "query expands to more than " + MAX_CLAUSES + " index terms; use fewer words", 0);
    }
  }

  /**
   * Most leaf queries one search may have after translation: every clause the {@link
   * QueryLimits#DEFAULTS} allow (256) fans out to at most six fields (a phrase in five text fields
   * and the author names), plus the title boosts. Lucene's own limit (1,024) is process-wide, set
   * to this once.
   */
  private static final int MAX_CLAUSES = 4096;

  static {
    if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
      IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }
  }

  private SearchResult searchWithinLimits(SearchRequest request, SearchMode mode)
      throws QuerySyntaxException, IOException {
    QueryParser.ParsedQuery parsed = QueryParser.parseWithNotes(request.query(), limits);
    List<SearchResult.Note> notes = new ArrayList<>();
    parsed.notes().forEach(n -> notes.add(new SearchResult.Note("field", n)));
    QueryNode root = parsed.root();
    Optional<String> paperId = IdLookup.find(request.query(), searcher);
    if (paperId.isPresent()) {
      root = new QueryNode.Term(QueryFields.ID, paperId.get(), 0);
    }
    QueryTranslator translator = new QueryTranslator(reader, limits, false, compounds);
    FilterGroups filters = FilterGroups.of(request.filters(), limits, translator);
    boolean byMeaning =
        mode == SearchMode.SEMANTIC
            || (mode == SearchMode.HYBRID && request.sort() == SortOrder.RELEVANCE);
    Optional<MeaningSearch.QueryVector> vector =
        !byMeaning || paperId.isPresent()
            ? Optional.empty()
            : meaning.embed(SemanticText.of(request.query(), root));
    if (mode == SearchMode.SEMANTIC && vector.isPresent()) {
      Query restriction = filters.apply(translator.translate(SemanticText.restriction(root)));
      Query nearest =
          MeaningSearch.nearest(vector.get().values(), SearchMode.SEMANTIC_DEPTH, restriction);
      SearchResult result = run(request, root, nearest, filters, Optional.empty());
      notes.addAll(SearchNotes.emptyFields(root, this::countHaving));
      return withNotes(result, notes, null, null).withMode(SearchMode.SEMANTIC);
    }
    Query main = translator.translateRanked(root);
    SearchResult result = run(request, root, main, filters, vector);
    String suggestion = null;
    if (result.total() < POOR_RESULTS && paperId.isEmpty()) {
      suggestion = suggestion(request, root, filters, result.total());
    }
    if (result.total() == 0 && paperId.isEmpty() && IdLookup.looksLikeId(request.query())) {
      notes.add(SearchNotes.noSuchId());
    } else if (result.total() == 0 && paperId.isEmpty() && SearchNotes.isPlainWords(root)) {
      Query anyWord = new QueryTranslator(reader, limits, true).translateRanked(root);
      SearchResult relaxed = run(request, root, anyWord, filters, vector);
      if (relaxed.total() > 0) {
        notes.add(SearchNotes.relaxed());
        result = relaxed;
      }
    }
    notes.addAll(SearchNotes.emptyFields(root, this::countHaving));
    return withNotes(result, notes, suggestion, paperId.orElse(null))
        .withMode(vector.isPresent() ? SearchMode.HYBRID : SearchMode.KEYWORD);
  }

  private static SearchResult withNotes(
      SearchResult result, List<SearchResult.Note> notes, String suggestion, String paperId) {
    return new SearchResult(
        result.total(), result.hits(), result.facets(), notes, suggestion, paperId, result.mode());
  }

  /** Hits loaded per round while {@link #forEachMatch} walks a match set. */
  private static final int MATCH_BATCH = 10_000;

  /**
   * Passes every paper the request's search matches to the consumer, in the request's order, from
   * {@code offset} on; {@code limit} and the facet settings are ignored. The match set is the one
   * {@link #search} counts (a query naming one paper matches it alone; plain words no paper has all
   * of match papers with any). Pages through the set with search-after, so memory stays flat
   * however many papers match. Returns how many papers were passed.
   *
   * @throws QuerySyntaxException when the query or a filter is malformed or over a limit
   */
  @Override
  public long forEachMatch(SearchRequest request, Consumer<Paper> consumer)
      throws QuerySyntaxException, IOException {
    return forEachMatch(request, consumer, MATCH_BATCH);
  }

  /** {@link #forEachMatch} loading {@code batch} hits per round (tests page with small ones). */
  long forEachMatch(SearchRequest request, Consumer<Paper> consumer, int batch)
      throws QuerySyntaxException, IOException {
    Query query;
    try {
      query = matchQuery(request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(
          "query expands to more than " + MAX_CLAUSES + " index terms; use fewer words", 0);
    }
    Sort sort = sort(request.sort());
    StoredFields stored = searcher.storedFields();
    long skip = request.offset();
    long passed = 0;
    FieldDoc after = null;
    while (true) {
      TopDocs page =
          after == null
              ? searcher.search(query, batch, sort, true)
              : searcher.searchAfter(after, query, batch, sort, true);
      for (ScoreDoc doc : page.scoreDocs) {
        if (skip > 0) {
          skip--;
        } else {
          consumer.accept(load(stored, doc.doc));
          passed++;
        }
      }
      if (page.scoreDocs.length < batch) {
        return passed;
      }
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
  }

  /** The query and filters of a request as {@link #searchWithinLimits} matches them, unranked. */
  private Query matchQuery(SearchRequest request) throws QuerySyntaxException, IOException {
    QueryNode root = QueryParser.parseWithNotes(request.query(), limits).root();
    Optional<String> paperId = IdLookup.find(request.query(), searcher);
    if (paperId.isPresent()) {
      root = new QueryNode.Term(QueryFields.ID, paperId.get(), 0);
    }
    QueryTranslator translator = new QueryTranslator(reader, limits, false, compounds);
    FilterGroups filters = FilterGroups.of(request.filters(), limits, translator);
    Query query = filters.apply(translator.translateRanked(root));
    boolean relax =
        paperId.isEmpty()
            && !IdLookup.looksLikeId(request.query())
            && SearchNotes.isPlainWords(root)
            && searcher.count(query) == 0;
    if (relax) {
      query = filters.apply(new QueryTranslator(reader, limits, true).translateRanked(root));
    }
    return query;
  }

  /** Fewer results than this are poor enough to look for a spelling correction. */
  private static final int POOR_RESULTS = 5;

  /**
   * Runs one translated query: its page of hits, exact total and facets (notes come later). With a
   * query vector and relevance order, the page is ranked by fusing words and meaning ({@link
   * MeaningSearch#fusedTop}); the match set, total and facets stay those of the query.
   */
  private SearchResult run(
      SearchRequest request,
      QueryNode root,
      Query main,
      FilterGroups filters,
      Optional<MeaningSearch.QueryVector> vector)
      throws IOException {
    Query query = filters.apply(main);
    int want = request.offset() + request.limit();
    // Two passes: the page is ranked by a collector that may skip documents that cannot make the
    // page (block-max WAND); the exact total and the facets come from one pass that matches every
    // document without scoring it. Together they cost less than scoring the whole match set.
    ScoreDoc[] docs =
        vector.isPresent() && request.sort() == SortOrder.RELEVANCE
            ? meaning.fusedTop(query, vector.get(), Math.max(1, want), TitleBoost.named(root))
            : searcher.search(query, Math.max(1, want), sort(request.sort()), true).scoreDocs;
    FacetCounts.Summary facetCounts =
        FacetCounts.ofSearch(
            facets(),
            searcher,
            main,
            filters,
            d -> request.facetLimit(FacetDimension.named(d).orElseThrow()));
    HighlightTerms terms = HighlightTerms.of(root, compounds);
    HighlightTerms refTerms = HighlightTerms.ofReferences(root);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = request.offset(); i < Math.min(want, docs.length); i++) {
      StoredPaper found = StoredPaper.load(searcher.storedFields(), docs[i].doc);
      Paper paper = found.paper();
      hits.add(
          new SearchResult.Hit(
              paper,
              docs[i].score,
              snippets.of(paper, terms, refTerms),
              found.autoTldr(),
              found.summaries()));
    }
    return new SearchResult(facetCounts.total(), hits, facetCounts.top());
  }

  private String suggestion(SearchRequest request, QueryNode root, FilterGroups filters, long total)
      throws IOException {
    Optional<String> corrected = spelling.suggest(request.query(), root, reader);
    if (corrected.isEmpty()) {
      return null;
    }
    try {
      QueryNode correctedRoot = QueryParser.parse(corrected.get(), limits);
      Query query =
          filters.apply(
              new QueryTranslator(reader, limits, false, compounds).translate(correctedRoot));
      return searcher.count(query) > total ? corrected.get() : null;
    } catch (QuerySyntaxException e) {
      return null; // a correction that breaks the syntax is no suggestion
    }
  }

  /**
   * {@link SearchMode#TEXT}: ranks papers for natural-language text (a claim, a question) with
   * any-word semantics: query syntax in the text is ignored, every word counts, the filters apply;
   * ties by id; no facets, snippets or notes.
   */
  private SearchResult searchText(SearchRequest request, SearchMode mode)
      throws QuerySyntaxException, IOException {
    List<QueryNode> words = new ArrayList<>();
    for (String word : request.query().split("[\\s\"()*:]+")) {
      String bare = word.replaceAll("^[-+]+", "");
      if (!bare.isEmpty() && words.size() < limits.maxClauses()) {
        words.add(new QueryNode.Term(null, bare, 0));
      }
    }
    QueryTranslator translator = new QueryTranslator(reader, limits, true);
    FilterGroups filters = FilterGroups.of(request.filters(), limits, translator);
    Query query = filters.apply(translator.translate(new QueryNode.And(words)));
    int want = Math.max(1, request.offset() + request.limit());
    Optional<MeaningSearch.QueryVector> vector =
        mode == SearchMode.KEYWORD ? Optional.empty() : meaning.embed(request.query());
    if (vector.isPresent() && mode == SearchMode.SEMANTIC) {
      query =
          MeaningSearch.nearest(
              vector.get().values(), want, filters.apply(new MatchAllDocsQuery()));
    }
    ScoreDoc[] docs =
        vector.isPresent() && mode == SearchMode.HYBRID && request.sort() == SortOrder.RELEVANCE
            ? meaning.fusedTop(query, vector.get(), want, Optional.empty())
            : searcher.search(query, want, sort(request.sort()), true).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = request.offset(); i < Math.min(want, docs.length); i++) {
      StoredPaper found = StoredPaper.load(stored, docs[i].doc);
      hits.add(
          new SearchResult.Hit(
              found.paper(), docs[i].score, List.of(), found.autoTldr(), found.summaries()));
    }
    SearchMode ran = vector.isPresent() ? mode : SearchMode.KEYWORD;
    return new SearchResult(searcher.count(query), hits, Map.of(), List.of(), null, null, ran);
  }

  @Override
  public Optional<SimilarPapers> similar(String id, int limit) throws IOException {
    return similar.similar(id, limit);
  }

  /** The paper with this id, if indexed. */
  @Override
  public Optional<Paper> paper(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(PaperSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(load(searcher.storedFields(), top.scoreDocs[0].doc));
  }

  @Override
  public Optional<String> autoTldr(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(PaperSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        StoredPaper.load(searcher.storedFields(), top.scoreDocs[0].doc).autoTldr());
  }

  @Override
  public List<String> autoTags(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(PaperSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    return StoredPaper.load(searcher.storedFields(), top.scoreDocs[0].doc).autoTags();
  }

  /** Every value of a facet dimension with its count over all papers, by count then value. */
  @Override
  public Map<String, Long> facet(FacetDimension dimension) throws IOException {
    return FacetCounts.countAll(facets(), searcher, dimension.key());
  }

  @Override
  public int countHaving(PaperPart part) throws IOException {
    return countHaving(field(part));
  }

  @Override
  public boolean has(String id, PaperPart part) throws IOException {
    Query both =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(PaperSchema.ID, id)), BooleanClause.Occur.FILTER)
            .add(new FieldExistsQuery(field(part)), BooleanClause.Occur.FILTER)
            .build();
    return searcher.count(both) > 0;
  }

  private static String field(PaperPart part) {
    return switch (part) {
      case ABSTRACT -> PaperSchema.ABSTRACT;
      case TLDR -> PaperSchema.TLDR;
      case FULL_TEXT -> PaperSchema.TEXT;
      case REFERENCES -> PaperSchema.REFS;
      case EMBEDDING -> PaperSchema.VECTOR;
      case AUTO_TLDR -> PaperSchema.AUTO_TLDR;
      case SUMMARY -> PaperSchema.SUMMARY;
    };
  }

  /** Number of papers that have a value in the given index field ({@link PaperSchema}). */
  int countHaving(String indexField) throws IOException {
    Integer known = having.get(indexField);
    if (known == null) {
      known = searcher.count(new FieldExistsQuery(indexField));
      having.put(indexField, known);
    }
    return known;
  }

  /** Passes every paper to the consumer, in index order. */
  @Override
  public void forEachPaper(Consumer<Paper> consumer) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      LiveDocs.forEach(
          leaf.reader(),
          doc -> consumer.accept(PaperJson.fromJson(stored.document(doc).get(PaperSchema.SOURCE))));
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (facets != null) {
      facets.close();
    }
    facetLoader.shutdown();
    slices.shutdown();
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  private synchronized FacetReaderState facets() throws IOException {
    if (facets == null) {
      facets = FacetReaderState.open(reader, facetLoader);
    }
    return facets;
  }

  private Query translate(QueryNode root, boolean anyWord) throws QuerySyntaxException {
    return new QueryTranslator(reader, limits, anyWord).translate(root);
  }

  /**
   * The extracted full text of a paper's PDF (body, references, pages, sections), when its PDF was
   * ingested and the text cache still holds it.
   */
  @Override
  public Optional<PdfDocument> fullText(Paper paper) {
    return paper.pdf() == null ? Optional.empty() : texts.get(paper.pdf().sha256());
  }

  /** The first-page thumbnail (PNG) of a paper's PDF, when there is one. */
  @Override
  public Optional<byte[]> thumbnail(Paper paper) {
    return paper.pdf() == null ? Optional.empty() : texts.cache().thumbnail(paper.pdf().sha256());
  }

  private static Paper load(StoredFields stored, int doc) throws IOException {
    Document document = stored.document(doc);
    return PaperJson.fromJson(document.get(PaperSchema.SOURCE));
  }

  private static Sort sort(SortOrder order) {
    SortField byId = new SortField(PaperSchema.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case YEAR -> new Sort(yearField(), SortField.FIELD_SCORE, byId);
      case RATING -> new Sort(ratingField(), SortField.FIELD_SCORE, byId);
    };
  }

  private static SortField yearField() {
    SortField year = new SortField(PaperSchema.YEAR, SortField.Type.INT, true);
    year.setMissingValue(Integer.MIN_VALUE);
    return year;
  }

  private static SortField ratingField() {
    SortField rating = new SortField(PaperSchema.RATING, SortField.Type.DOUBLE, true);
    rating.setMissingValue(Double.NEGATIVE_INFINITY);
    return rating;
  }
}
