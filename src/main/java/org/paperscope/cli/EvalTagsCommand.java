package org.paperscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.eval.TagEvaluation;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.tags.AutoTagger;
import org.paperscope.tags.TagModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope eval tags}: automatic tags against hidden author keywords. */
@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    header = "Automatic tags against the keywords authors gave (precision@5, recall@5).",
    description = {
      "Fits the tag model on the --train files' author keywords, hides the --test papers'",
      "keywords, tags them from title and abstract, and compares (as tag keys: case, plurals,",
      "acronyms folded). Prints the automatic tagger beside a plain TF-IDF keyphrase baseline",
      "computed in the same run. --save writes the fitted model (the one PaperScope ships is",
      "src/main/resources/tags/tag-model.tsv)."
    })
final class EvalTagsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--train",
      required = true,
      split = ",",
      description = "Source files with author keywords to fit the model on, comma-separated.")
  List<Path> train;

  @Option(names = "--test", required = true, description = "Source file whose keywords are hidden.")
  Path test;

  @Option(
      names = "--title-weight",
      split = ",",
      description = "How much more a tag in the title counts; several: one row each. Default: 1.5.")
  List<Double> titleWeights = List.of(AutoTagger.DEFAULT_TITLE_WEIGHT);

  @Option(
      names = "--min-score",
      split = ",",
      description = "Lowest score kept; several: one row each. Default: 0.05.")
  List<Double> minScores = List.of(AutoTagger.DEFAULT_MIN_SCORE);

  @Option(names = "--save", description = "Where to write the model fitted on --train.")
  Path save;

  @Option(
      names = "--json",
      description = "Print [{\"method\",\"precision\",\"recall\",\"papers\"}].")
  boolean json;

  @Override
  public Integer call() throws IOException {
    List<Paper> trainPapers = new ArrayList<>();
    for (Path file : train) {
      trainPapers.addAll(EvalFiles.papers(file));
    }
    List<Paper> testPapers = EvalFiles.papers(test);
    if (save != null) {
      try (Writer out = Files.newBufferedWriter(save, StandardCharsets.UTF_8)) {
        TagModel.fit(trainPapers).write(out);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode rows = PaperJson.mapper().createArrayNode();
    if (!json) {
      out.println("| method | title weight | min score | P@5 | R@5 | papers |");
      out.println("|---|---:|---:|---:|---:|---:|");
    }
    boolean baselineShown = false;
    for (double weight : titleWeights) {
      for (double min : minScores) {
        for (TagEvaluation.Result r :
            TagEvaluation.evaluate(trainPapers, testPapers, weight, min)) {
          boolean auto = r.method().equals("auto");
          if (!auto && baselineShown) {
            continue;
          }
          baselineShown |= !auto;
          rows.addObject()
              .put("method", r.method())
              .put("titleWeight", weight)
              .put("minScore", min)
              .put("precision", r.precision())
              .put("recall", r.recall())
              .put("papers", r.papers());
          if (!json) {
            out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %.4f | %.4f | %d |%n",
                r.method(),
                auto ? String.valueOf(weight) : "",
                auto ? String.valueOf(min) : "",
                r.precision(),
                r.recall(),
                r.papers());
          }
        }
      }
    }
    if (json) {
      out.println(PaperJson.mapper().writeValueAsString(rows));
    }
    out.flush();
    return 0;
  }
}
