package org.paperscope.eval;

import java.util.List;
import org.paperscope.glossary.Concept;
import org.paperscope.glossary.ConceptDetector;

/**
 * Precision and recall of concept detection against hand labels: a detected name is right when one
 * of its names matches one of a labelled concept's names ({@link Concept#sameAs}); precision counts
 * right detections, recall found labels. The detector reads the abstract, with the title as
 * evidence only ({@link ConceptDetector#inAbstract}), as the labels count names in the abstract.
 */
public final class GlossaryEvaluation {
  private GlossaryEvaluation() {}

  /**
   * The scores of one set.
   *
   * @param abstracts labelled abstracts scored
   * @param detected names detected
   * @param right detected names that match a label
   * @param labelled labelled names
   * @param found labelled names detected
   */
  public record Result(int abstracts, int detected, int right, int labelled, int found) {
    /** Right detections over detections; 1 when nothing was detected. */
    public double precision() {
      return detected == 0 ? 1 : (double) right / detected;
    }

    /** Found labels over labels; 1 when nothing is labelled. */
    public double recall() {
      return labelled == 0 ? 1 : (double) found / labelled;
    }
  }

  /** Scores {@code detector} on the labelled abstracts whose split is in {@code splits}. */
  public static Result evaluate(
      List<GlossaryLabels.Labelled> set, List<String> splits, ConceptDetector detector) {
    int abstracts = 0;
    int detected = 0;
    int right = 0;
    int labelled = 0;
    int found = 0;
    for (GlossaryLabels.Labelled item : set) {
      if (!splits.contains(item.split())) {
        continue;
      }
      abstracts++;
      List<Concept> predicted =
          detector.inAbstract(item.paper().title(), item.paper().abstractText());
      detected += predicted.size();
      for (Concept p : predicted) {
        right += item.introduces().stream().anyMatch(p::sameAs) ? 1 : 0;
      }
      labelled += item.introduces().size();
      for (Concept gold : item.introduces()) {
        found += predicted.stream().anyMatch(gold::sameAs) ? 1 : 0;
      }
    }
    return new Result(abstracts, detected, right, labelled, found);
  }
}
