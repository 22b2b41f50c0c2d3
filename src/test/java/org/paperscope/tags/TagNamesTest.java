package org.paperscope.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TagNamesTest {
  private static TagNames names(String... keywords) {
    TagNames.Builder builder = TagNames.builder();
    for (String k : keywords) {
      builder.add(k);
    }
    return builder.build();
  }

  @Test
  void theMostWrittenFormNamesTheTagAndTheOthersAreAliases() {
    TagNames names = names("GAN", "GAN", "GAN", "GANs", "generative adversarial networks", "gans");
    String key = TagKey.of("GAN");
    assertThat(names.name(key)).isEqualTo("GAN");
    assertThat(names.aliases(key)).containsExactly("GANs", "generative adversarial networks");
  }

  @Test
  void lowerCaseIsPreferredWhereSomePaperWritesItSoAndAcronymsAreCapitals() {
    TagNames names =
        names("Unsupervised Learning", "Unsupervised Learning", "unsupervised learning", "cnn");
    assertThat(names.name(TagKey.of("unsupervised learning"))).isEqualTo("unsupervised learning");
    assertThat(names.name(TagKey.of("CNN"))).isEqualTo("CNN");
    assertThat(names("ImageNet").name(TagKey.of("imagenet"))).isEqualTo("ImageNet");
    assertThat(TagNames.NONE.name("some key")).isEqualTo("some key");
  }

  @Test
  void inspirationDrawsDifferentPopularTagsTheSameWayForASeed() {
    Map<String, Long> tags = new LinkedHashMap<>();
    for (int i = 0; i < 300; i++) {
      tags.put("tag" + i, 300L - i);
    }
    List<String> a = TagInspiration.pick(tags, 200, 5, new SplittableRandom(7));
    List<String> b = TagInspiration.pick(tags, 200, 5, new SplittableRandom(7));
    assertThat(a).hasSize(5).doesNotHaveDuplicates().isEqualTo(b);
    assertThat(a).allMatch(t -> Integer.parseInt(t.substring(3)) < 200);
    assertThat(TagInspiration.pick(Map.of("only", 1L), 200, 5, new SplittableRandom(1)))
        .containsExactly("only");
  }
}
