package org.paperscope.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.paperscope.search.WordVectors;

/**
 * kNN accuracy of keyword labels (González-Márquez &amp; Kobak 2024): each labelled paper is given
 * the majority label ({@link KnnNeighbours#vote}) of its {@code k} nearest papers in the other
 * folds, and accuracy is the share of papers given their own label, over all folds. Nearest by
 * TF-IDF cosine, by embedding cosine, by their sum {@code cos_emb + w · cos_tfidf} for each weight
 * of a grid, by the sum with {@code w} chosen by nested cross-validation, and by reciprocal rank
 * fusion of the two rankings. Stateless.
 */
final class LabelKnnEvaluation {
  private LabelKnnEvaluation() {}

  /**
   * The labelled papers, by index.
   *
   * @param labels each paper's label
   * @param embeddings each paper's unit-length embedding; not copied
   * @param tfidf each paper's TF-IDF vector
   * @param words each paper's {@link WordVectors} vector, idf over the whole index (as similar
   *     papers compute them)
   */
  record Corpus(
      List<String> labels, float[][] embeddings, TfIdfVectors tfidf, WordVectors.Vector[] words) {
    Corpus {
      labels = List.copyOf(labels);
    }
  }

  /**
   * How to cross-validate.
   *
   * @param k neighbours that vote
   * @param folds how many folds (at least 3: nested cross-validation needs two besides the own)
   * @param seed of the fold shuffle
   * @param weights the grid of TF-IDF weights {@code w}, ascending
   */
  record Settings(int k, int folds, long seed, List<Double> weights) {
    Settings {
      weights = List.copyOf(weights);
    }
  }

  /**
   * Every paper's neighbours under each similarity; sums by weight index, for TF-IDF and for the
   * words of similar papers.
   */
  private record Neighbourhoods(
      FoldNeighbours[] tfidf,
      FoldNeighbours[] embedding,
      FoldNeighbours[][] sums,
      FoldNeighbours[] fusion,
      FoldNeighbours[] words,
      FoldNeighbours[][] wordSums,
      FoldNeighbours[] shipped) {}

  /** Cross-validates every similarity over {@code corpus}. */
  static LabelKnnResult run(Corpus corpus, Settings settings) {
    int papers = corpus.labels().size();
    KnnFolds folds = KnnFolds.of(papers, settings.folds(), settings.seed());
    Neighbourhoods hoods = neighbourhoods(corpus, folds, settings);
    List<String> labels = corpus.labels();
    int k = settings.k();
    List<Double> fixed = new ArrayList<>();
    for (FoldNeighbours[] sum : hoods.sums()) {
      fixed.add(accuracy(sum, labels, k));
    }
    WeightChoice choice = WeightChoice.nested(hoods.sums(), labels, folds, k);
    WeightChoice wordChoice = WeightChoice.nested(hoods.wordSums(), labels, folds, k);
    return new LabelKnnResult(
        papers,
        new HashSet<>(labels).size(),
        accuracy(hoods.tfidf(), labels, k),
        accuracy(hoods.embedding(), labels, k),
        fixed,
        choice.accuracy(),
        choice.weightPerFold().stream().map(settings.weights()::get).toList(),
        accuracy(hoods.fusion(), labels, k),
        accuracy(hoods.words(), labels, k),
        wordChoice.accuracy(),
        wordChoice.weightPerFold().stream().map(settings.weights()::get).toList(),
        accuracy(hoods.shipped(), labels, k));
  }

