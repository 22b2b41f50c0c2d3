package org.paperscope.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Anserini's BM25 "flat" BEIR baseline ({@code -collection BeirFlatCollection -bm25 -removeQuery}),
 * rebuilt on Lucene: title and text in one field, Lucene's {@link EnglishAnalyzer} (Anserini's
 * default analyzer is the same chain: standard tokenizer, possessives, lowercase, English
 * stopwords, Porter), BM25 with k1=0.9 and b=0.4, bag-of-words queries, score ties broken by
 * document id.
 *
 * <p>The index lives in memory. Built once, then thread-safe for {@link #retrieve}; close it to
 * free the index.
 */
public final class AnseriniFlatRetriever implements BeirRetriever {
  static final String CONTENTS = "contents";
  static final String ID = "id";

  /** Anserini's BEIR defaults ({@code -bm25.k1 0.9 -bm25.b 0.4}). */
  private static final float K1 = 0.9f;

  private static final float B = 0.4f;

  /** Anserini's {@code BREAK_SCORE_TIES_BY_DOCID}: score descending, then id ascending. */
  private static final Sort SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.STRING));

  private final Analyzer analyzer;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private AnseriniFlatRetriever(Analyzer analyzer, Directory directory) throws IOException {
    this.analyzer = analyzer;
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(K1, B));
  }

  /**
   * Indexes a BEIR {@code corpus.jsonl} in memory.
   *
   * @throws MalformedLineException on a bad corpus line
   * @throws IOException when the corpus cannot be read
   */
  public static AnseriniFlatRetriever index(Path corpusFile) throws IOException {
    Analyzer analyzer = new EnglishAnalyzer();
    Directory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(K1, B));
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      BeirFiles.readCorpus(corpusFile, doc -> add(writer, doc));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new AnseriniFlatRetriever(analyzer, directory);
  }

  /** Number of indexed documents. */
  public int documentCount() {
    return reader.numDocs();
  }

  /**
   * Returns the top {@code depth} documents per query with the scores trec_eval would read from
   * Anserini's run file (see {@link AnseriniScoreTies}). Hits whose id equals the query id are
   * kept; {@link BeirEvaluation} removes them.
   */
  @Override
  public Run retrieve(Map<String, String> queries, int depth) throws IOException {
    List<String> ids = List.copyOf(queries.keySet());
    List<List<Run.Hit>> ranked;
    try {
      // Queries are independent; the common pool spreads them over the available cores.
      ranked = ids.parallelStream().map(id -> adjustedUnchecked(queries.get(id), depth)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Map<String, List<Run.Hit>> hits = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      hits.put(ids.get(i), ranked.get(i));
    }
    return new Run(hits);
  }

  private List<Run.Hit> adjustedUnchecked(String text, int depth) {
    try {
      return AnseriniScoreTies.adjust(search(text, depth));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The top {@code depth} hits for {@code text} with raw Lucene scores, in search order. */
  List<Run.Hit> search(String text, int depth) throws IOException {
    ScoreDoc[] top = searcher.search(query(text), depth, SCORE_THEN_ID, true).scoreDocs;
    List<Run.Hit> hits = new ArrayList<>(top.length);
    for (ScoreDoc scoreDoc : top) {
      // The second sort value is the id itself, so no stored-field lookup is needed.
      BytesRef id = (BytesRef) ((FieldDoc) scoreDoc).fields[1];
      hits.add(new Run.Hit(id.utf8ToString(), scoreDoc.score));
    }
    return hits;
  }

  /**
   * Anserini's {@code BagOfWordsQueryGenerator}: one SHOULD term clause per distinct analysed
   * token, boosted by the token's count in the query.
   */
  Query query(String text) throws IOException {
    Map<String, Long> counts =
        tokens(text).stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    counts.forEach(
        (term, count) ->
            builder.add(
                new BoostQuery(new TermQuery(new Term(CONTENTS, term)), count),
                BooleanClause.Occur.SHOULD));
    return builder.build();
  }

  /** Anserini's {@code BeirFlatCollection} joins title and text with a newline. */
  static String flatContents(BeirDocument doc) {
    return doc.title().isEmpty() ? doc.text() : doc.title() + "\n" + doc.text();
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }

  private List<String> tokens(String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(CONTENTS, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }

  private static void add(IndexWriter writer, BeirDocument doc) {
    Document lucene = new Document();
    lucene.add(new StringField(ID, doc.id(), Field.Store.NO));
    lucene.add(new SortedDocValuesField(ID, new BytesRef(doc.id())));
    lucene.add(new TextField(CONTENTS, flatContents(doc), Field.Store.NO));
    try {
      writer.addDocument(lucene);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
