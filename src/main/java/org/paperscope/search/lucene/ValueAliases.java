package org.paperscope.search.lucene;

import java.util.Map;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.tags.TagKey;

/**
 * Other names researchers use for the values of keyed fields: {@code venue:nips} is NeurIPS
 * (renamed in 2018), {@code decision:accept} is any accepted outcome ({@link
 * PaperSchema#decisionClass}), {@code tag:GANs} is the tag of every way of writing it ({@link
 * TagKey}: "generative adversarial networks", "GAN").
 */
final class ValueAliases {
  private static final Map<String, String> VENUES =
      Map.of(
          "nips", "neurips",
          "neural information processing systems", "neurips",
          "advances in neural information processing systems", "neurips",
          "international conference on learning representations", "iclr",
          "international conference on machine learning", "icml");

  private static final Map<String, String> DECISIONS =
      Map.of(
          "accept", "accepted",
          "acceptance", "accepted",
          "reject", "rejected",
          "rejection", "rejected",
          "withdraw", "withdrawn",
          "withdrawal", "withdrawn");

  private ValueAliases() {}

  /** The index key a value of {@code field} (tag, venue or decision) matches. */
  static String key(String field, String value) {
    String key = PaperSchema.key(value);
    return switch (field) {
      case "venue" -> VENUES.getOrDefault(key, key);
      case "decision" -> DECISIONS.getOrDefault(key, key);
      case "tag" -> TagKey.of(value);
      default -> key;
    };
  }
}
