package org.paperscope.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link EmbeddingModel} with ONNX Runtime: each text is tokenized with DJL's HuggingFace
 * tokenizer, run alone, pooled and normalised. Thread-safe: callers embed on several threads at
 * once (on 2 cores, two threads with one core each embedded 1.1-1.8x as many abstracts per second
 * as one text at a time on two cores). Close it to free the native memory.
 */
public final class OnnxEmbedder implements Embedder {
  private final EmbeddingModel model;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  private OnnxEmbedder(
      EmbeddingModel model,
      OrtEnvironment environment,
      OrtSession session,
      HuggingFaceTokenizer tokenizer) {
    this.model = model;
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
  }

  /**
   * Loads the model from the classpath.
   *
   * @param threads cores one text may use, positive (1 when callers embed on several threads)
   * @param nativeCache where DJL unpacks the tokenizer's native library (unless {@code
   *     DJL_CACHE_DIR} is set already)
   * @throws UncheckedIOException when the model or tokenizer cannot be read or loaded
   */
  public static OnnxEmbedder open(EmbeddingModel model, int threads, Path nativeCache) {
    NativeCache.use(nativeCache);
    try {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = environment.createSession(resource(model.onnxResource()), options);
      return new OnnxEmbedder(model, environment, session, tokenizer(model));
    } catch (OrtException e) {
      throw new UncheckedIOException(
          new IOException("cannot load embedding model " + model.id() + ": " + e.getMessage(), e));
    }
  }

  /** A text's tokens as the model takes them (special tokens included, truncated). */
  public record Tokens(long[] ids, long[] mask, long[] types) {}

  /** Tokenizes a non-blank text as {@link #embed} does. */
  public Tokens tokenize(String text) {
    Encoding encoding = tokenizer.encode(text);
    return new Tokens(encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds());
  }

  /**
   * Runs the model on tokens and drops the output: ONNX Runtime alone, the limit that {@code bench
   * embed} compares {@link #embed} with.
   */
  public void runModel(Tokens tokens) {
    run(tokens.ids(), tokens.mask(), tokens.types(), new long[] {1, tokens.ids().length});
  }

  @Override
  public EmbeddingModel model() {
    return model;
  }

  @Override
  public List<float[]> embed(List<String> passages) {
    List<float[]> vectors = new ArrayList<>(passages.size());
    for (String passage : passages) {
      vectors.add(embedOne(passage));
    }
    return vectors;
  }

  @Override
  public float[] embedQuery(String query) {
    return embed(List.of(model.queryPrefix() + query)).get(0);
  }

  @Override
  public void close() {
    tokenizer.close();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model session", e);
    }
  }

  /**
   * One text alone: the quantized models scale their activations by the range of the whole input,
   * so a text batched with others (or with padding) came out different (cosine 0.988 for MiniLM),
   * and its vector would depend on its neighbours. Run alone, a text always gets the same vector.
   */
  private float[] embedOne(String text) {
    if (text == null || text.isBlank()) {
      return new float[model.dimensions()];
    }
    Encoding encoding = tokenizer.encode(text);
    long[] ids = encoding.getIds();
    long[] mask = encoding.getAttentionMask();
    float[][][] hidden = run(ids, mask, encoding.getTypeIds(), new long[] {1, ids.length});
    return Pooled.vector(model.pooling(), hidden[0], mask, 0);
  }

  private float[][][] run(long[] ids, long[] mask, long[] types, long[] shape) {
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put(
          "attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        inputs.put(
            "token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        return (float[][][]) result.get(0).getValue();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding model " + model.id() + " failed", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("model file " + name + " is not on the classpath"));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + name, e);
    }
  }

  private static HuggingFaceTokenizer tokenizer(EmbeddingModel model) {
    Map<String, String> options =
        Map.of(
            "maxLength", Integer.toString(model.maxTokens()),
            "truncation", "true",
            "padding", "false",
            "addSpecialTokens", "true");
    try (InputStream in =
        OnnxEmbedder.class.getClassLoader().getResourceAsStream(model.tokenizerResource())) {
      if (in == null) {
        throw new IOException(
            "tokenizer " + model.tokenizerResource() + " is not on the classpath");
      }
      return HuggingFaceTokenizer.newInstance(in, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the tokenizer of " + model.id(), e);
    }
  }
}
