package org.paperscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperscope.eval.MalformedConfigException;
import org.paperscope.eval.RegressionConfig;
import org.paperscope.eval.RegressionConfigs;
import org.paperscope.eval.RegressionReport;
import org.paperscope.eval.RegressionRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope eval run CONFIG…}: runs regression configs and checks every pinned metric; exit
 * 1 when one is outside its tolerance, 2 for a config that cannot be used.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    header = "Runs evaluation configs; fails when a metric moves past its tolerance.",
    description = {
      "Runs each CONFIG (a YAML file, or the name of one bundled with PaperScope:",
      "see --list) and prints a Markdown table per config: metric, published anchor,",
      "expected ± tolerance, actual, ok. Exit 1 when a metric is outside its",
      "tolerance either way, 2 for a config that cannot be used (file:line says why).",
      "How to write one: docs/evaluation.md."
    })
final class EvalRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CONFIG", description = "Config files or bundled config names.")
  List<String> configs = List.of();

  @Option(names = "--list", description = "List the bundled configs and exit.")
  boolean list;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description =
          "Directory the configs' corpus paths are relative to. Default: ${DEFAULT-VALUE}.")
  Path shared = Path.of("../shared/data");

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = {
        "Where search configs build the demo index (reused when it already holds the",
        "demo corpus). Default: a temporary directory, deleted afterwards."
      })
  Path data;

  @Option(names = "--verbose", description = "On failure, print the full stack trace.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    if (list) {
      printBundled(spec.commandLine().getOut());
      return 0;
    }
    List<String> failed = run(load());
    if (failed.isEmpty()) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("paperscope eval run: outside tolerance: " + String.join("; ", failed));
    err.flush();
    return PaperScopeCommand.EXIT_FAILURE;
  }

  /** Every config, read and checked before any runs; the shared directory must exist. */
  private List<RegressionConfig> load() throws IOException {
    if (configs.isEmpty()) {
      throw new CliErrors.UsageException("name at least one CONFIG (bundled ones: --list)");
    }
    List<RegressionConfig> loaded = new ArrayList<>();
    for (String config : configs) {
      try {
        loaded.add(RegressionConfigs.load(config));
      } catch (MalformedConfigException e) {
        throw new CliErrors.UsageException(e.getMessage());
      }
    }
    if (!Files.isDirectory(shared)) {
      throw new CliErrors.UsageException(
          "no shared data directory "
              + shared.toAbsolutePath().normalize()
              + "; pass --shared DIR");
    }
    return loaded;
  }

  /** Runs each config, printing its table; the {@code config: metric} names outside tolerance. */
  private List<String> run(List<RegressionConfig> loaded) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> failed = new ArrayList<>();
    try (DemoIndexes indexes = new DemoIndexes(data, shared, spec.commandLine().getErr())) {
      RegressionRunner runner = new RegressionRunner(shared, indexes);
      for (RegressionConfig config : loaded) {
        RegressionReport report = runner.run(config);
        out.println(report.toMarkdown());
        out.flush();
        report.failures().forEach(line -> failed.add(config.name() + ": " + line.metric().name()));
      }
    }
    return failed;
  }

  private static void printBundled(PrintWriter out) throws IOException {
    for (String name : RegressionConfigs.bundledNames()) {
      out.println(name + "\t" + RegressionConfigs.bundled(name).description().strip());
    }
    out.flush();
  }
}
