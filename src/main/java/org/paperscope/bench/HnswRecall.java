package org.paperscope.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperSchema;

/**
 * How much the HNSW graph of the paper vectors misses: for papers drawn with a fixed seed, their
 * own vector as the query, the overlap of the graph's top {@code k} with the exact top {@code k}
 * (every vector's dot product), averaged: recall@k.
 */
public final class HnswRecall {
  /** The result: queries asked, k, mean recall, and the mean milliseconds of each search. */
  public record Result(int queries, int k, double recall, double hnswMillis, double exactMillis) {}

  private HnswRecall() {}

  /**
   * Measures over the index of a data directory.
   *
   * @throws IOException when the index cannot be read or has no vectors
   */
  public static Result measure(Path dataDir, int queries, int k, long seed) throws IOException {
    try (Directory directory = FSDirectory.open(DataDir.of(dataDir).index());
        DirectoryReader reader = DirectoryReader.open(directory)) {
      List<float[]> vectors = new ArrayList<>();
      List<Integer> docs = new ArrayList<>();
      collect(reader, vectors, docs);
      if (vectors.isEmpty()) {
        throw new IOException("no paper in " + dataDir + " has a vector; run 'paperscope enrich'");
      }
      IndexSearcher searcher = new IndexSearcher(reader);
      Random random = new Random(seed);
      double recall = 0;
      long hnswNanos = 0;
      long exactNanos = 0;
      for (int q = 0; q < queries; q++) {
        float[] query = vectors.get(random.nextInt(vectors.size()));
        long start = System.nanoTime();
        Set<Integer> exact = exactTop(query, vectors, docs, k);
        exactNanos += System.nanoTime() - start;
        start = System.nanoTime();
        ScoreDoc[] approximate =
            searcher.search(new KnnFloatVectorQuery(PaperSchema.VECTOR, query, k), k).scoreDocs;
        hnswNanos += System.nanoTime() - start;
        int found = 0;
        for (ScoreDoc doc : approximate) {
          found += exact.contains(doc.doc) ? 1 : 0;
        }
        recall += (double) found / k;
      }
      return new Result(
          queries, k, recall / queries, hnswNanos / 1e6 / queries, exactNanos / 1e6 / queries);
    }
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
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
