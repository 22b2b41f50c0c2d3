package org.paperscope.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags for a paper its authors gave none. Candidates are the vocabulary's tags its title and
 * abstract write out, ranked by how often authors tag a paper that writes them ({@link
 * TagModel.Stats#keyphraseness}), more when the title writes them; with the paper's sentence
 * embedding and the tags' ({@link TagVectors}), also the tags nearest the paper in meaning, and
 * every candidate gains {@code semanticWeight} times its cosine to the paper. At most {@value
 * #MAX_TAGS}, none below the minimum score. Immutable and thread-safe.
 */
public final class AutoTagger {
  /** Tags given to a paper at most. */
  public static final int MAX_TAGS = 5;

  /** The technique's version; with the model's, what cached tags depend on. */
  public static final String VERSION = "kp2";

  /** Chosen on ICLR 2020 with a model of 2017–2018 (docs/evaluation.md, "Tags"). */
  public static final double DEFAULT_TITLE_WEIGHT = 1.5;

  public static final double DEFAULT_MIN_SCORE = 0.05;

  public static final double DEFAULT_SEMANTIC_WEIGHT = 0.2;

  public static final int DEFAULT_SEMANTIC_CANDIDATES = 5;

  private final TagModel model;
  private final double titleWeight;
  private final double minScore;
  private final double semanticWeight;
  private final int semanticCandidates;

  /**
   * A tagger by the words a paper writes only.
   *
   * @param titleWeight how much more a tag the title writes counts (1: not more)
   * @param minScore the lowest score kept
   */
  public AutoTagger(TagModel model, double titleWeight, double minScore) {
    this(model, titleWeight, minScore, 0, 0);
  }

  /**
   * @param semanticWeight what a candidate gains per unit of cosine to the paper
   * @param semanticCandidates how many of the tags nearest the paper in meaning join the candidates
   */
  public AutoTagger(
      TagModel model,
      double titleWeight,
      double minScore,
      double semanticWeight,
      int semanticCandidates) {
    this.model = model;
    this.titleWeight = titleWeight;
    this.minScore = minScore;
    this.semanticWeight = semanticWeight;
    this.semanticCandidates = semanticCandidates;
  }

  /** The tagger with the shipped model and the settings chosen on the dev split. */
  public static AutoTagger shipped() {
    return new AutoTagger(
        TagModel.shipped(),
        DEFAULT_TITLE_WEIGHT,
        DEFAULT_MIN_SCORE,
        DEFAULT_SEMANTIC_WEIGHT,
        DEFAULT_SEMANTIC_CANDIDATES);
  }

  /** The model it tags with. */
  public TagModel model() {
    return model;
  }

  /** Whether it scores by meaning too (then it wants the paper's and the tags' vectors). */
  public boolean usesMeaning() {
    return semanticWeight > 0;
  }

  /** {@code kp2-<model digest>[-m<weight>]}: cached tags of another version are recomputed. */
  public String version() {
    return VERSION + "-" + model.version() + (usesMeaning() ? "-m" + semanticWeight : "");
  }

  /** A tag with its score and where the text first writes it (past the end when it does not). */
  public record Scored(String key, String name, double score, int first) {}

  /** The paper's tags by its words alone, best first; empty when none scores. */
  public List<Scored> tag(String title, String abstractText) {
    return tag(title, abstractText, null, null);
  }

  /**
   * The paper's tags, best first (ties: the earlier in the text); by its words alone when {@code
   * vector} or {@code tags} is null or the tagger does not score by meaning.
   *
   * @param vector the paper's unit sentence embedding, or null
   * @param tags the vocabulary's vectors from the same model, or null
   */
  public List<Scored> tag(String title, String abstractText, float[] vector, TagVectors tags) {
    Map<String, Double> lexical = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (TagMatcher.Occurrence o : model.matcher().find(title, abstractText)) {
      TagModel.Stats s = model.stats(o.key());
      lexical.put(
          o.key(),
          s.keyphraseness() * (o.inTitle() ? titleWeight : 1.0) * (1 + 0.1 * Math.log(o.count())));
      first.put(o.key(), o.first());
    }
    Map<String, Double> scores = new HashMap<>(lexical);
    if (usesMeaning() && vector != null && tags != null) {
      Map<String, Double> cosines = new HashMap<>();
      for (String key : model.keys()) {
        cosines.put(key, tags.cosine(key, vector));
      }
      cosines.entrySet().stream()
          .sorted(
              Map.Entry.<String, Double>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry::getKey))
          .limit(semanticCandidates)
          .forEach(e -> scores.putIfAbsent(e.getKey(), 0.0));
      scores.replaceAll((key, lex) -> lex + semanticWeight * cosines.getOrDefault(key, 0.0));
    }
    List<Scored> out = new ArrayList<>();
    scores.forEach(
        (key, score) -> {
          if (score >= minScore) {
            out.add(
                new Scored(
                    key,
                    model.stats(key).name(),
                    score,
                    first.getOrDefault(key, Integer.MAX_VALUE)));
          }
        });
    out.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparingInt(Scored::first)
            .thenComparing(Scored::key));
    return out.size() > MAX_TAGS ? List.copyOf(out.subList(0, MAX_TAGS)) : List.copyOf(out);
  }
}
