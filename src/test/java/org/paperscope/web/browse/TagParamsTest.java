package org.paperscope.web.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.tags.TagNames;
import org.paperscope.web.BadParameterException;
import org.paperscope.web.Messages;

class TagParamsTest {
  /** Most used first, ties by name, as {@code Snapshot.tags()} gives them. */
  private static final Map<String, Long> TAGS = byCount();

  private static Map<String, Long> byCount() {
    Map<String, Long> tags = new LinkedHashMap<>();
    tags.put("deep learning", 50L);
    tags.put("Graph Neural Networks", 20L);
    tags.put("few-shot learning", 9L);
    tags.put("computational photography", 7L);
    tags.put("Schölkopf kernels", 5L);
    tags.put("C++", 3L);
    tags.put("attention", 3L);
    tags.put("deep graph learning", 2L);
    return tags;
  }

  private static TagParams params(String query) throws BadParameterException {
    return TagParams.parse(Map.of("q", List.of(query)), 100, 100);
  }

  private static List<String> names(TagParams.Selection selection) {
    return selection.tags().stream().map(Map.Entry::getKey).toList();
  }

  @Test
  void textMatchesTheStartOfAnyWordNotTheMiddle() throws Exception {
    TagParams.Selection graph = params("graph").select(TAGS);
    assertThat(names(graph)).containsExactly("Graph Neural Networks", "deep graph learning");
    assertThat(graph.matching()).isEqualTo(2);
    assertThat(graph.all()).isEqualTo(TAGS.size());
    assertThat(names(params("learn").select(TAGS)))
        .containsExactly("deep learning", "few-shot learning", "deep graph learning");
  }

  @Test
  void accentsCaseAndPunctuationAreFolded() throws Exception {
    assertThat(names(params("FEW SH").select(TAGS))).containsExactly("few-shot learning");
    assertThat(names(params("scholkopf").select(TAGS))).containsExactly("Schölkopf kernels");
    assertThat(names(params("neural-net").select(TAGS))).containsExactly("Graph Neural Networks");
  }

  @Test
  void punctuationOnlyTextIsMatchedAsTyped() throws Exception {
    assertThat(names(params("++").select(TAGS))).containsExactly("C++");
  }

  @Test
  void blankTextKeepsEveryTagInCountOrder() throws Exception {
    TagParams.Selection all = TagParams.parse(Map.of(), 100, 100).select(TAGS);
    assertThat(names(all)).containsExactlyElementsOf(TAGS.keySet());
    assertThat(names(params("  ").select(TAGS))).containsExactlyElementsOf(TAGS.keySet());
  }

  @Test
  void pagesByOffsetAndLimitInNameOrderWithTheMatchingTotal() throws Exception {
    TagParams p =
        TagParams.parse(
            Map.of(
                "q", List.of("learning"),
                "sort", List.of("name"),
                "offset", List.of("1"),
                "limit", List.of("1")),
            100,
            100);
    TagParams.Selection page = p.select(TAGS);
    // By name: deep graph learning, deep learning, few-shot learning.
    assertThat(names(page)).containsExactly("deep learning");
    assertThat(page.matching()).isEqualTo(3);
    assertThat(names(p.withOffset(2).select(TAGS))).containsExactly("few-shot learning");
    assertThat(p.withOffset(99).select(TAGS).tags()).isEmpty();
  }

  @Test
  void linksKeepTextAndOrderAndLeaveOutDefaults() throws Exception {
    TagParams p =
        TagParams.parse(
            Map.of("q", List.of("few shot"), "sort", List.of("name"), "limit", List.of("50")),
            200,
            1000);
    assertThat(p.withOffset(100).href(200))
        .isEqualTo("/tags?q=few+shot&sort=name&offset=100&limit=50");
    assertThat(p.withOrder(false).href(200)).isEqualTo("/tags?q=few+shot&limit=50");
    assertThat(p.withoutText().href(50)).isEqualTo("/tags?sort=name");
    assertThat(TagParams.parse(Map.of(), 200, 1000).href(200)).isEqualTo("/tags");
  }

  @Test
  void badSortOffsetOrLimitNameTheParameter() {
    assertThatThrownBy(() -> TagParams.parse(Map.of("sort", List.of("size")), 10, 10))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.field()).isEqualTo("sort"));
    assertThatThrownBy(() -> TagParams.parse(Map.of("offset", List.of("-1")), 10, 10))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.field()).isEqualTo("offset"));
    assertThatThrownBy(() -> TagParams.parse(Map.of("limit", List.of("11")), 10, 10))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.field()).isEqualTo("limit"));
  }

  @Test
  void tagsPageSaysHowManyMatchAndPagesKeepTheFilterAndOrder() throws Exception {
    TagParams p =
        TagParams.parse(
            Map.of("q", List.of("learning"), "sort", List.of("name"), "limit", List.of("2")),
            TagsPage.PAGE_SIZE,
            TagsPage.MAX_LIMIT);
    TagsPage first = TagsPage.of(p, p.select(TAGS), TagNames.NONE, Messages.ENGLISH);
    assertThat(first.summary()).isEqualTo("3 of 8 tags match “learning”.");
    assertThat(first.pager().range()).isEqualTo("1–2 of 3");
    assertThat(first.pager().previous()).isNull();
    assertThat(first.pager().next()).isEqualTo("/tags?q=learning&sort=name&offset=2&limit=2");
    assertThat(first.byCountHref()).isEqualTo("/tags?q=learning&limit=2");
    assertThat(first.allHref()).isEqualTo("/tags?sort=name&limit=2");
    TagsPage second =
        TagsPage.of(p.withOffset(2), p.withOffset(2).select(TAGS), TagNames.NONE, Messages.ENGLISH);
    assertThat(second.pager().range()).isEqualTo("3–3 of 3");
    assertThat(second.pager().previous()).isEqualTo("/tags?q=learning&sort=name&limit=2");
    assertThat(second.pager().next()).isNull();
    TagsPage none =
        TagsPage.of(params("zebra"), params("zebra").select(TAGS), TagNames.NONE, Messages.ENGLISH);
    assertThat(none.summary()).isEqualTo("None of the 8 tags match “zebra”.");
    assertThat(none.pager()).isNull();
  }
}
