package org.paperscope.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paperscope.eval.SearchQualityReport.Metric;
import org.paperscope.eval.SearchQualityReport.Row;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;

/**
 * Topic queries: author keywords as queries. Every keyword that at least {@code minPapers} ICLR
 * papers carry (compared in {@link #key} form) is typed as plain text, in the display form ICLR
 * authors wrote most often (ties by text); the papers of any venue carrying it are relevant.
 * nDCG@10 with binary gains ({@link TrecMetrics#ndcg(Map, List, int)} on the hits in rank order),
 * averaged over the keywords; a refused query scores 0 and is counted.
 *
 * <p>Not thread-safe: one run at a time.
 */
public final class TopicEvaluation {
  /** Keywords of fewer ICLR papers are left out, as the issue asks. */
  public static final int DEFAULT_MIN_PAPERS = 20;

  /** The evaluation column of its rows. */
  static final String NAME = "topic";

  private static final String VENUE = "ICLR";
  private static final int EXAMPLES = 5;

  private final PaperSearch searcher;
  private final int minPapers;

  /** Evaluates keywords of at least {@code minPapers} ICLR papers (positive). */
  public TopicEvaluation(PaperSearch searcher, int minPapers) {
    this.searcher = searcher;
    this.minPapers = minPapers;
  }

  /**
   * One keyword query.
   *
   * @param query the keyword as typed
   * @param relevant ids of the papers, of any venue, that carry the keyword
   */
  record Topic(String query, Set<String> relevant) {
    Topic {
      relevant = Set.copyOf(relevant);
    }
  }

  private record Outcome(TopHits top, int relevant, double ndcg) {}

  /**
   * Runs every keyword of the corpus, one row.
   *
   * @param corpus every paper of the index
   * @throws IOException when the index cannot be read
   */
  public List<Row> run(List<Paper> corpus) throws IOException {
    List<Topic> topics = topics(corpus, minPapers);
    List<Outcome> outcomes = new ArrayList<>();
    List<Outcome> condensed = new ArrayList<>();
    for (Topic topic : topics) {
      TopHits deep = TopHits.search(searcher, topic.query(), CONDENSED_DEPTH);
      TopHits top = deep.firstPage();
      outcomes.add(new Outcome(top, topic.relevant().size(), ndcg(top, topic.relevant())));
      TopHits judged = deep.only(paper -> !paper.keywords().isEmpty());
      condensed.add(new Outcome(judged, topic.relevant().size(), ndcg(judged, topic.relevant())));
    }
    List<String> variants = variants(minPapers);
    return List.of(row(variants.get(0), outcomes), row(variants.get(1), condensed));
  }

  /** The variant columns of the two rows, plain then condensed. */
  static List<String> variants(int minPapers) {
    String variant = "ICLR keywords of ≥ " + minPapers + " papers";
    return List.of(variant, variant + ", papers with keywords only (condensed)");
  }

  /**
   * Hits searched for the condensed row: only papers with author keywords are judged (most NeurIPS
   * and ICML records have none, so a right answer among them counts as wrong); the condensed list
   * (Sakai 2007) drops the unjudged hits and ranks what is left.
   */
  private static final int CONDENSED_DEPTH = 100;

  private Row row(String variant, List<Outcome> outcomes) {
    double sum = outcomes.stream().mapToDouble(Outcome::ndcg).sum();
    Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
    metrics.put(Metric.NDCG_AT_10, outcomes.isEmpty() ? 0 : sum / outcomes.size());
    int refused = (int) outcomes.stream().filter(outcome -> outcome.top().refused()).count();
    return new Row(NAME, variant, outcomes.size(), refused, metrics, Map.of(), examples(outcomes));
  }

  /** The comparison form of a keyword: lower case, whitespace runs made one space, trimmed. */
  static String key(String keyword) {
    return keyword.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** The keywords of at least {@code minPapers} ICLR papers, by key. */
  static List<Topic> topics(List<Paper> corpus, int minPapers) {
    List<Paper> iclr =
        corpus.stream().filter(paper -> VENUE.equalsIgnoreCase(paper.venue())).toList();
    Map<String, Set<String>> iclrPapers = papersByKey(iclr);
    Map<String, Set<String>> relevant = papersByKey(corpus);
    List<Topic> topics = new ArrayList<>();
    displayForms(iclr)
        .forEach(
            (key, forms) -> {
              if (!key.isEmpty() && iclrPapers.get(key).size() >= minPapers) {
                topics.add(new Topic(mostFrequent(forms), relevant.get(key)));
              }
            });
    return topics;
  }

  /** Key to the ids of the papers carrying it. */
  private static Map<String, Set<String>> papersByKey(List<Paper> papers) {
    Map<String, Set<String>> ids = new HashMap<>();
    for (Paper paper : papers) {
      for (String keyword : paper.keywords()) {
        ids.computeIfAbsent(key(keyword), k -> new LinkedHashSet<>()).add(paper.id());
      }
    }
    return ids;
  }

  /** Key to how often each written form (whitespace collapsed) occurs, keys sorted. */
  private static Map<String, Map<String, Integer>> displayForms(List<Paper> papers) {
    Map<String, Map<String, Integer>> forms = new TreeMap<>();
    for (Paper paper : papers) {
      for (String keyword : paper.keywords()) {
        String display = keyword.replaceAll("\\s+", " ").strip();
        forms.computeIfAbsent(key(keyword), k -> new HashMap<>()).merge(display, 1, Integer::sum);
      }
    }
    return forms;
  }

  private static String mostFrequent(Map<String, Integer> forms) {
    return forms.entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .orElseThrow()
        .getKey();
  }

  /** nDCG@10 of the hits in their rank order (scores made strictly decreasing for TrecMetrics). */
  private static double ndcg(TopHits top, Set<String> relevant) {
    List<Run.Hit> hits = new ArrayList<>();
    List<String> ids = top.ids();
    for (int i = 0; i < ids.size(); i++) {
      hits.add(new Run.Hit(ids.get(i), ids.size() - i));
    }
    Map<String, Integer> judgments = new HashMap<>();
    relevant.forEach(id -> judgments.put(id, 1));
    return TrecMetrics.ndcg(judgments, hits, TopHits.DEPTH);
  }

  private static List<String> examples(List<Outcome> outcomes) {
    return outcomes.stream()
        .filter(outcome -> outcome.ndcg() < 1)
        .sorted(
            Comparator.comparingDouble(Outcome::ndcg)
                .thenComparing(outcome -> outcome.top().query()))
        .limit(EXAMPLES)
        .map(
            outcome ->
                String.format(
                    Locale.ROOT,
                    "\"%s\" → nDCG@10 %.2f with %d relevant; first: %s",
                    outcome.top().query(),
                    outcome.ndcg(),
                    outcome.relevant(),
                    outcome.top().firstDescribed()))
        .toList();
  }
}
