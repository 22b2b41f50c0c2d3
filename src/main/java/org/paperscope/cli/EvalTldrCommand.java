package org.paperscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.eval.SciTldrFile;
import org.paperscope.eval.TldrEvaluation;
import org.paperscope.tldr.AutoTldr;
import org.paperscope.tldr.TldrModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperscope eval tldr}: ROUGE of TL;DRs on a SciTLDR file. */
@Command(
    name = "tldr",
    mixinStandardHelpOptions = true,
    header = "TL;DR quality on a SciTLDR file (ROUGE-1/2/L F1, max over gold TL;DRs).",
    description = {
      "Writes a TL;DR of every paper of a SciTLDR file (JSON Lines with title, source"
          + " sentences and target TL;DRs) and scores it with ROUGE-1/2/L F1 (ROUGE-1.5.5 with"
          + " stemming): against every gold TL;DR, keeping the best ROUGE-1 ('max over"
          + " targets'), and against the author's TL;DR alone (the first target).",
      "--fit TRAIN[,MORE…] fits the Auto-TLDR's model on training files first (SciTLDR JSON"
          + " Lines, or OpenReview exports ending in .json with title, abstract and tldr),"
          + " leaving out every paper whose title is in --file, and --save writes it. --folds K"
          + " also fits on the scored file, K times, each time on all but one K-th that it then"
          + " scores."
    })
final class EvalTldrCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--file",
      required = true,
      description = "SciTLDR file scored, e.g. ../shared/data/scitldr/SciTLDR-A/test.jsonl")
  Path file;

  @Option(
      names = "--method",
      split = ",",
      description = "auto, first, title, oracle; several separated by commas. Default: auto.")
  List<String> methods = List.of("auto");

  @Option(
      names = "--fit",
      split = ",",
      description =
          "Training files to fit the Auto-TLDR's model on (SciTLDR .jsonl or OpenReview .json),"
              + " separated by commas.")
  List<Path> fit = List.of();

  @Option(
      names = "--folds",
      description =
          "With --fit: cross-validate, fitting on the training files and all but one of K folds"
              + " of --file, scoring that fold (seed 42). Default: no folds.")
  int folds;

  @Option(names = "--lambda", description = "Ridge penalty of --fit. Default: ${DEFAULT-VALUE}.")
  double lambda = TldrModel.LAMBDA;

  @Option(names = "--save", description = "Where --fit writes the model (JSON).")
  Path save;

  @Option(
      names = "--json",
      description =
          "Print {\"rouge1\",\"rouge2\",\"rougeL\",\"authorRouge1\",…,\"papers\"} (one per method:"
              + " an array when there are several).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    List<TldrEvaluation.Method> chosen = new ArrayList<>();
    for (String name : methods) {
      try {
        chosen.add(TldrEvaluation.Method.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CliErrors.UsageException(
            "--method: '" + name + "' is none of auto, first, title, oracle");
      }
    }
    if (save != null && fit.isEmpty()) {
      throw new CliErrors.UsageException("--save needs --fit");
    }
    if (folds != 0 && (fit.isEmpty() || folds < 2 || save != null)) {
      throw new CliErrors.UsageException("--folds needs --fit, at least 2 folds and no --save");
    }
    List<SciTldrFile.Paper> papers = SciTldrFile.read(file);
    // The shipped writer, or the one fitted here (with --folds, each fold fits its own).
    AutoTldr auto = AutoTldr.shipped();
    List<SciTldrFile.Paper> training = List.of();
    if (!fit.isEmpty()) {
      List<List<SciTldrFile.Paper>> files = new ArrayList<>();
      for (Path one : fit) {
        files.add(SciTldrFile.readTraining(one));
      }
      training = TldrEvaluation.training(files, papers);
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "fitting on %,d training papers (%,d read; left out: in --file or read before)%n",
              training.size(),
              files.stream().mapToInt(List::size).sum());
    }
    if (folds == 0 && !fit.isEmpty()) {
      TldrModel model = TldrEvaluation.fit(training, lambda);
      if (save != null) {
        Files.writeString(
            save,
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(model.toJson())
                + "\n");
      }
      auto = new AutoTldr(model);
    }
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode all = new ObjectMapper().createArrayNode();
    if (!json) {
      out.println(TldrEvaluation.Result.markdownHeader());
    }
    for (TldrEvaluation.Method method : chosen) {
      TldrEvaluation.Result result =
          folds != 0 && method == TldrEvaluation.Method.AUTO
              ? TldrEvaluation.crossValidate(training, papers, folds, lambda, 42)
              : TldrEvaluation.evaluate(papers, method, auto);
      if (json) {
        all.add(result.toJson().put("method", method.name().toLowerCase(Locale.ROOT)));
      } else {
        out.println(result.toMarkdownRow(method.name().toLowerCase(Locale.ROOT)));
      }
    }
    if (json) {
      out.println(all.size() == 1 ? all.get(0).toString() : all.toString());
    }
    out.flush();
    return 0;
  }
}
