package org.paperscope.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tags for a paper its authors gave none: the vocabulary's tags its title and abstract write out,
 * ranked by how often authors tag a paper that writes them ({@link TagModel.Stats#keyphraseness}),
 * more when the title writes them; at most {@value #MAX_TAGS}, none below {@link #minScore}.
 * Immutable and thread-safe.
 */
public final class AutoTagger {
  /** Tags given to a paper at most. */
  public static final int MAX_TAGS = 5;

  /** The technique's version; with the model's, what cached tags depend on. */
  public static final String VERSION = "kp1";

  private final TagModel model;
  private final double titleWeight;
  private final double minScore;

  /**
   * @param titleWeight how much more a tag the title writes counts (1: not more)
   * @param minScore the lowest score kept
   */
  public AutoTagger(TagModel model, double titleWeight, double minScore) {
    this.model = model;
    this.titleWeight = titleWeight;
    this.minScore = minScore;
  }

  /** The tagger with the shipped model and the settings chosen on the dev split. */
  public static AutoTagger shipped() {
    return new AutoTagger(TagModel.shipped(), DEFAULT_TITLE_WEIGHT, DEFAULT_MIN_SCORE);
  }

  /** Chosen on ICLR 2020 with a model of 2017–2018 (docs/evaluation.md, "Tags"). */
  public static final double DEFAULT_TITLE_WEIGHT = 1.5;

  public static final double DEFAULT_MIN_SCORE = 0.05;

  /** {@code kp1-<model digest>}: cached tags of another version are recomputed. */
  public String version() {
    return VERSION + "-" + model.version();
  }

  /** A tag with its score. */
  public record Scored(String key, String name, double score, int first) {}

  /** The paper's tags, best first (ties: the earlier in the text); empty when none scores. */
  public List<Scored> tag(String title, String abstractText) {
    List<Scored> out = new ArrayList<>();
    List<TagMatcher.Occurrence> found = model.matcher().find(title, abstractText);
    for (TagMatcher.Occurrence o : found) {
      TagModel.Stats s = model.stats(o.key());
      double score =
          s.keyphraseness() * (o.inTitle() ? titleWeight : 1.0) * (1 + 0.1 * Math.log(o.count()));
      if (score >= minScore) {
        out.add(new Scored(o.key(), s.name(), score, o.first()));
      }
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::first));
    return out.size() > MAX_TAGS ? List.copyOf(out.subList(0, MAX_TAGS)) : List.copyOf(out);
  }
}
