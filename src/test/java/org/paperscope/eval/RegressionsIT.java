package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperscope.cli.PaperScopeCommand;
import org.paperscope.fixtures.SharedData;

/**
 * Every bundled evaluation config (src/main/resources/eval/regressions/*.yaml) run as {@code
 * paperscope eval run CONFIG} runs it: each pinned metric must stay within its tolerance, either
 * way, of the figure docs/evaluation.md reports. A new config is picked up without a change here.
 */
@Tag("slow")
@ExtendWith({SharedData.class, DemoIndex.Resolver.class})
class RegressionsIT {
  static List<String> configs() throws IOException {
    return RegressionConfigs.bundledNames();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void metricsStayWithinTheirTolerance(String config, DemoIndex demo) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("eval", "run", config, "--shared", SharedData.dir().toString()));
    Regression regression = RegressionConfigs.load(config).regression();
    if (regression instanceof SearchRegression || regression instanceof LabelKnnRegression) {
      // The demo index (and its vectors) the search ITs share; eval run ingests nothing.
      args.addAll(List.of("--data", demo.dataDir().toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        PaperScopeCommand.execute(
            args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));

    System.out.println(out);
    assertThat(exit).as(out + "\n" + err).isZero();
  }
}
