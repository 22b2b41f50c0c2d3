package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.paperscope.cli.PaperScopeCommand;
import org.paperscope.fixtures.SharedData;

/**
 * The demo corpus (../shared/data, 20,090 papers and the PDFs) ingested as {@code paperscope demo
 * --no-serve} ingests it, once per test run however many classes ask, into a temporary directory
 * deleted when the run ends. Ingesting it takes minutes; {@link SearchQualityIT} and the search
 * config of {@link RegressionsIT} share it. A test gets it as a parameter of type {@code DemoIndex}
 * with {@code @ExtendWith(DemoIndex.Resolver.class)}; it is built on the first {@link #dataDir}
 * call. Thread-safe.
 */
final class DemoIndex implements AutoCloseable {
  private Path root;

  /** The data directory holding the demo index, ingested on the first call. */
  synchronized Path dataDir() throws IOException {
    if (root == null) {
      root = Files.createTempDirectory("paperscope-demo-");
      ingest(root.resolve("data"));
    }
    return root.resolve("data");
  }

  private static void ingest(Path data) {
    StringWriter err = new StringWriter();
    String[] demo = {
      "demo", "--no-serve", "--data", data.toString(), "--shared", SharedData.dir().toString()
    };
    int exit =
        PaperScopeCommand.execute(demo, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
  }

  /** Deletes the directory, at the end of the test run. */
  @Override
  public synchronized void close() throws IOException {
    if (root == null) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.delete(path);
    }
  }

  /** Resolves a {@code DemoIndex} parameter to the one instance of the test run. */
  static final class Resolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == DemoIndex.class;
    }

    @Override
    public DemoIndex resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(DemoIndex.class))
          .computeIfAbsent(DemoIndex.class, key -> new DemoIndex(), DemoIndex.class);
    }
  }
}
