package org.paperscope.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads one regression config from YAML, keeping the line of every key so that each problem is
 * reported as {@code source:line: problem}. The expected shape:
 *
 * <pre>{@code
 * description: what is evaluated and where the figures come from
 * evaluation: beir                  # a Regression's name
 * corpus: {KEY: PATH, ...}          # exactly the Regression's corpus keys
 * settings: {KEY: VALUE, ...}       # exactly its setting keys
 * metrics:                          # one or more of its metric names
 *   NAME: {expected: N, tolerance: N, published: N}   # published is optional
 * }</pre>
 *
 * <p>One instance reads one config; not thread-safe.
 */
final class RegressionConfigReader {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final List<String> KEYS =
      List.of("description", "evaluation", "corpus", "settings", "metrics");

  private final String source;
  private final JsonParser parser;

  /** The line of every key read, by its dotted path ({@code corpus.qrels}). */
  private final Map<String, Integer> lines = new HashMap<>();

  private RegressionConfigReader(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  /**
   * Reads and checks a config.
   *
   * @param name the config's name (its file name without {@code .yaml})
   * @param source the file or resource it comes from, for messages
   * @throws MalformedConfigException when it is not valid YAML, or not a valid config
   * @throws IOException when {@code text} cannot be read
   */
  static RegressionConfig read(String name, String source, Reader text) throws IOException {
    try (JsonParser parser = YAML.createParser(text)) {
      return new RegressionConfigReader(source, parser).config(name);
    } catch (StreamReadException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      // SnakeYAML's message goes on with the offending line and a caret: keep its first line.
      String problem = e.getOriginalMessage().lines().findFirst().orElse("").strip();
      throw new MalformedConfigException(source, line, "not valid YAML: " + problem, e);
    }
  }

  private RegressionConfig config(String name) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw error(line(), "expected a mapping with the keys " + String.join(", ", KEYS));
    }
    Map<String, String> top = new LinkedHashMap<>();
    Map<String, String> corpus = Map.of();
    Map<String, String> settings = Map.of();
    List<ExpectedMetric> metrics = List.of();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int line = remember(key);
      parser.nextToken();
      switch (key) {
        case "description", "evaluation" -> top.put(key, scalar(key));
        case "corpus" -> corpus = scalars(key);
        case "settings" -> settings = scalars(key);
        case "metrics" -> metrics = metrics();
        default ->
            throw error(
                line, "unknown key \"" + key + "\"; a config has " + String.join(", ", KEYS));
      }
    }
    Regression regression = regression(top.get("evaluation"));
    if (top.get("description") == null) {
      throw error(
          0, "missing \"description\": say what is evaluated and where the figures come from");
    }
    checkEntries("corpus", corpus, regression.corpusKeys(), regression::checkCorpus);
    checkEntries("settings", settings, regression.settingKeys(), regression::checkSetting);
    checkMetrics(metrics, regression.metricNames(settings), regression);
    return new RegressionConfig(
        name, source, top.get("description"), regression, corpus, settings, metrics);
  }

  private Regression regression(String name) throws MalformedConfigException {
    if (name == null) {
      throw error(0, "missing \"evaluation\" (one of " + Regression.names() + ")");
    }
    return Regression.named(name)
        .orElseThrow(
            () ->
                error(
                    lines.get("evaluation"),
                    "unknown evaluation \"" + name + "\"; known: " + Regression.names()));
  }

  /** The value of the current token, which must be a single value. */
  private String scalar(String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      throw error(line(), path + ": no value");
    }
    if (!token.isScalarValue()) {
      throw error(line(), path + ": expected a single value");
    }
    return parser.getText();
  }

  /** The current token's mapping of single values, in the file's order. */
  private Map<String, String> scalars(String path) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(line(), path + ": expected a mapping of KEY: VALUE");
    }
    Map<String, String> values = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      remember(path + "." + key);
      parser.nextToken();
      values.put(key, scalar(path + "." + key));
    }
    return values;
  }

  private List<ExpectedMetric> metrics() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(line(), "metrics: expected a mapping of NAME: {expected: N, tolerance: N}");
    }
    List<ExpectedMetric> metrics = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      metrics.add(metric(parser.currentName()));
    }
    return metrics;
  }

  private ExpectedMetric metric(String name) throws IOException {
    String path = "metrics." + name;
    int line = remember(path);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw error(line(), path + ": expected {expected: N, tolerance: N}");
    }
    Map<String, Double> numbers = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      remember(path + "." + key);
      if (!List.of("expected", "tolerance", "published").contains(key)) {
        throw error(
            line(),
            path + ": unknown key \"" + key + "\"; a metric has expected, tolerance, published");
      }
      numbers.put(key, number(path + "." + key));
    }
    for (String required : List.of("expected", "tolerance")) {
      if (!numbers.containsKey(required)) {
        throw error(line, path + ": missing \"" + required + "\"");
      }
    }
    if (numbers.get("tolerance") < 0) {
      throw error(lines.get(path + ".tolerance"), path + ".tolerance: must be 0 or more");
    }
    OptionalDouble published =
        numbers.containsKey("published")
            ? OptionalDouble.of(numbers.get("published"))
            : OptionalDouble.empty();
    return new ExpectedMetric(
        name, numbers.get("expected"), numbers.get("tolerance"), published, line);
  }

  private double number(String path) throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(line(), path + ": expected a number, not \"" + parser.getText() + "\"");
    }
    double value = parser.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw error(line(), path + ": expected a finite number");
    }
    return value;
  }

  /** Checks a mapping against the keys its kind requires and each value with {@code check}. */
  private void checkEntries(
      String path, Map<String, String> entries, List<String> keys, EntryCheck check)
      throws MalformedConfigException {
    for (String key : entries.keySet()) {
      int line = lines.get(path + "." + key);
      if (!keys.contains(key)) {
        throw error(line, path + "." + key + ": unknown; expected " + String.join(", ", keys));
      }
      try {
        check.check(key, entries.get(key));
      } catch (IllegalArgumentException e) {
        throw error(line, path + "." + key + ": " + e.getMessage());
      }
    }
    for (String key : keys) {
      if (!entries.containsKey(key)) {
        throw error(lines.getOrDefault(path, 0), path + ": missing \"" + key + "\"");
      }
    }
  }

  private void checkMetrics(List<ExpectedMetric> metrics, List<String> known, Regression kind)
      throws MalformedConfigException {
    if (metrics.isEmpty()) {
      throw error(lines.getOrDefault("metrics", 0), "metrics: pin at least one metric");
    }
    for (ExpectedMetric metric : metrics) {
      if (!known.contains(metric.name())) {
        throw error(
            metric.line(),
            "metrics: \"%s\" is no metric of a %s evaluation; known: %s"
                .formatted(metric.name(), kind.name(), String.join("; ", known)));
      }
    }
  }

  @FunctionalInterface
  private interface EntryCheck {
    void check(String key, String value);
  }

  /** Records the line of the key just read; a key given twice is an error. */
  private int remember(String path) throws MalformedConfigException {
    int line = line();
    if (lines.putIfAbsent(path, line) != null) {
      throw error(line, path + ": given twice (also on line " + lines.get(path) + ")");
    }
    return line;
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  private MalformedConfigException error(int line, String problem) {
    return new MalformedConfigException(source, line, problem);
  }
}
