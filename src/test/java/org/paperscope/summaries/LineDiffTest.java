package org.paperscope.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.summaries.LineDiff.Change;
import org.paperscope.summaries.LineDiff.Line;

class LineDiffTest {
  @Test
  void keepsSharedLinesAndMarksChangedOnes() {
    assertThat(LineDiff.of("a\nb\nc", "a\nB\nc\nd"))
        .containsExactly(
            new Line(Change.SAME, "a"),
            new Line(Change.REMOVED, "b"),
            new Line(Change.ADDED, "B"),
            new Line(Change.SAME, "c"),
            new Line(Change.ADDED, "d"));
  }

  @Test
  void emptyTextsHaveNoLines() {
    assertThat(LineDiff.of("", "")).isEmpty();
    assertThat(LineDiff.of("", "x")).containsExactly(new Line(Change.ADDED, "x"));
    assertThat(LineDiff.of("x", null)).containsExactly(new Line(Change.REMOVED, "x"));
  }

  @Test
  void hugeTextsFallBackToRemovedThenAdded() {
    String big = "line\n".repeat(3_000);
    List<Line> diff = LineDiff.of(big, big + "more");
    assertThat(diff).hasSize(3_001 + 3_001);
    assertThat(diff.get(0).change()).isEqualTo(Change.REMOVED);
    assertThat(diff.get(diff.size() - 1)).isEqualTo(new Line(Change.ADDED, "more"));
  }
}
