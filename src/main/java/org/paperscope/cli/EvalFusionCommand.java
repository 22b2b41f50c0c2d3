package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.eval.EvalResult;
import org.paperscope.eval.FusionSweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope eval fusion}: how hybrid search's fusion was chosen, rerunnable: a grid of RRF
 * settings on a BEIR split (use train), best first.
 */
@Command(
    name = "fusion",
    mixinStandardHelpOptions = true,
    header = "Chooses hybrid search's rank fusion on a BEIR split (use train, never test).",
    description = {
      "Ranks each judged query by words (BM25) and by meaning once, then scores a grid of",
      "reciprocal-rank-fusion settings (k, weight of the ranking by meaning), best nDCG@10 first.",
      "Document vectors are cached under --data's cache/."
    })
final class EvalFusionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "BEIR corpus.jsonl")
  Path corpus;

  @Option(names = "--queries", required = true, description = "BEIR queries.jsonl")
  Path queries;

  @Option(names = "--qrels", required = true, description = "Qrels of a train split")
  Path qrels;

  @Option(names = "--model", description = "Embedding model. Default: ${DEFAULT-VALUE}.")
  String model = EmbeddingEnrichment.MODEL.id();

  @Override
  public Integer call() throws Exception {
    EmbeddingModel chosen;
    try {
      chosen = EmbeddingModel.byId(model);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException("--model: " + e.getMessage());
    }
    List<FusionSweep.Row> rows =
        FusionSweep.run(corpus, queries, qrels, chosen, DataDir.of(common.dataDir).cache());
    PrintWriter out = spec.commandLine().getOut();
    out.println(EvalResult.markdownHeader());
    for (FusionSweep.Row row : rows) {
      out.println(row.result().toMarkdownRow(row.name()));
    }
    out.flush();
    return 0;
  }
}
