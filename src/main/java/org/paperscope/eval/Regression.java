package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A kind of evaluation a regression config names ({@code evaluation: beir}): what the config must
 * give and how the metrics are measured. Adding a kind means adding an implementation and listing
 * it in {@link #all}. Implementations are stateless and thread-safe.
 */
public sealed interface Regression
    permits BeirRegression,
        LabelKnnRegression,
        PdfRegression,
        SearchRegression,
        TldrRegression,
        GlossaryRegression,
        TagRegression {
  /** The name configs use, e.g. {@code beir}. */
  String name();

  /** The corpus entries a config must give, exactly these. */
  List<String> corpusKeys();

  /** The settings a config must give, exactly these. */
  List<String> settingKeys();

  /**
   * Checks one corpus entry of a config.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  default void checkCorpus(String key, String value) {}

  /**
   * Checks one setting of a config.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  void checkSetting(String key, String value);

  /** The metrics measured with these (checked) settings, each a name a config may pin. */
  List<String> metricNames(Map<String, String> settings);

  /** The files under {@code sharedDir} that {@link #measure} reads, to check before it starts. */
  List<Path> inputs(RegressionConfig config, Path sharedDir);

  /**
   * Runs the evaluation {@code config} describes and returns every metric of {@link #metricNames}.
   *
   * @param sharedDir the directory the config's corpus paths are relative to
   * @param indexes opens the index of a search evaluation; others ignore it
   * @throws IOException when an input cannot be read or the evaluation fails
   */
  Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException;

  /** Every kind, in the order {@code --help} lists them. */
  static List<Regression> all() {
    return List.of(
        new BeirRegression(),
        new SearchRegression(),
        new PdfRegression(),
        new LabelKnnRegression(),
        new TldrRegression(),
        new GlossaryRegression(),
        new TagRegression());
  }

  /** The kind named {@code name} (exact, lower case), if any. */
  static Optional<Regression> named(String name) {
    return all().stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The names of every kind, comma separated, for messages. */
  static String names() {
    return all().stream().map(Regression::name).collect(Collectors.joining(", "));
  }
}
