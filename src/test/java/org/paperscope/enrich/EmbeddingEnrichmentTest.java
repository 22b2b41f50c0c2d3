package org.paperscope.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.embed.Embedder;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.paper.Paper;

class EmbeddingEnrichmentTest {
  @TempDir Path dir;

  /** A stand-in model: a unit vector along the first axis, counting the texts it embeds. */
  static final class CountingEmbedder implements Embedder {
    final AtomicInteger texts = new AtomicInteger();

    @Override
    public EmbeddingModel model() {
      return EmbeddingModel.MINILM_L6_Q;
    }

    @Override
    public List<float[]> embed(List<String> passages) {
      List<float[]> out = new ArrayList<>();
      for (String ignored : passages) {
        texts.incrementAndGet();
        float[] v = new float[384];
        v[0] = 1;
        out.add(v);
      }
      return out;
    }

    @Override
    public float[] embedQuery(String query) {
      return embed(List.of(query)).get(0);
    }

    @Override
    public void close() {}
  }

  @Test
  void anEmptyCacheLeavesEveryPaperPendingWithoutLoadingTheModel() {
    EmbeddingEnrichment embedding =
        new EmbeddingEnrichment(
            EmbeddingModel.MINILM_L6_Q,
            DataDir.of(dir).cache(),
            () -> {
              throw new AssertionError("writing papers must not load the model");
            });
    Enrichments enrichments = Enrichments.of(DataDir.of(dir), List.of(embedding));
    PaperEnrichments resolved = enrichments.resolve(Paper.builder("a", "A title").build());
    assertThat(resolved.applied()).isEmpty();
    assertThat(resolved.results()).isEmpty();
  }

  @Test
  void aComputedVectorIsFoundByTextNotByIdAndNotComputedAgain() {
    CountingEmbedder model = new CountingEmbedder();
    EmbeddingEnrichment embedding =
        EmbeddingEnrichment.withEmbedder(
            EmbeddingModel.MINILM_L6_Q, DataDir.of(dir).cache(), model);
    Paper paper = Paper.builder("a", "A title").abstractText("Words.").build();
    embedding.compute(paper, embedding.contentKey(paper).orElseThrow());

    Enrichments enrichments = Enrichments.of(DataDir.of(dir), List.of(embedding));
    Paper sameText = Paper.builder("b", "A title").abstractText("Words.").build();
    assertThat(enrichments.resolve(sameText).results())
        .singleElement()
        .isInstanceOfSatisfying(Embedding.class, e -> assertThat(e.vector()[0]).isEqualTo(1f));
    assertThat(enrichments.resolve(sameText).present()).containsExactly("embedding");
    Paper otherText = Paper.builder("a", "A title").abstractText("Other words.").build();
    assertThat(enrichments.resolve(otherText).applied()).isEmpty();
    assertThat(model.texts).hasValue(1);
  }

  @Test
  void aPaperWithoutAbstractIsEmbeddedFromItsTitleTldrAndKeywords() {
    Paper paper =
        Paper.builder("a", "Graph Nets").tldr("Nets on graphs.").keywords(List.of("gnn")).build();
    assertThat(EmbeddedText.of(paper)).isEqualTo("Graph Nets. Nets on graphs.. gnn");
    assertThat(EmbeddedText.of(paper.toBuilder().abstractText("An abstract.").build()))
        .isEqualTo("Graph Nets. An abstract.");
  }
}
