package org.paperscope.embed;

import java.util.Locale;

/**
 * The sentence-embedding models PaperScope can run, each an int8-quantized ONNX file and its
 * tokenizer inside a LangChain4j model jar on the classpath. Both give 384-dimensional vectors.
 */
public enum EmbeddingModel {
  /**
   * all-MiniLM-L6-v2, quantized: 6 layers, mean pooling, 256 word pieces (its training length). The
   * fast one: every paper is embedded with it.
   */
  MINILM_L6_Q(
      "all-minilm-l6-v2-q",
      "all-minilm-l6-v2-q.onnx",
      "all-minilm-l6-v2-q-tokenizer.json",
      Pooling.MEAN,
      256,
      ""),

  /**
   * bge-small-en-v1.5, quantized: 12 layers, CLS pooling, 512 word pieces; queries carry the
   * instruction the model was trained with. Better on retrieval, several times slower.
   */
  BGE_SMALL_Q(
      "bge-small-en-v1.5-q",
      "bge-small-en-v1.5-q.onnx",
      "bge-small-en-v1.5-q-tokenizer.json",
      Pooling.CLS,
      512,
      "Represent this sentence for searching relevant passages: ");

  /** How token vectors become one text vector. */
  public enum Pooling {
    /** The mean of the token vectors under the attention mask. */
    MEAN,
    /** The vector of the first ([CLS]) token. */
    CLS
  }

  private final String id;
  private final String onnxResource;
  private final String tokenizerResource;
  private final Pooling pooling;
  private final int maxTokens;
  private final String queryPrefix;

  EmbeddingModel(
      String id,
      String onnxResource,
      String tokenizerResource,
      Pooling pooling,
      int maxTokens,
      String queryPrefix) {
    this.id = id;
    this.onnxResource = onnxResource;
    this.tokenizerResource = tokenizerResource;
    this.pooling = pooling;
    this.maxTokens = maxTokens;
    this.queryPrefix = queryPrefix;
  }

  /** Stable name, used in caches and on the command line ({@code all-minilm-l6-v2-q}). */
  public String id() {
    return id;
  }

  /** Classpath resource of the ONNX model. */
  public String onnxResource() {
    return onnxResource;
  }

  /** Classpath resource of the tokenizer ({@code tokenizer.json}). */
  public String tokenizerResource() {
    return tokenizerResource;
  }

  public Pooling pooling() {
    return pooling;
  }

  /** Word pieces per text, special tokens included; longer texts are truncated. */
  public int maxTokens() {
    return maxTokens;
  }

  /** What goes before a search query (an instruction some models need), possibly "". */
  public String queryPrefix() {
    return queryPrefix;
  }

  /** Vector length. */
  public int dimensions() {
    return 384;
  }

  /**
   * The model with this id.
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  public static EmbeddingModel byId(String id) {
    for (EmbeddingModel model : values()) {
      if (model.id.equals(id.toLowerCase(Locale.ROOT))) {
        return model;
      }
    }
    throw new IllegalArgumentException(
        "unknown embedding model '" + id + "'; known: all-minilm-l6-v2-q, bge-small-en-v1.5-q");
  }
}
