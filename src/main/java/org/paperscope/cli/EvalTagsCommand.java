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
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.eval.PaperVectors;
import org.paperscope.eval.SourcePapers;
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

  @Option(
      names = "--semantic-weight",
      split = ",",
      description =
          "What a tag gains per unit of cosine between its embedding and the paper's"
              + " (all-MiniLM-L6-v2); 0: words only; several: one row each. Default: 0.")
  List<Double> semanticWeights = List.of(AutoTagger.DEFAULT_SEMANTIC_WEIGHT);

  @Option(
      names = "--semantic-candidates",
      description = "Tags nearest the paper in meaning added to the candidates. Default: 5.")
  int semanticCandidates = AutoTagger.DEFAULT_SEMANTIC_CANDIDATES;

  @Option(
      names = "--cache",
      description =
          "A cache/ folder where the test papers' embeddings are kept between runs. Default: a"
              + " temporary one.")
  Path cache;

  @Option(names = "--save", description = "Where to write the model fitted on --train.")
  Path save;

  @Option(
      names = "--json",
      description =
          "Print [{\"method\",\"titleWeight\",\"minScore\",\"semanticWeight\",\"precision\","
              + "\"recall\",\"papers\"}].")
  boolean json;

  @Override
  public Integer call() throws IOException {
    List<Paper> trainPapers = new ArrayList<>();
    for (Path file : train) {
      trainPapers.addAll(SourcePapers.read(file));
    }
    List<Paper> testPapers = SourcePapers.read(test);
    if (save != null) {
      try (Writer out = Files.newBufferedWriter(save, StandardCharsets.UTF_8)) {
        TagModel.fit(trainPapers).write(out);
      }
    }
    boolean meaning = semanticWeights.stream().anyMatch(w -> w > 0);
    EmbeddingEnrichment embeddings = null;
    Map<String, float[]> vectors = Map.of();
    if (meaning) {
      Path dir = cache != null ? cache : Files.createTempDirectory("paperscope-eval-tags");
      embeddings = new EmbeddingEnrichment(EmbeddingEnrichment.MODEL, dir);
      vectors = PaperVectors.of(TagEvaluation.scored(testPapers), embeddings);
    }
    List<Row> rows = new ArrayList<>();
    boolean baselineShown = false;
    for (double weight : titleWeights) {
      for (double min : minScores) {
        for (double semantic : semanticWeights) {
          TagEvaluation.Settings settings =
              new TagEvaluation.Settings(weight, min, semantic, semanticCandidates);
          List<TagEvaluation.Result> results =
              TagEvaluation.evaluate(
                  trainPapers,
                  testPapers,
                  settings,
                  vectors,
                  embeddings == null ? null : embeddings.embedder());
          for (TagEvaluation.Result r : results) {
            boolean auto = r.method().equals("auto");
            if (auto || !baselineShown) {
              rows.add(new Row(r, auto ? settings : null));
              baselineShown |= !auto;
            }
          }
        }
      }
    }
    print(rows);
    return 0;
  }

  /** One line of the table; {@code settings} null for the baseline. */
  private record Row(TagEvaluation.Result result, TagEvaluation.Settings settings) {}

  private void print(List<Row> rows) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ArrayNode list = PaperJson.mapper().createArrayNode();
      for (Row row : rows) {
        var node =
            list.addObject()
                .put("method", row.result().method())
                .put("precision", row.result().precision())
                .put("recall", row.result().recall())
                .put("papers", row.result().papers());
        if (row.settings() != null) {
          node.put("titleWeight", row.settings().titleWeight())
              .put("minScore", row.settings().minScore())
              .put("semanticWeight", row.settings().semanticWeight());
        }
      }
      out.println(PaperJson.mapper().writeValueAsString(list));
    } else {
      out.println("| method | title weight | min score | meaning weight | P@5 | R@5 | papers |");
      out.println("|---|---:|---:|---:|---:|---:|---:|");
      for (Row row : rows) {
        TagEvaluation.Settings s = row.settings();
        out.printf(
            Locale.ROOT,
            "| %s | %s | %s | %s | %.4f | %.4f | %d |%n",
            row.result().method(),
            s == null ? "" : s.titleWeight(),
            s == null ? "" : s.minScore(),
            s == null ? "" : s.semanticWeight(),
            row.result().precision(),
            row.result().recall(),
            row.result().papers());
      }
    }
    out.flush();
  }
}
