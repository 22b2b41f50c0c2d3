package org.paperscope.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.paperscope.tldr.AutoTldr;
import org.paperscope.tldr.TldrModel;
import org.paperscope.tldr.WordModel;

/**
 * TL;DR quality on a SciTLDR file: each paper's predicted TL;DR scored by ROUGE-1/2/L F1 against
 * its gold TL;DRs (max over targets, as Cachola et al. 2020), and against the author's TL;DR alone
 * (the first target); means over papers, in percent. Also fits the {@link TldrModel} on a training
 * file.
 */
public final class TldrEvaluation {
  /** What writes a paper's TL;DR; "" when it writes none (scored 0). */
  public enum Method {
    /** PaperScope's Auto-TLDR. */
    AUTO,
    /** The abstract's first sentence. */
    FIRST,
    /** The title. */
    TITLE,
    /** The sentence with the best ROUGE-1 against the gold (an upper bound of picking one). */
    ORACLE
  }

  /**
   * The figures, in percent.
   *
   * @param papers papers scored
   */
  public record Result(
      double rouge1,
      double rouge2,
      double rougeL,
      double authorRouge1,
      double authorRouge2,
      double authorRougeL,
      int papers) {

    /**
     * {@code {"rouge1","rouge2","rougeL","authorRouge1","authorRouge2","authorRougeL","papers"}}.
     */
    public ObjectNode toJson() {
      ObjectNode json = new ObjectMapper().createObjectNode();
      json.put("rouge1", round(rouge1));
      json.put("rouge2", round(rouge2));
      json.put("rougeL", round(rougeL));
      json.put("authorRouge1", round(authorRouge1));
      json.put("authorRouge2", round(authorRouge2));
      json.put("authorRougeL", round(authorRougeL));
      json.put("papers", papers);
      return json;
    }

    /** A Markdown table row: name, the three max-over-targets figures, the three author ones. */
    public String toMarkdownRow(String name) {
      return String.format(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |",
          name,
          rouge1,
          rouge2,
          rougeL,
          authorRouge1,
          authorRouge2,
          authorRougeL,
          papers);
    }

    public static String markdownHeader() {
      return "| method | R1 | R2 | RL | R1 author | R2 author | RL author | papers |\n"
          + "|---|---:|---:|---:|---:|---:|---:|---:|";
    }

    private static double round(double value) {
      return Math.round(value * 100) / 100.0;
    }
  }

  private TldrEvaluation() {}

  /** Scores a method's TL;DRs of the papers. */
  public static Result evaluate(List<SciTldrFile.Paper> papers, Method method, AutoTldr auto) {
    return evaluate(papers, predictor(method, auto));
  }

  /** Scores the predicted TL;DRs of the papers. */
  public static Result evaluate(
      List<SciTldrFile.Paper> papers, Function<SciTldrFile.Paper, String> predict) {
    double[] sums = new double[6];
    for (SciTldrFile.Paper paper : papers) {
      String prediction = predict.apply(paper);
      Rouge.Scores best = Rouge.maxOverTargets(prediction, paper.targets());
      Rouge.Scores author =
          paper.targets().isEmpty()
              ? Rouge.Scores.ZERO
              : Rouge.score(prediction, paper.targets().get(0));
      sums[0] += best.rouge1();
      sums[1] += best.rouge2();
      sums[2] += best.rougeL();
      sums[3] += author.rouge1();
      sums[4] += author.rouge2();
      sums[5] += author.rougeL();
    }
    int n = Math.max(1, papers.size());
    return new Result(
        100 * sums[0] / n,
        100 * sums[1] / n,
        100 * sums[2] / n,
        100 * sums[3] / n,
        100 * sums[4] / n,
        100 * sums[5] / n,
        papers.size());
  }

  static Function<SciTldrFile.Paper, String> predictor(Method method, AutoTldr auto) {
    return switch (method) {
      case AUTO -> p -> auto.write(p.title(), p.sentences()).orElse("");
      case FIRST -> p -> p.sentences().isEmpty() ? "" : p.sentences().get(0);
      case TITLE -> SciTldrFile.Paper::title;
      case ORACLE -> TldrEvaluation::oracle;
    };
  }

  private static String oracle(SciTldrFile.Paper paper) {
    String best = "";
    double bestScore = -1;
    for (String sentence : paper.sentences()) {
      double score = Rouge.maxOverTargets(sentence, paper.targets()).rouge1();
      if (score > bestScore) {
        best = sentence;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The training papers of several files, leaving out every paper whose title is among the scored
   * papers' (a model is never fitted on what it is scored on) or in an earlier file (ICLR's
   * OpenReview exports hold many SciTLDR papers).
   */
  public static List<SciTldrFile.Paper> training(
      List<List<SciTldrFile.Paper>> files, List<SciTldrFile.Paper> scored) {
    Set<String> seen = new HashSet<>();
    scored.forEach(p -> seen.add(titleKey(p.title())));
    List<SciTldrFile.Paper> kept = new ArrayList<>();
    for (List<SciTldrFile.Paper> file : files) {
      List<String> keys = new ArrayList<>();
      for (SciTldrFile.Paper paper : file) {
        String key = titleKey(paper.title());
        if (key.isEmpty() || !seen.contains(key)) {
          kept.add(paper);
          keys.add(key);
        }
      }
      // Within a file, two papers of one title are two submissions: both are kept.
      seen.addAll(keys);
    }
    return kept;
  }

  /** A title's letters and digits in lower case: the same paper in two files has the same key. */
  static String titleKey(String title) {
    return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * The Auto-TLDR's figures on papers it was partly fitted on, honestly: the papers are shuffled
   * (seed {@code seed}) into {@code folds} folds, and each fold's TL;DRs are written by a model
   * fitted on the training papers plus the other folds.
   */
  public static Result crossValidate(
      List<SciTldrFile.Paper> training,
      List<SciTldrFile.Paper> scored,
      int folds,
      double lambda,
      long seed) {
    List<SciTldrFile.Paper> shuffled = new ArrayList<>(scored);
    Collections.shuffle(shuffled, new Random(seed));
    Map<SciTldrFile.Paper, String> written = new IdentityHashMap<>();
    for (int fold = 0; fold < folds; fold++) {
      List<SciTldrFile.Paper> fit = new ArrayList<>(training);
      List<SciTldrFile.Paper> held = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % folds == fold ? held : fit).add(shuffled.get(i));
      }
      AutoTldr auto = new AutoTldr(fit(fit, lambda));
      for (SciTldrFile.Paper paper : held) {
        written.put(paper, auto.write(paper.title(), paper.sentences()).orElse(""));
      }
    }
    return evaluate(scored, written::get);
  }

  /**
   * Fits the Auto-TLDR's model on training papers, each with its author's TL;DR (the first target);
   * papers without a target are left out.
   */
  public static TldrModel fit(List<SciTldrFile.Paper> papers, double lambda) {
    List<WordModel.Example> examples = new ArrayList<>();
    for (SciTldrFile.Paper paper : papers) {
      if (!paper.targets().isEmpty()) {
        examples.add(
            new WordModel.Example(paper.title(), paper.sentences(), paper.targets().get(0)));
      }
    }
    return TldrModel.fit(examples, lambda);
  }
}
