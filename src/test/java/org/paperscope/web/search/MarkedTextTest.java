package org.paperscope.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.search.Snippet;
import org.paperscope.search.Snippet.Highlight;
import org.paperscope.web.search.MarkedText.Piece;

class MarkedTextTest {
  private static String render(MarkedText text) {
    StringBuilder out = new StringBuilder();
    text.pieces().forEach(p -> out.append(p.marked() ? "[" + p.text() + "]" : p.text()));
    return out.toString();
  }

  @Test
  void cutsAtHighlightOffsets() {
    Snippet s =
        new Snippet(
            "abstract",
            "graph attention networks",
            List.of(new Highlight(0, 5), new Highlight(16, 24)));
    assertThat(render(MarkedText.of(s))).isEqualTo("[graph] attention [networks]");
  }

  @Test
  void badOffsetsAreClampedNotThrown() {
    Snippet s =
        new Snippet(
            "abstract",
            "short",
            List.of(new Highlight(3, 99), new Highlight(1, 2), new Highlight(-4, 1)));
    assertThat(render(MarkedText.of(s))).isEqualTo("sho[rt]");
  }

  @Test
  void spreadMarksEveryWholeWordOccurrenceInTheField() {
    String abstractText = "Graphs and graph models: a graph, subgraph and GRAPH.";
    Snippet window = new Snippet("abstract", "…a graph, subgraph…", List.of(new Highlight(3, 8)));
    assertThat(render(MarkedText.spread(window, abstractText)))
        .isEqualTo("Graphs and [graph] models: a [graph], subgraph and [GRAPH].");
  }

  @Test
  void spreadKeepsOffsetsWhenLowerCasingWouldChangeLength() {
    String text = "İstanbul graph";
    Snippet window = new Snippet("tldr", "İstanbul graph", List.of(new Highlight(9, 14)));
    assertThat(render(MarkedText.spread(window, text))).isEqualTo("İstanbul [graph]");
  }

  @Test
  void spreadJoinsOverlappingForms() {
    Snippet window =
        new Snippet(
            "tldr", "data augmentation helps", List.of(new Highlight(0, 17), new Highlight(5, 17)));
    assertThat(render(MarkedText.spread(window, "data augmentation helps augmentation")))
        .isEqualTo("[data augmentation] helps [augmentation]");
  }

  @Test
  void aFormulaIsAPieceWithItsTexAndItsUnicodeForm() {
    assertThat(MarkedText.plain("title", "Adam$^+$: ``fast'' at 10$\\times$").pieces())
        .containsExactly(
            new Piece("Adam", false),
            new Piece("⁺", false, "^+"),
            new Piece(": “fast” at 10", false),
            new Piece("×", false, "\\times"));
  }

  @Test
  void aHighlightInsideAFormulaMarksItWholeInUnicode() {
    String text = "speed up of 10$\\times$ in time";
    Snippet s =
        new Snippet("abstract", text, List.of(new Highlight(16, 21), new Highlight(26, 30)));
    assertThat(MarkedText.of(s).pieces())
        .containsExactly(
            new Piece("speed up of 10", false),
            new Piece("×", true),
            new Piece(" in ", false),
            new Piece("time", true));
  }

  @Test
  void spreadHighlightsAroundFormulasKeepThem() {
    String abstractText = "We propose Adam$^+$, and Adam$^+$ is adaptive.";
    Snippet window = new Snippet("abstract", "Adam", List.of(new Highlight(0, 4)));
    assertThat(MarkedText.spread(window, abstractText).pieces())
        .containsExactly(
            new Piece("We propose ", false),
            new Piece("Adam", true),
            new Piece("⁺", false, "^+"),
            new Piece(", and ", false),
            new Piece("Adam", true),
            new Piece("⁺", false, "^+"),
            new Piece(" is adaptive.", false));
  }
}
