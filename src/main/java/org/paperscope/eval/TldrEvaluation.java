package org.paperscope.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
