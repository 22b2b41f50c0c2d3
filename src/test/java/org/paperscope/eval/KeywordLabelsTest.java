package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordLabelsTest {
  private static final KeywordLabels LABELS =
      new KeywordLabels(
          Map.of(
              "gans", "GANs",
              "reinforcement learning", "RL",
              "meta-learning", "meta learning",
              "transformer", "transformers",
              "graph neural network", "graphs"));

  @Test
  void eachPaperGetsTheLabelOfItsRarestMappedKeyword() {
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    // Over these five papers: gans 2, reinforcement learning 3, meta-learning 1.
    keywords.put("p1", List.of("GANs", "Reinforcement  Learning"));
    keywords.put("p2", List.of("reinforcement learning"));
    keywords.put("p3", List.of("reinforcement learning", "Meta-Learning"));
    keywords.put("p4", List.of("deep learning"));
    keywords.put("p5", List.of("gans", "GANs"));

    assertThat(LABELS.assign(keywords))
        .containsExactly(
            Map.entry("p1", "GANs"),
            Map.entry("p2", "RL"),
            Map.entry("p3", "meta learning"),
            Map.entry("p5", "GANs"));
  }

  @Test
  void equallyRareKeywordsGiveTheLabelFirstInAlphabeticalOrder() {
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    // transformer and graph neural network: 2 papers each; "graphs" < "transformers".
    keywords.put("a", List.of("transformer", "graph neural network"));
    keywords.put("b", List.of("graph neural network", "transformer"));
    keywords.put("c", List.of("transformer"));
    keywords.put("d", List.of("graph neural network"));

    assertThat(LABELS.assign(keywords))
        .containsEntry("a", "graphs")
        .containsEntry("b", "graphs")
        .containsEntry("c", "transformers")
        .containsEntry("d", "graphs");
  }

  @Test
  void readsTheKeywordToLabelObjectInLowerCase(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("labels.json");
    Files.writeString(
        file,
        """
        {"note": "rarest wins", "dict_keyword_to_label": {"Few-Shot Learning": "few-shot"}}
        """);

    assertThat(KeywordLabels.read(file).assign(Map.of("p", List.of("few-shot learning"))))
        .containsExactly(Map.entry("p", "few-shot"));
  }

  @Test
  void fileWithoutTheMappingIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("labels.json");
    Files.writeString(file, "{\"note\": \"nothing here\"}");

    assertThatThrownBy(() -> KeywordLabels.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("dict_keyword_to_label");
  }
}
