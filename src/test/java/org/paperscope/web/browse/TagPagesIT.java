package org.paperscope.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.web.ServerHarness;
import org.paperscope.web.TestCorpus;
import org.paperscope.web.WebClient;

/** Tags on the web: one tag per idea under its most written name, any alias searchable. */
class TagPagesIT {
  @RegisterExtension
  static final ServerHarness harness = ServerHarness.over(dir -> TestCorpus.write(dir, corpus()));

  static List<Paper> corpus() {
    return List.of(
        paper("a", "GAN"),
        paper("b", "GAN"),
        paper("c", "GANs"),
        paper("d", "generative adversarial networks"),
        paper("e", "Meta-Learning"),
        paper("f", "meta learning"));
  }

  private static Paper paper(String id, String keyword) {
    return Paper.builder(id, "Paper " + id)
        .abstractText("An abstract.")
        .keywords(List.of(keyword))
        .venue("ICLR")
        .year(2020)
        .build();
  }

  private static String page(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void tagPageListsOneTagPerIdeaWithItsAliases() throws Exception {
    String html = page("/tags");
    assertThat(html).contains("2 tags, from the authors' keywords");
    assertThat(html)
        .contains(">GAN</a> <span class=\"aliases\">GANs · generative adversarial networks</span>");
    assertThat(html).contains("<span class=\"count\">4</span>");
    assertThat(html).containsPattern(">meta(-| )learning</a>");
  }

  @Test
  void anyAliasFindsTheTagsPapers() throws Exception {
    for (String q : List.of("tag:GAN", "tag:gans", "tag:\"Generative Adversarial Networks\"")) {
      JsonNode result = PaperJson.mapper().readTree(page("/api/v1/search?q=" + WebClient.enc(q)));
      assertThat(result.path("total").asInt()).as(q).isEqualTo(4);
    }
    JsonNode tags = PaperJson.mapper().readTree(page("/api/v1/tags"));
    JsonNode first = tags.path("tags").get(0);
    assertThat(first.path("name").asText()).isEqualTo("GAN");
    assertThat(first.path("tag").asText()).isEqualTo("generative adversarial network");
    assertThat(first.path("count").asInt()).isEqualTo(4);
  }

  @Test
  void homePageOffersTagsByTheirNames() throws Exception {
    String home = page("/");
    assertThat(home).containsAnyOf(">GAN</a>", ">meta learning</a>", ">Meta-Learning</a>");
    assertThat(home).doesNotContain(">generative adversarial network</a>");
  }
}
