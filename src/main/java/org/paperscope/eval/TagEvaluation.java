package org.paperscope.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.paperscope.embed.Embedder;
import org.paperscope.paper.Paper;
import org.paperscope.tags.AutoTagger;
import org.paperscope.tags.TagKey;
import org.paperscope.tags.TagModel;
import org.paperscope.tags.TagVectors;

/**
 * Automatic tags against the keywords authors gave: the test papers' keywords are hidden, tags
 * predicted from title and abstract, and both compared as {@link TagKey}s. Precision@k: right tags
 * among the first k over k; recall@k: over the paper's keywords; averaged over the test papers with
 * an abstract and keywords. The automatic tagger ({@link AutoTagger}, its model fitted on the
 * training papers) and the plain TF-IDF keyphrase baseline ({@link TfIdfKeyphrases}, document
 * frequencies over training and test abstracts) run on the same papers.
 */
public final class TagEvaluation {
  /** Tags compared per paper. */
  public static final int K = 5;

  private TagEvaluation() {}

  /** The figures of one method. */
  public record Result(String method, double precision, double recall, int papers) {}

  /**
   * How the automatic tagger runs.
   *
   * @param semanticWeight what a tag gains per unit of cosine to the paper; 0: words only
   * @param semanticCandidates tags nearest the paper in meaning added to the candidates
   */
  public record Settings(
      double titleWeight, double minScore, double semanticWeight, int semanticCandidates) {}

  /** Both methods by words only: {@code auto} and {@code tfidf}. */
  public static List<Result> evaluate(
      List<Paper> train, List<Paper> test, double titleWeight, double minScore) {
    return evaluate(train, test, new Settings(titleWeight, minScore, 0, 0), Map.of(), null);
  }

  /**
   * Both methods: {@code auto} and {@code tfidf}.
   *
   * @param vectors the test papers' sentence embeddings by id (empty: words only)
   * @param embedder embeds the tags with the papers' model; null: words only
   */
  public static List<Result> evaluate(
      List<Paper> train,
      List<Paper> test,
      Settings settings,
      Map<String, float[]> vectors,
      Embedder embedder) {
    List<Paper> scored =
        test.stream()
            .filter(p -> p.abstractText() != null && !TagKey.ofAll(p.keywords()).isEmpty())
            .toList();
    TagModel model = TagModel.fit(train);
    AutoTagger tagger =
        new AutoTagger(
            model,
            settings.titleWeight(),
            settings.minScore(),
            settings.semanticWeight(),
            settings.semanticCandidates());
    TagVectors tagVectors =
        embedder != null && tagger.usesMeaning() ? TagVectors.embed(model, embedder) : null;
    List<String> texts = new ArrayList<>();
    for (Paper p : train) {
      texts.add(text(p));
    }
    scored.forEach(p -> texts.add(text(p)));
    TfIdfKeyphrases tfidf = TfIdfKeyphrases.fit(texts);
    return List.of(
        score(
            "auto",
            scored,
            p ->
                tagger.tag(p.title(), p.abstractText(), vectors.get(p.id()), tagVectors).stream()
                    .map(AutoTagger.Scored::key)
                    .toList()),
        score("tfidf", scored, p -> tfidf.top(text(p), K)));
  }

  /** The test papers that are scored: with an abstract and author keywords. */
  public static List<Paper> scored(List<Paper> test) {
    return test.stream()
        .filter(p -> p.abstractText() != null && !TagKey.ofAll(p.keywords()).isEmpty())
        .toList();
  }

  static Result score(String method, List<Paper> papers, Function<Paper, List<String>> predict) {
    double precision = 0;
    double recall = 0;
    for (Paper p : papers) {
      Set<String> gold = TagKey.ofAll(p.keywords());
      List<String> predicted = predict.apply(p);
      long right = predicted.stream().limit(K).distinct().filter(gold::contains).count();
      precision += (double) right / K;
      recall += (double) right / gold.size();
    }
    int n = papers.size();
    return new Result(method, n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, n);
  }

  private static String text(Paper p) {
    return p.title() + "\n" + (p.abstractText() == null ? "" : p.abstractText());
  }
}