  private static Neighbourhoods neighbourhoods(Corpus corpus, KnnFolds folds, Settings settings) {
    int papers = corpus.labels().size();
    int k = settings.k();
    Neighbourhoods hoods =
        new Neighbourhoods(
            new FoldNeighbours[papers],
            new FoldNeighbours[papers],
            new FoldNeighbours[settings.weights().size()][papers],
            new FoldNeighbours[papers],
            new FoldNeighbours[papers],
            new FoldNeighbours[settings.weights().size()][papers],
            new FoldNeighbours[papers]);
    for (int paper = 0; paper < papers; paper++) {
      float[] tfidf = corpus.tfidf().cosines(paper);
      float[] embedding = cosines(corpus.embeddings(), paper);
      hoods.tfidf()[paper] = FoldNeighbours.of(tfidf, paper, folds, k);
      hoods.embedding()[paper] = FoldNeighbours.of(embedding, paper, folds, k);
      for (int w = 0; w < settings.weights().size(); w++) {
        float[] sum = sum(embedding, tfidf, settings.weights().get(w).floatValue());
        hoods.sums()[w][paper] = FoldNeighbours.of(sum, paper, folds, k);
      }
      int own = folds.fold(paper);
      float[] fused = KnnRankFusion.fuse(embedding, tfidf, other -> folds.fold(other) != own);
      hoods.fusion()[paper] = FoldNeighbours.of(fused, paper, folds, k);
      float[] words = wordCosines(corpus.words(), paper);
      hoods.words()[paper] = FoldNeighbours.of(words, paper, folds, k);
      for (int w = 0; w < settings.weights().size(); w++) {
        float[] sum = sum(embedding, words, settings.weights().get(w).floatValue());
        hoods.wordSums()[w][paper] = FoldNeighbours.of(sum, paper, folds, k);
      }
      hoods.shipped()[paper] =
          FoldNeighbours.of(
              shipped(embedding, words, other -> folds.fold(other) != own), paper, folds, k);
    }
    return hoods;
  }

  /**
   * Similar papers as shipped: the {@value #SHIPPED_CANDIDATES} nearest by embedding among the
   * papers {@code allowed}, ranked by {@code cos_emb + }{@value #SHIPPED_WEIGHT}{@code ·
   * cos_words}; every other paper last.
   */
  static float[] shipped(
      float[] embedding, float[] words, java.util.function.IntPredicate allowed) {
    Integer[] order = new Integer[embedding.length];
    int n = 0;
    for (int i = 0; i < embedding.length; i++) {
      if (allowed.test(i)) {
        order[n++] = i;
      }
    }
    Integer[] candidates = java.util.Arrays.copyOf(order, n);
    // Nearest first; of equals, the lower index (as the index's order breaks HNSW ties).
    java.util.Arrays.sort(
        candidates,
        java.util.Comparator.<Integer>comparingDouble(i -> -embedding[i])
            .thenComparingInt(Integer::intValue));
    float[] score = new float[embedding.length];
    java.util.Arrays.fill(score, Float.NEGATIVE_INFINITY);
    for (int c = 0; c < Math.min(SHIPPED_CANDIDATES, candidates.length); c++) {
      int i = candidates[c];
      score[i] = embedding[i] + SHIPPED_WEIGHT * words[i];
    }
    return score;
  }

  /** As {@code SimilarPaperSearch}: candidates from the embedding, and the words' weight. */
  static final int SHIPPED_CANDIDATES = 100;

  static final float SHIPPED_WEIGHT = 2f;

  private static float[] wordCosines(WordVectors.Vector[] vectors, int paper) {
    float[] row = new float[vectors.length];
    for (int other = 0; other < vectors.length; other++) {
      row[other] = (float) vectors[paper].cosine(vectors[other]);
    }
    return row;
  }

  /** The dot product of one paper's vector with every paper's: the cosine of unit vectors. */
  private static float[] cosines(float[][] vectors, int paper) {
    float[] mine = vectors[paper];
    float[] row = new float[vectors.length];
    for (int other = 0; other < vectors.length; other++) {
      float[] theirs = vectors[other];
      float dot = 0;
      for (int d = 0; d < mine.length; d++) {
        dot += mine[d] * theirs[d];
      }
      row[other] = dot;
    }
    return row;
  }

  private static float[] sum(float[] embedding, float[] tfidf, float weight) {
    float[] sum = new float[embedding.length];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = embedding[i] + weight * tfidf[i];
    }
    return sum;
  }

  /** The share of papers whose neighbours from every other fold vote for their own label. */
  static double accuracy(FoldNeighbours[] neighbours, List<String> labels, int k) {
    int correct = 0;
    for (int paper = 0; paper < neighbours.length; paper++) {
      if (labels.get(paper).equals(neighbours[paper].nearest(k, -1).vote(labels))) {
        correct++;
      }
    }
    return neighbours.length == 0 ? 0 : (double) correct / neighbours.length;
  }
}
