package org.paperscope.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.paperscope.eval.SearchQualityReport.Count;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;

/**
 * Known-item search: can a user who remembers a paper's title find it? Samples papers whose {@link
 * TitleForms#normalised normalised} title is unique in the corpus and has two words or more, types
 * each title three ways ({@link Variant}), and scores the rank of that paper: success@1 (it is
 * first) and MRR@10 (1/rank within the first 10, else 0). A refused query scores 0 and is counted.
 *
 * <p>Not thread-safe: one run at a time.
 */
public final class KnownItemEvaluation {
  /** Papers sampled by default, as the issue asks. */
  public static final int DEFAULT_SAMPLE = 1000;

  /** Seed of {@code new Random(seed)} for the sample by default. */
  public static final long DEFAULT_SEED = 42;

  /** The evaluation column of its rows. */
  static final String NAME = "known-item";

  private static final int PREFIX_WORDS = 5;
  private static final int EXAMPLES = 5;

  /** How the title is typed. */
  enum Variant {
    TYPED("title as typed", title -> title),
    LOWER_CASE("lower case, no punctuation", TitleForms::lowerCaseWithoutPunctuation),
    FIRST_WORDS("first five words as typed", title -> TitleForms.firstWords(title, PREFIX_WORDS));

    private final String label;
    private final UnaryOperator<String> query;

    Variant(String label, UnaryOperator<String> query) {
      this.label = label;
      this.query = query;
    }

    String query(String title) {
      return query.apply(title);
    }

    /** The row's variant, e.g. {@code title as typed}. */
    String label() {
      return label;
    }
  }

  private final PaperSearch searcher;

  public KnownItemEvaluation(PaperSearch searcher) {
    this.searcher = searcher;
  }

  /**
   * Runs the three variants over the same sample, one row each.
   *
   * @param corpus every paper of the index
   * @param sample how many papers to sample, positive; all eligible ones when there are fewer
   * @param seed seed of the shuffle that draws the sample from the eligible papers sorted by id
   * @throws IOException when the index cannot be read
   */
  public List<Row> run(List<Paper> corpus, int sample, long seed) throws IOException {
    List<Paper> eligible = eligible(corpus);
    List<Paper> chosen = sample(eligible, sample, seed);
    Map<String, Integer> prefixes = prefixCounts(corpus);
    List<Row> rows = new ArrayList<>();
    for (Variant variant : Variant.values()) {
      Tally tally = new Tally();
      for (Paper paper : chosen) {
        String query = variant.query(paper.title());
        boolean ambiguous =
            variant == Variant.FIRST_WORDS
                && prefixes.getOrDefault(TitleForms.normalised(query), 0) > 1;
        tally.add(paper, TopHits.search(searcher, query), ambiguous);
      }
      rows.add(tally.row(variant, eligible.size()));
    }
    return rows;
  }

  /** Papers with a normalised title of 2+ words that no other paper has, sorted by id. */
  static List<Paper> eligible(List<Paper> corpus) {
    Map<String, Integer> titles = new HashMap<>();
    corpus.forEach(paper -> titles.merge(TitleForms.normalised(paper.title()), 1, Integer::sum));
    return corpus.stream()
        .filter(paper -> titles.get(TitleForms.normalised(paper.title())) == 1)
        .filter(paper -> TitleForms.normalisedWords(paper.title()).size() >= 2)
        .sorted(Comparator.comparing(Paper::id))
        .toList();
  }

  /**
   * The first {@code size} papers after shuffling {@code eligible} with {@code new Random(seed)}.
   */
  static List<Paper> sample(List<Paper> eligible, int size, long seed) {
    List<Paper> shuffled = new ArrayList<>(eligible);
    Collections.shuffle(shuffled, new Random(seed));
    return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
  }

  /** For each run of the first 1 to 5 normalised title words, how many papers' titles start so. */
  private static Map<String, Integer> prefixCounts(List<Paper> corpus) {
    Map<String, Integer> counts = new HashMap<>();
    for (Paper paper : corpus) {
      List<String> words = TitleForms.normalisedWords(paper.title());
      for (int n = 1; n <= Math.min(PREFIX_WORDS, words.size()); n++) {
        counts.merge(String.join(" ", words.subList(0, n)), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Sums of one variant's queries. */
  private static final class Tally {
    private int queries;
    private int refused;
    private int firsts;
    private int ambiguous;
    private double reciprocalRanks;
    private final List<String> examples = new ArrayList<>();

    void add(Paper target, TopHits top, boolean ambiguousQuery) {
      int rank = top.rankOf(target.id());
      queries++;
      refused += top.refused() ? 1 : 0;
      firsts += rank == 1 ? 1 : 0;
      ambiguous += ambiguousQuery ? 1 : 0;
      reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
      if (rank != 1 && examples.size() < EXAMPLES) {
        examples.add("[%s] \"%s\" → %s".formatted(target.id(), top.query(), outcome(top, rank)));
      }
    }

    private static String outcome(TopHits top, int rank) {
      if (top.refused()) {
        return top.firstDescribed();
      }
      String where = rank > 0 ? "rank " + rank : "not in the top " + TopHits.DEPTH;
      return where + "; first: " + top.firstDescribed();
    }

    Row row(Variant variant, int eligible) {
      Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
      metrics.put(Metric.SUCCESS_AT_1, queries == 0 ? 0 : (double) firsts / queries);
      metrics.put(Metric.MRR_AT_10, queries == 0 ? 0 : reciprocalRanks / queries);
      Map<Count, Integer> counts = new EnumMap<>(Count.class);
      counts.put(Count.ELIGIBLE, eligible);
      if (variant == Variant.FIRST_WORDS) {
        counts.put(Count.AMBIGUOUS, ambiguous);
      }
      return new Row(NAME, variant.label, queries, refused, metrics, counts, examples);
    }
  }
}
