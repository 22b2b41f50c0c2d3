package org.paperscope.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperscope.eval.SearchQualityReport.Count;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;

/**
 * Word forms: does stemming keep a query on its word? Each {@link WordForm} query is a word whose
 * Porter stem other words share ({@code transformer} and {@code transformation}); a hit is on topic
 * when its title, abstract or a keyword, split into {@link TitleForms#normalised normalised} words,
 * holds a form of the query's own family. Precision@10 is on-topic hits over hits returned (at most
 * 10; 0 for none or a refused query), averaged over the queries.
 *
 * <p>Not thread-safe: one run at a time.
 */
public final class WordFormsEvaluation {
  /** The evaluation and variant columns of its row. */
  static final String NAME = "word-forms";

  static final String VARIANT = "Porter-colliding words";

  private static final int EXAMPLES = 5;

  private final PaperSearch searcher;

  public WordFormsEvaluation(PaperSearch searcher) {
    this.searcher = searcher;
  }

  /** One query's outcome, for the examples. */
  private record Outcome(WordForm form, TopHits top, double precision) {}

  /**
   * Runs every query, one row.
   *
   * @throws IOException when the index cannot be read
   */
  public Row run(List<WordForm> forms) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    int refused = 0;
    int fewHits = 0;
    double sum = 0;
    for (WordForm form : forms) {
      TopHits top = TopHits.search(searcher, form.query());
      double precision = precision(top, form.family());
      outcomes.add(new Outcome(form, top, precision));
      refused += top.refused() ? 1 : 0;
      fewHits += top.papers().size() < TopHits.DEPTH ? 1 : 0;
      sum += precision;
    }
    Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
    metrics.put(Metric.PRECISION_AT_10, forms.isEmpty() ? 0 : sum / forms.size());
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    counts.put(Count.FEW_HITS, fewHits);
    return new Row(NAME, VARIANT, forms.size(), refused, metrics, counts, examples(outcomes));
  }

  /** Whether the title, abstract or a keyword of {@code paper} holds a word of {@code family}. */
  static boolean onTopic(Paper paper, Set<String> family) {
    List<String> texts = new ArrayList<>(paper.keywords());
    texts.add(paper.title());
    if (paper.abstractText() != null) {
      texts.add(paper.abstractText());
    }
    return texts.stream()
        .flatMap(text -> TitleForms.normalisedWords(text).stream())
        .anyMatch(family::contains);
  }

  private static double precision(TopHits top, Set<String> family) {
    if (top.papers().isEmpty()) {
      return 0;
    }
    long onTopic = top.papers().stream().filter(paper -> onTopic(paper, family)).count();
    return (double) onTopic / top.papers().size();
  }

  /** The least precise queries (ties by query) with their first off-topic hit. */
  private static List<String> examples(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(outcome -> outcome.precision() < 1)
        .sorted(
            Comparator.comparingDouble(Outcome::precision)
                .thenComparing(outcome -> outcome.form().query()))
        .limit(EXAMPLES)
        .map(WordFormsEvaluation::example)
        .toList();
  }

  private static String example(Outcome outcome) {
    TopHits top = outcome.top();
    String head =
        String.format(Locale.ROOT, "\"%s\" → P@10 %.2f", top.query(), outcome.precision());
    if (top.refused() || top.papers().isEmpty()) {
      return head + "; " + top.firstDescribed();
    }
    List<Paper> papers = top.papers();
    for (int i = 0; i < papers.size(); i++) {
      if (!onTopic(papers.get(i), outcome.form().family())) {
        return head + "; first off-topic: rank " + (i + 1) + " " + TopHits.described(papers.get(i));
      }
    }
    return head;
  }
}
