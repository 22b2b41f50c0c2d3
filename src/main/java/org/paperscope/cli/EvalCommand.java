package org.paperscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.eval.BeirEvaluation;
import org.paperscope.eval.BeirPreset;
import org.paperscope.eval.BeirSetup;
import org.paperscope.eval.EvalResult;
import org.paperscope.eval.KnownItemEvaluation;
import org.paperscope.eval.PdfFidelityEvaluation;
import org.paperscope.eval.PdfSectionEvaluation;
import org.paperscope.eval.PdfTitleEvaluation;
import org.paperscope.eval.SearchEvaluation;
import org.paperscope.eval.SearchQualityReport;
import org.paperscope.pdf.PdfExtractor;
import org.paperscope.pdf.PdfLimits;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchMode;
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
    subcommands = {
      EvalRunCommand.class,
      EvalCommand.Beir.class,
      EvalFusionCommand.class,
      EvalTldrCommand.class,
      EvalTagsCommand.class,
      EvalCommand.Pdf.class,
      EvalCommand.Search.class
    })
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing evaluation; see 'paperscope eval --help'.");
  }

  /** {@code paperscope eval beir}: nDCG@10, R@100, R@1000 of a BEIR data set. */
  @Command(
      name = "beir",
      mixinStandardHelpOptions = true,
      header = "Retrieval quality on a BEIR data set (nDCG@10, R@100, R@1000).",
      description = {
        "Evaluates retrieval on a BEIR data set (trec_eval semantics: nDCG@10,",
        "R@100, R@1000). Presets: anserini-flat (Anserini's BM25 flat baseline),",
        "paperscope (PaperScope's own ranking)."
      })
  static final class Beir implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = "--corpus", required = true, description = "BEIR corpus.jsonl")
    Path corpus;

    @Option(names = "--queries", required = true, description = "BEIR queries.jsonl")
    Path queries;

    @Option(
        names = "--qrels",
        required = true,
        description = "Qrels (BEIR TSV or TREC format), e.g. qrels/test.tsv")
    Path qrels;

    @Option(names = "--preset", description = "Ranking to evaluate. Default: ${DEFAULT-VALUE}.")
    String preset = "paperscope";

    @Option(
        names = "--mode",
        description = "keyword, semantic or hybrid (paperscope preset). Default: ${DEFAULT-VALUE}.")
    String mode = "keyword";

    @Option(
        names = "--model",
        description =
            "Embedding model of semantic and hybrid runs: all-minilm-l6-v2-q or"
                + " bge-small-en-v1.5-q. Default: ${DEFAULT-VALUE}.")
    String model = EmbeddingEnrichment.MODEL.id();

    @Option(names = "--json", description = "Print {\"ndcg@10\",\"recall@100\",\"recall@1000\"}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      BeirPreset chosen;
      BeirSetup setup;
      try {
        chosen = BeirPreset.fromName(preset);
        SearchMode ranking =
            SearchMode.parse(mode)
                .filter(m -> m != SearchMode.AUTO)
                .orElseThrow(() -> new IllegalArgumentException("keyword, semantic or hybrid"));
        setup =
            new BeirSetup(ranking, EmbeddingModel.byId(model), DataDir.of(common.dataDir).cache());
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException("--preset/--mode/--model: " + e.getMessage());
      }
      EvalResult result = BeirEvaluation.evaluate(corpus, queries, qrels, chosen, setup);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(result.toJson());
      } else {
        out.println(EvalResult.markdownHeader());
        out.println(result.toMarkdownRow(label(chosen)));
      }
      out.flush();
      return 0;
    }

    private String label(BeirPreset chosen) {
      return mode.equals("keyword")
          ? chosen.presetName()
          : chosen.presetName() + " " + mode + " (" + model + ")";
    }
  }

  /** {@code paperscope eval pdf}: title, text fidelity and section quality of PDF extraction. */
  @Command(
      name = "pdf",
      mixinStandardHelpOptions = true,
      header = "PDF extraction quality: titles, text fidelity, sections.",
      description = {
        "Evaluates PDF extraction on a folder of PDFs with expected titles",
        "(science-parse's groundTruth.json, a MANIFEST.tsv): title accuracy, word F1",
        "against pdftotext (needs poppler-utils), and how often Abstract,",
        "Introduction and References are found."
      })
  static final class Pdf implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--pdfs",
        required = true,
        paramLabel = "DIR",
        description = "e.g. ../shared/data/pdfs")
    Path pdfs;

    @Override
    public Integer call() throws Exception {
      PdfExtractor extractor = new PdfExtractor(PdfLimits.DEFAULTS);
      PrintWriter out = spec.commandLine().getOut();
      out.println(new PdfTitleEvaluation(extractor).run(pdfs).toMarkdown());
      out.println(new PdfSectionEvaluation(extractor).run(pdfs).toMarkdown());
      out.println(new PdfFidelityEvaluation(extractor).run(pdfs).toMarkdown());
      out.flush();
      return 0;
    }
  }

  /** {@code paperscope eval search}: known-item, word-forms and topic quality of an index. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      header = "Search quality: known items, word forms, topics.",
      description = {
        "Evaluates search over an ingested index, as one Markdown table:",
        "  known-item: sampled titles typed as is, lower case without punctuation,",
        "    first five words (success@1, MRR@10);",
        "  word-forms: ML words whose Porter stem other words share (P@10 of hits",
        "    holding the word's own family);",
        "  topic: ICLR author keywords of 20+ papers as queries (nDCG@10).",
        "--verbose also prints up to 5 failures per row."
      })
  static final class Search implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(
        names = "--sample",
        paramLabel = "N",
        description = "Known-item papers to sample. Default: ${DEFAULT-VALUE}.")
    int sample = KnownItemEvaluation.DEFAULT_SAMPLE;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "Seed of the known-item sample. Default: ${DEFAULT-VALUE}.")
    long seed = KnownItemEvaluation.DEFAULT_SEED;

    @Option(
        names = "--mode",
        description =
            "auto (as the search box: hybrid once papers have vectors), keyword, semantic or"
                + " hybrid. Default: ${DEFAULT-VALUE}.")
    String mode = "auto";

    @Option(names = "--json", description = "Print {\"rows\":[…]} instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (sample < 1) {
        throw new CliErrors.UsageException("--sample must be 1 or more");
      }
      SearchMode chosen =
          SearchMode.parse(mode)
              .orElseThrow(
                  () -> new CliErrors.UsageException("--mode: auto, keyword, semantic or hybrid"));
      SearchQualityReport report;
      try (PaperSearch searcher =
          SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
        report = SearchEvaluation.run(searcher, sample, seed, chosen);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(json ? report.toJson() : report.toMarkdown());
      if (common.verbose) {
        // With --json, stdout stays one JSON document.
        PrintWriter examples = json ? spec.commandLine().getErr() : out;
        examples.print(report.examplesText());
        examples.flush();
      }
      out.flush();
      return 0;
    }
  }
}
