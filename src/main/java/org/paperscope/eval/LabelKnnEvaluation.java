package org.paperscope.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

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
   */
  record Corpus(List<String> labels, float[][] embeddings, TfIdfVectors tfidf) {
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

  /** Every paper's neighbours under each similarity; sums by weight index. */
  private record Neighbourhoods(
      FoldNeighbours[] tfidf,
      FoldNeighbours[] embedding,
      FoldNeighbours[][] sums,
      FoldNeighbours[] fusion) {}

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
    return new LabelKnnResult(
        papers,
        new HashSet<>(labels).size(),
        accuracy(hoods.tfidf(), labels, k),
        accuracy(hoods.embedding(), labels, k),
        fixed,
        choice.accuracy(),
        choice.weightPerFold().stream().map(settings.weights()::get).toList(),
        accuracy(hoods.fusion(), labels, k));
  }

  private static Neighbourhoods neighbourhoods(Corpus corpus, KnnFolds folds, Settings settings) {
    int papers = corpus.labels().size();
    int k = settings.k();
    Neighbourhoods hoods =
        new Neighbourhoods(
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
    }
    return hoods;
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
