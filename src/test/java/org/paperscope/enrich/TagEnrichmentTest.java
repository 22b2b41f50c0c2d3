package org.paperscope.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.Paper;
import org.paperscope.tags.AutoTagger;

class TagEnrichmentTest {
  @TempDir Path cache;

  @Test
  void onlyPapersWithoutKeywordsAndWithAnAbstractAreTagged() throws Exception {
    TagEnrichment tags = new TagEnrichment(AutoTagger.shipped(), cache);
    Paper keyworded =
        Paper.builder("k", "GANs").abstractText("We train GANs.").keywords(List.of("GAN")).build();
    Paper bare = Paper.builder("b", "GANs").build();
    Paper plain =
        Paper.builder("p", "Stable GANs")
            .abstractText("We train GANs with reinforcement learning.")
            .build();
    assertThat(tags.contentKey(keyworded)).isEmpty();
    assertThat(tags.contentKey(bare)).isEmpty();
    String key = tags.contentKey(plain).orElseThrow();
    assertThat(tags.lookup(key)).isEmpty();

    AutoTags computed = tags.compute(plain, key);
    assertThat(computed.keys())
        .contains("generative adversarial network", "reinforcement learning");
    assertThat(tags.lookup(key)).contains(computed);
    assertThat(new TagEnrichment(AutoTagger.shipped(), cache).lookup(key)).contains(computed);
  }

  @Test
  void storedLinesReadBack() {
    AutoTags tags = new AutoTags(List.of("a b", "c"), List.of("A B", "C"));
    assertThat(AutoTags.fromLines(tags.toLines())).isEqualTo(tags);
    assertThat(AutoTags.fromLines(null).keys()).isEmpty();
  }
}
