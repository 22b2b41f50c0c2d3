package org.paperscope.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The outcome of {@link LabelKnnEvaluation}: kNN accuracies (shares from 0 to 1) under each
 * similarity. Immutable.
 *
 * @param papers labelled papers cross-validated
 * @param labels distinct labels among them
 * @param tfidf accuracy by TF-IDF cosine
 * @param embedding accuracy by embedding cosine
 * @param fixedWeights accuracy by {@code cos_emb + w · cos_tfidf} for each weight of the grid, in
 *     its order
 * @param nestedWeight accuracy by that sum with {@code w} chosen by nested cross-validation
 * @param weightPerFold the {@code w} chosen for each outer fold, by fold
 * @param fusion accuracy by reciprocal rank fusion of the two rankings
 * @param words accuracy by the cosine of similar papers' word vectors (arxiv-sanity-lite's TF-IDF)
 * @param wordsNested accuracy by {@code cos_emb + w · cos_words}, {@code w} by nested CV
 * @param wordWeightPerFold the {@code w} chosen for each outer fold, by fold
 * @param shipped accuracy by similar papers as shipped: the embedding's 100 nearest ranked again by
 *     {@code cos_emb + 2 · cos_words}
 */
record LabelKnnResult(
    int papers,
    int labels,
    double tfidf,
    double embedding,
    List<Double> fixedWeights,
    double nestedWeight,
    List<Double> weightPerFold,
    double fusion,
    double words,
    double wordsNested,
    List<Double> wordWeightPerFold,
    double shipped) {
  LabelKnnResult {
    fixedWeights = List.copyOf(fixedWeights);
    weightPerFold = List.copyOf(weightPerFold);
    wordWeightPerFold = List.copyOf(wordWeightPerFold);
  }

  /** The weight chosen for the most folds; among equally many, the smallest. */
  double usualWeight() {
    Map<Double, Long> folds =
        weightPerFold.stream()
            .collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
    // Stream.max keeps the first of equal elements: the smallest weight, in TreeMap order.
    return folds.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(Double.NaN);
  }
}
