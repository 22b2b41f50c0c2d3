package org.paperscope.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The headline metrics of one BEIR evaluation, each a mean over the judged queries.
 *
 * <p>Both renderings round to 4 decimals the way trec_eval's {@code %.4f} does (exact binary value,
 * half-even). Immutable and thread-safe.
 *
 * @param ndcg10 mean nDCG@10
 * @param recall100 mean recall@100
 * @param recall1000 mean recall@1000
 * @param queries number of queries averaged over
 */
public record EvalResult(double ndcg10, double recall100, double recall1000, int queries) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Column headers and alignment row matching {@link #toMarkdownRow}, two lines, no final newline.
   */
  public static String markdownHeader() {
    return "| run | nDCG@10 | R@100 | R@1000 | queries |\n|---|---:|---:|---:|---:|";
  }

  /**
   * One Markdown table row, e.g. {@code | anserini-flat | 0.6789 | 0.9253 | 0.9767 | 300 |}; a
   * {@code |} in {@code name} is escaped.
   */
  public String toMarkdownRow(String name) {
    return "| %s | %s | %s | %s | %d |"
        .formatted(
            name.replace("|", "\\|"),
            rounded(ndcg10).toPlainString(),
            rounded(recall100).toPlainString(),
            rounded(recall1000).toPlainString(),
            queries);
  }

  /** Compact JSON, e.g. {@code {"ndcg@10":0.6789,"recall@100":0.9253,"recall@1000":0.9767}}. */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("ndcg@10", rounded(ndcg10));
    node.put("recall@100", rounded(recall100));
    node.put("recall@1000", rounded(recall1000));
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a tree of three numbers", e);
    }
  }

  private static BigDecimal rounded(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN);
  }
}
