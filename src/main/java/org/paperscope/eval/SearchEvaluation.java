package org.paperscope.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.SearchMode;

/**
 * {@code paperscope eval search}: the known-item, word-forms and topic evaluations over one index,
 * in one report. Stateless.
 */
public final class SearchEvaluation {
  private SearchEvaluation() {}

  /**
   * Reads every paper of the index once, then runs the three evaluations (the word forms from
   * {@link WordForm#bundled()}, topics of at least {@link TopicEvaluation#DEFAULT_MIN_PAPERS} ICLR
   * papers).
   *
   * @param sample known-item papers to sample, positive
   * @param seed seed of the known-item sample
   * @throws IOException when the index cannot be read
   */
  public static SearchQualityReport run(PaperSearch searcher, int sample, long seed)
      throws IOException {
    return run(searcher, sample, seed, SearchMode.AUTO);
  }

  /**
   * Runs the evaluations with every search in {@code mode} ({@link SearchMode#AUTO}: as the search
   * box runs it, hybrid once papers have vectors).
   */
  public static SearchQualityReport run(PaperSearch index, int sample, long seed, SearchMode mode)
      throws IOException {
    PaperSearch searcher = mode == SearchMode.AUTO ? index : new SearchInMode(index, mode);
    List<Paper> corpus = new ArrayList<>();
    searcher.forEachPaper(corpus::add);
    List<Row> rows = new ArrayList<>(new KnownItemEvaluation(searcher).run(corpus, sample, seed));
    rows.add(new WordFormsEvaluation(searcher).run(WordForm.bundled()));
    rows.addAll(new TopicEvaluation(searcher, TopicEvaluation.DEFAULT_MIN_PAPERS).run(corpus));
    return new SearchQualityReport(rows);
  }
}
