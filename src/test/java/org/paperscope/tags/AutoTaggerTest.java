package org.paperscope.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.embed.Embedder;
import org.paperscope.embed.EmbeddingModel;
import org.paperscope.paper.Paper;

class AutoTaggerTest {
  private static Paper paper(String id, String title, String abstractText, String... keywords) {
    return Paper.builder(id, title).abstractText(abstractText).keywords(List.of(keywords)).build();
  }

  /** "graph neural networks" written is mostly a keyword; "neural networks" written seldom is. */
  private static List<Paper> training() {
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      papers.add(
          paper(
              "g" + i,
              "Graph neural networks for molecules " + i,
              "We train graph neural networks, which are neural networks on graphs.",
              "graph neural networks"));
      papers.add(
          paper(
              "n" + i,
              "Optimisation " + i,
              "We study neural networks and their training.",
              i < 2 ? "neural networks" : "optimization"));
    }
    return papers;
  }

  @Test
  void keyphrasenessFavoursTagsAuthorsGiveWhenTheyWriteThem() {
    TagModel model = TagModel.fit(training());
    TagModel.Stats gnn = model.stats("graph neural network");
    TagModel.Stats nn = model.stats("neural network");
    assertThat(gnn.papers()).isEqualTo(6);
    assertThat(gnn.writtenIn()).isEqualTo(6);
    assertThat(gnn.keyphraseness()).isGreaterThan(nn.keyphraseness());
    // "graph neural networks" is matched whole: its "neural networks" is not counted again.
    assertThat(nn.writtenIn()).isEqualTo(12);
    assertThat(nn.taggedWhereWritten()).isEqualTo(2);
  }

  @Test
  void taggerRanksByKeyphrasenessAndKeepsAtMostFive() {
    AutoTagger tagger = new AutoTagger(TagModel.fit(training()), 1.5, 0.0);
    List<AutoTagger.Scored> tags =
        tagger.tag(
            "Message passing on graphs",
            "Graph neural networks are neural networks; we study optimization of GNNs.");
    assertThat(tags).extracting(AutoTagger.Scored::key).first().isEqualTo("graph neural network");
    assertThat(tags).extracting(AutoTagger.Scored::name).contains("graph neural networks");
    assertThat(tags).hasSizeLessThanOrEqualTo(AutoTagger.MAX_TAGS);
    assertThat(new AutoTagger(TagModel.fit(training()), 1.5, 0.9).tag("x", "neural networks"))
        .isEmpty();
  }

  /** A stand-in model: "optimization" points one way, every other text another. */
  private static final class TwoDirections implements Embedder {
    @Override
    public EmbeddingModel model() {
      return EmbeddingModel.MINILM_L6_Q;
    }

    @Override
    public List<float[]> embed(List<String> passages) {
      List<float[]> out = new ArrayList<>();
      for (String p : passages) {
        out.add(p.contains("optimization") ? new float[] {1, 0} : new float[] {0, 1});
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
  void byMeaningATagTheTextDoesNotWriteCanJoinAndRankHigher() {
    TagModel model = TagModel.fit(training());
    TagVectors vectors = TagVectors.embed(model, new TwoDirections());
    float[] aboutOptimisation = {1, 0};
    String title = "Training schedules";
    String text = "We study neural networks.";
    AutoTagger words = new AutoTagger(model, 1.5, 0.0);
    assertThat(words.tag(title, text, aboutOptimisation, vectors))
        .extracting(AutoTagger.Scored::key)
        .containsExactly("neural network");
    AutoTagger meaning = new AutoTagger(model, 1.5, 0.0, 0.5, 1);
    assertThat(meaning.usesMeaning()).isTrue();
    assertThat(meaning.tag(title, text, aboutOptimisation, vectors))
        .extracting(AutoTagger.Scored::key)
        .containsExactly("optimization", "neural network");
    assertThat(meaning.tag(title, text, null, vectors))
        .extracting(AutoTagger.Scored::key)
        .containsExactly("neural network");
  }

  @Test
  void modelSurvivesWritingAndReading() throws Exception {
    TagModel model = TagModel.fit(training());
    StringWriter out = new StringWriter();
    model.write(out);
    TagModel read = TagModel.read(new BufferedReader(new StringReader(out.toString())));
    assertThat(read.size()).isEqualTo(model.size());
    assertThat(read.version()).isEqualTo(model.version());
    assertThat(read.stats("graph neural network")).isEqualTo(model.stats("graph neural network"));
  }

  @Test
  void shippedModelTagsAnAbstract() {
    List<AutoTagger.Scored> tags =
        AutoTagger.shipped()
            .tag(
                "Generative adversarial networks for few-shot learning",
                "We train GANs with reinforcement learning.");
    assertThat(tags).extracting(AutoTagger.Scored::key).contains("generative adversarial network");
    assertThat(AutoTagger.shipped().version()).startsWith(AutoTagger.VERSION + "-");
  }
}
