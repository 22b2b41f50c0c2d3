package org.paperscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperSchema;

/**
 * How much the HNSW graph of the paper vectors misses, and how fast it is: for papers drawn with a
 * fixed seed, their own vector as the query, the overlap of the graph's top {@code k} with the
 * exact top {@code k} (every vector's dot product), averaged: recall@k; with the median and 99th
 * percentile time of a graph search. Either over the data directory's own index ({@link
 * Format#INDEX}) or over a vector-only copy of its vectors written in a given vector format
 * (float32 or scalar-quantized), built the same way for every format so their figures compare.
 */
public final class HnswRecall {
  /** Where the graph searched comes from. */
  public enum Format {
    /** The data directory's index as PaperScope wrote it. */
    INDEX(null),
    /** A copy, float32 vectors (Lucene's default HNSW format, what PaperScope writes). */
    FLOAT32(null),
    /** A copy, vectors quantized to 8 bits per dimension, the floats kept for rescoring. */
    INT8(ScalarEncoding.UNSIGNED_BYTE),
    /** A copy, 7 bits per dimension. */
    INT7(ScalarEncoding.SEVEN_BIT),
    /** A copy, 4 bits per dimension. */
    INT4(ScalarEncoding.PACKED_NIBBLE);

    private final ScalarEncoding encoding;

    Format(ScalarEncoding encoding) {
      this.encoding = encoding;
    }

    KnnVectorsFormat vectorsFormat() {
      return encoding == null
          ? new Lucene99HnswVectorsFormat()
          : new Lucene104HnswScalarQuantizedVectorsFormat(encoding, 16, 100);
    }
  }

  /**
   * The result.
   *
   * @param vectors vectors searched
   * @param vectorBytes bytes of the vector files (graph, vectors, quantized vectors)
   * @param buildSeconds time to write the copy; 0 for {@link Format#INDEX}
   */
  public record Result(
      Format format,
      int vectors,
      int queries,
      int k,
      double recall,
      double p50Millis,
      double p99Millis,
      double exactMillis,
      long vectorBytes,
      double buildSeconds) {}

  private HnswRecall() {}

