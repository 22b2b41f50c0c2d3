package org.paperscope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Topic labels from author keywords, as González-Márquez &amp; Kobak (2024, "Learning
 * representations of learning representations") label the ICLR dataset: a map from keyword to
 * label, and each paper gets the label of its rarest mapped keyword (the one the fewest papers of
 * the set carry); a paper without a mapped keyword stays unlabelled. Keywords are compared in
 * {@link TopicEvaluation#key} form (lower case, whitespace collapsed). Immutable and thread-safe.
 */
final class KeywordLabels {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> labelOfKeyword;

  /**
   * @param labelOfKeyword keyword to label; keywords are put in {@link TopicEvaluation#key} form
   */
  KeywordLabels(Map<String, String> labelOfKeyword) {
    Map<String, String> keyed = new HashMap<>();
    labelOfKeyword.forEach((keyword, label) -> keyed.put(TopicEvaluation.key(keyword), label));
    this.labelOfKeyword = Map.copyOf(keyed);
  }

  /**
   * Reads the {@code dict_keyword_to_label} object of the berenslab labels file.
   *
   * @throws IOException when the file cannot be read or has no such object of strings
   */
  static KeywordLabels read(Path file) throws IOException {
    JsonNode mapping = JSON.readTree(file.toFile()).path("dict_keyword_to_label");
    if (!mapping.isObject() || mapping.isEmpty()) {
      throw new IOException(file + ": no dict_keyword_to_label object of keyword to label");
    }
    Map<String, String> labels = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
      if (!entry.getValue().isTextual()) {
        throw new IOException(file + ": the label of '" + entry.getKey() + "' is not a string");
      }
      labels.put(entry.getKey(), entry.getValue().asText());
    }
    return new KeywordLabels(labels);
  }

  /**
   * Labels a set of papers: the label of each paper's rarest mapped keyword, rarity counted over
   * these papers. Two mapped keywords of one paper that equally few papers carry: the label first
   * in alphabetical order wins (the source leaves this open; any fixed rule keeps runs equal).
   *
   * @param keywordsById each paper's keywords as written, by paper id
   * @return the label of every paper that has one, by id in id order
   */
  Map<String, String> assign(Map<String, List<String>> keywordsById) {
    Map<String, Set<String>> mapped = new HashMap<>();
    Map<String, Integer> papers = new HashMap<>();
    keywordsById.forEach(
        (id, keywords) -> {
          Set<String> own = mappedKeys(keywords);
          mapped.put(id, own);
          own.forEach(key -> papers.merge(key, 1, Integer::sum));
        });
    Map<String, String> labels = new TreeMap<>();
    mapped.forEach((id, keys) -> rarest(keys, papers).ifPresent(label -> labels.put(id, label)));
    return labels;
  }

  /** The distinct mapped keywords of one paper, in key form. */
  private Set<String> mappedKeys(List<String> keywords) {
    Set<String> keys = new LinkedHashSet<>();
    for (String keyword : keywords) {
      String key = TopicEvaluation.key(keyword);
      if (labelOfKeyword.containsKey(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private Optional<String> rarest(Set<String> keys, Map<String, Integer> papers) {
    Comparator<String> rarity =
        Comparator.<String>comparingInt(papers::get).thenComparing(labelOfKeyword::get);
    return keys.stream().min(rarity).map(labelOfKeyword::get);
  }
}
