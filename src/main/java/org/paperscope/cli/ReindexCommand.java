package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.Enrichments;
import org.paperscope.index.lucene.PaperIndex;
import org.paperscope.index.lucene.PaperIndexWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope reindex}: rewrites every paper from the copy the index stores, with the current
 * fields and analysis, after an upgrade changed them. Nothing is read from the original files;
 * enrichments (PDF full text) come from where they are stored; what is missing is left pending for
 * {@code enrich}. Committed at the end, so an interrupted run changes nothing.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the index from the papers it stores (needed when a new PaperScope version changed "
          + "how papers are indexed; search says so). Interrupting it leaves the old index as it was."
    })
final class ReindexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--threads", description = "Indexing threads. Default: number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    Path indexDir = common.withIndex().index();
    ProgressBar progress = ProgressBar.onStderr(spec);
    progress.started(1, 0);
    progress.file(indexDir, 0);
    long start = System.nanoTime();
    int papers;
    try (Enrichments enrichments =
            Enrichments.standard(DataDir.of(common.dataDir), common.store());
        PaperIndexWriter writer =
            PaperIndexWriter.open(indexDir, 256, Math.max(1, threads), enrichments)) {
      papers = writer.rebuildAll(progress::record);
      writer.commit();
    }
    progress.record(papers);
    progress.finished();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "reindexed %,d papers in %.1f s (index schema %d)%n",
        papers,
        (System.nanoTime() - start) / 1e9,
        PaperIndex.SCHEMA);
    out.flush();
    return 0;
  }
}
