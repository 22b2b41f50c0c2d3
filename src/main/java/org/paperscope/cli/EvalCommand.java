package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperscope.eval.BeirEvaluation;
import org.paperscope.eval.BeirPreset;
import org.paperscope.eval.EvalResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope eval}: quality evaluations anyone can rerun. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Runs a quality evaluation.",
    subcommands = {EvalCommand.Beir.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation; see 'paperscope eval --help'.");
  }

  /** {@code paperscope eval beir}: nDCG@10, R@100, R@1000 of a BEIR data set. */
  @Command(
      name = "beir",
      mixinStandardHelpOptions = true,
      description = {
        "Evaluates retrieval on a BEIR data set (trec_eval semantics: nDCG@10, R@100, R@1000).",
        "Presets: anserini-flat (Anserini's BM25 flat baseline), paperscope (PaperScope's own ranking)."
      })
  static final class Beir implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = "--corpus", required = true, description = "BEIR corpus.jsonl")
    Path corpus;

    @Option(names = "--queries", required = true, description = "BEIR queries.jsonl")
    Path queries;

    @Option(names = "--qrels", required = true, description = "Qrels (BEIR TSV or TREC format), e.g. qrels/test.tsv")
    Path qrels;

    @Option(names = "--preset", description = "Ranking to evaluate. Default: ${DEFAULT-VALUE}.")
    String preset = "paperscope";

    @Option(names = "--json", description = "Print {\"ndcg@10\",\"recall@100\",\"recall@1000\"}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      BeirPreset chosen;
      try {
        chosen = BeirPreset.fromName(preset);
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--preset: " + e.getMessage());
      }
      EvalResult result = BeirEvaluation.evaluate(corpus, queries, qrels, chosen);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(result.toJson());
      } else {
        out.println(EvalResult.markdownHeader());
        out.println(result.toMarkdownRow(chosen.presetName()));
      }
      out.flush();
      return 0;
    }
  }
}