  /**
   * Measures over the index of a data directory, or over a copy of its vectors in {@code format}
   * written to a temporary directory beside it (deleted afterwards).
   *
   * @throws IOException when the index cannot be read or has no vectors
   */
  public static Result measure(Path dataDir, Format format, int queries, int k, long seed)
      throws IOException {
    List<float[]> vectors = new ArrayList<>();
    List<Integer> docs = new ArrayList<>();
    try (Directory directory = FSDirectory.open(DataDir.of(dataDir).index());
        DirectoryReader reader = DirectoryReader.open(directory)) {
      collect(reader, vectors, docs);
      if (vectors.isEmpty()) {
        throw new IOException("no paper in " + dataDir + " has a vector; run 'paperscope enrich'");
      }
      if (format == Format.INDEX) {
        return search(
            format,
            reader,
            vectors,
            docs,
            queries,
            k,
            seed,
            vectorBytes(DataDir.of(dataDir).index()),
            0);
      }
    }
    Path copy = Files.createTempDirectory(dataDir.toAbsolutePath().getParent(), "hnsw-" + format);
    try {
      long start = System.nanoTime();
      write(copy, vectors, format);
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      List<Integer> positions = new ArrayList<>(vectors.size());
      for (int i = 0; i < vectors.size(); i++) {
        positions.add(i);
      }
      try (Directory directory = FSDirectory.open(copy);
          DirectoryReader reader = DirectoryReader.open(directory)) {
        return search(
            format, reader, vectors, positions, queries, k, seed, vectorBytes(copy), buildSeconds);
      }
    } finally {
      try (Stream<Path> files = Files.walk(copy)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** Writes each vector as a document with its position as doc value {@code i}. */
  private static void write(Path dir, List<float[]> vectors, Format format) throws IOException {
    KnnVectorsFormat vectorsFormat = format.vectorsFormat();
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0);
    IndexWriterConfig config =
        new IndexWriterConfig()
            .setCodec(
                new Lucene104Codec() {
                  @Override
                  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return vectorsFormat;
                  }
                })
            .setUseCompoundFile(false)
            .setMergePolicy(merges)
            .setRAMBufferSizeMB(256);
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < vectors.size(); i++) {
        Document doc = new Document();
        doc.add(
            new KnnFloatVectorField(
                PaperSchema.VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new NumericDocValuesField(POSITION, i));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  private static final String POSITION = "i";

  private static Result search(
      Format format,
      DirectoryReader reader,
      List<float[]> vectors,
      List<Integer> ids,
      int queries,
      int k,
      long seed,
      long vectorBytes,
      double buildSeconds)
      throws IOException {
    boolean copy = format != Format.INDEX;
    IndexSearcher searcher = new IndexSearcher(reader);
    // The same searches once untimed first, so the JIT has compiled the graph search.
    Random warm = new Random(seed);
    for (int q = 0; q < queries; q++) {
      float[] query = vectors.get(warm.nextInt(vectors.size()));
      searcher.search(new KnnFloatVectorQuery(PaperSchema.VECTOR, query, k), k);
    }
    Random random = new Random(seed);
    double recall = 0;
    double[] hnswMillis = new double[queries];
    long exactNanos = 0;
    for (int q = 0; q < queries; q++) {
      float[] query = vectors.get(random.nextInt(vectors.size()));
      long start = System.nanoTime();
      Set<Integer> exact = exactTop(query, vectors, ids, k);
      exactNanos += System.nanoTime() - start;
      start = System.nanoTime();
      ScoreDoc[] approximate =
          searcher.search(new KnnFloatVectorQuery(PaperSchema.VECTOR, query, k), k).scoreDocs;
      hnswMillis[q] = (System.nanoTime() - start) / 1e6;
      int found = 0;
      for (ScoreDoc doc : approximate) {
        found += exact.contains(copy ? position(reader, doc.doc) : doc.doc) ? 1 : 0;
      }
      recall += (double) found / k;
    }
    return new Result(
        format,
        vectors.size(),
        queries,
        k,
        recall / queries,
        Percentiles.of(hnswMillis, 50),
        Percentiles.of(hnswMillis, 99),
        exactNanos / 1e6 / queries,
        vectorBytes,
        buildSeconds);
  }

  private static int position(DirectoryReader reader, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues values = leaf.reader().getNumericDocValues(POSITION);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      throw new IOException("document " + doc + " of the copy has no position");
    }
    return (int) values.longValue();
  }

  /** Bytes of the files that hold vectors and graphs (Lucene's .vec, .vex, .veq, .vem… files). */
  private static long vectorBytes(Path index) throws IOException {
    long bytes = 0;
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && name.substring(dot + 1).startsWith("ve")) {
          bytes += Files.size(file);
        }
      }
    }
    return bytes;
  }

  private static void collect(DirectoryReader reader, List<float[]> vectors, List<Integer> docs)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(PaperSchema.VECTOR);
      if (values == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator iterator = values.iterator();
      for (int doc = iterator.nextDoc();
          doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS;
          doc = iterator.nextDoc()) {
        if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
          vectors.add(values.vectorValue(iterator.index()).clone());
          docs.add(leaf.docBase + doc);
        }
      }
    }
  }

  /** The documents of the k largest dot products (ties by document order). */
  private static Set<Integer> exactTop(
      float[] query, List<float[]> vectors, List<Integer> docs, int k) {
    int[] best = new int[k];
    float[] scores = new float[k];
    java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < vectors.size(); i++) {
      float score = dot(query, vectors.get(i));
      if (score > scores[k - 1]) {
        int at = k - 1;
        while (at > 0 && scores[at - 1] < score) {
          scores[at] = scores[at - 1];
          best[at] = best[at - 1];
          at--;
        }
        scores[at] = score;
        best[at] = i;
      }
    }
    Set<Integer> top = new HashSet<>();
    for (int i = 0; i < k && scores[i] != Float.NEGATIVE_INFINITY; i++) {
      top.add(docs.get(best[i]));
    }
    return top;
  }

  private static float dot(float[] a, float[] b) {
    return VectorUtil.dotProduct(a, b);
  }
}
