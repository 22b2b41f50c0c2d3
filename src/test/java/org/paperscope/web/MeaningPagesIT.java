package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Search modes and similar papers on the pages, over papers embedded with the real model ({@link
 * PagesIT} checks the same pages without embeddings).
 */
class MeaningPagesIT {
  @RegisterExtension static final ServerHarness harness = ServerHarness.over(MeaningCorpus::write);

  private static String page(String path) throws Exception {
    HttpResponse<String> response = harness.client.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  /** The HTML of the element with this id, up to its closing tag. */
  private static String section(String html, String tag, String id) {
    Matcher m =
        Pattern.compile("<" + tag + " [^>]*id=\"" + id + "\".*?</" + tag + ">", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as(id).isTrue();
    return m.group();
  }

  /** The mode links, the current one marked. */
  private static String modes(String html) {
    Matcher m = Pattern.compile("<nav class=\"sort modes\".*?</nav>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("mode control").isTrue();
    return m.group();
  }

  @Test
  void thePaperPageListsItsNeighboursWithTitleTldrReasonAndAFoldedAbstract() throws Exception {
    String similar = section(page("/papers/" + MeaningCorpus.ATTENTION), "section", "similar");
    assertThat(similar)
        .contains("<h2 id=\"similar-heading\">Similar papers</h2>")
        .contains(
            "<h3 class=\"similar-title\" dir=\"auto\"><a href=\"/papers/seq\">"
                + MeaningCorpus.SELF_ATTENTION_TITLE
                + "</a></h3>")
        .contains("<a href=\"/authors/Jane%20Doe\">Jane Doe</a>")
        .contains("<p class=\"facts\">ICLR · 2018</p>")
        .contains(
            "TL;DR (author)</span> <bdi>Self-attention replaces recurrence for translation.</bdi>")
        .contains("<p class=\"reason\">Shared tags: attention</p>")
        .contains("<details class=\"abstract\">\n")
        .contains("<summary>Abstract</summary>")
        .doesNotContain(
            "href=\"/papers/attn\"",
            "href=\"/papers/attn-v2\"",
            "<details class=\"abstract\" open");
    assertThat(similar.split("<li class=\"similar\">", -1)).hasSize(10);
  }

  @Test
  void aPaperWithoutItsEmbeddingYetSaysSimilarPapersFollow() throws Exception {
    String similar = section(page("/papers/" + MeaningCorpus.LATE), "section", "similar");
    assertThat(similar)
        .contains("Similar papers appear here once this paper")
        .contains("embedding is computed (11 of 12 papers embedded so far).")
        .doesNotContain("<li");
  }

  @Test
  void theSimilarPathOfAPaperLeadsToItsSimilarPapers() throws Exception {
    HttpResponse<String> response =
        harness.client.get("/papers/" + MeaningCorpus.MAML + "/similar");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).contains("/papers/maml#similar");
  }

  @Test
  void everyHitLinksToItsSimilarPapersAndBothIsTheDefaultMode() throws Exception {
    String html = page("/search?q=attention");
    assertThat(html)
        .contains(
            "<a class=\"similar-link\" href=\"/papers/attn#similar\" aria-label=\"Papers similar to"
                + " Attention Is All You Need\">Similar papers</a>");
    assertThat(modes(html))
        .contains("<span>Search by:</span>")
        .contains(">Words</a>", ">Meaning</a>")
        .contains("href=\"/search?q=attention&amp;mode=semantic\"")
        .containsPattern("aria-current=\"true\" class=\"current\">Both</a>");
    assertThat(html).doesNotContain("name=\"mode\"").doesNotContain("note-mode");
  }

  @Test
  void aSearchByMeaningSaysWhatItsCountMeansAndKeepsTheModeInEveryLink() throws Exception {
    String html =
        page("/search?q=" + WebClient.enc(MeaningCorpus.FEW_EXAMPLES) + "&mode=semantic&limit=2");
    assertThat(html)
        .contains(
            "<p class=\"note note-mode\" role=\"status\">Searched by meaning: 11 papers pass the"
                + " filters, and all are listed.</p>")
        .doesNotContain("<mark>", "note-meaning");
    assertThat(modes(html)).containsPattern("aria-current=\"true\" class=\"current\">Meaning</a>");
    Matcher next = Pattern.compile("<a [^>]*rel=\"next\"[^>]*>").matcher(html);
    assertThat(next.find()).isTrue();
    assertThat(next.group()).contains("mode=semantic&amp;offset=2&amp;limit=2");
    assertThat(html)
        .contains("<input type=\"hidden\" name=\"mode\" value=\"semantic\">")
        .contains("sort=year&amp;mode=semantic")
        .containsPattern("filter=[^\"]*&amp;mode=semantic");
    String meaning = modes(html);
    assertThat(meaning).contains("href=\"/search?q=").contains("&amp;limit=2\" title=");
  }

  @Test
  void fewOrNoPapersFoundByWordsOfferTheSameSearchByMeaning() throws Exception {
    String html = page("/search?q=xylophone");
    assertThat(html)
        .contains("No paper has these words: <a href=\"/search?q=xylophone&amp;mode=semantic\">");
    assertThat(page("/search?q=attention"))
        .contains(
            "<p class=\"note note-meaning\"><a href=\"/search?q=attention&amp;mode=semantic\">"
                + "Search by meaning</a>");
    assertThat(page("/search?q=xylophone&mode=semantic")).contains("Searched by meaning");
  }

  @Test
  void theHomePageSaysHowManyPapersAreEmbedded() throws Exception {
    assertThat(page("/"))
        .contains("<p class=\"meaning\">11 of 12 papers embedded for search by meaning;");
  }
}
