package org.paperscope.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperTest {
  @Test
  void venueLineJoinsTheKnownPartsInOrder() {
    Paper all = Paper.builder("p", "T").venue("ICLR").year(2018).decision("Oral").build();
    assertThat(all.venueLine()).isEqualTo("ICLR · 2018 · Oral");
    assertThat(Paper.builder("p", "T").year(2018).decision("Reject").build().venueLine())
        .isEqualTo("2018 · Reject");
    assertThat(Paper.builder("p", "T").venue("NeurIPS").build().venueLine()).isEqualTo("NeurIPS");
    assertThat(Paper.builder("p", "T").build().venueLine()).isEmpty();
  }
}
