package org.paperscope.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfSection;
import org.paperscope.pdf.ReferenceEntries;
import org.paperscope.search.SearchResult;
import org.paperscope.search.SearchResultJson;
import org.paperscope.search.SimilarPapers;
import org.paperscope.web.browse.AuthorPapers;
import org.paperscope.web.paper.ReadingPage;

/**
 * The JSON shapes of API v1. The search result has the same shape as the CLI's {@code search
 * --json} ({@code cli.CliJson}), so scripts move between the two unchanged.
 *
 * <p>Thread-safe.
 */
public final class ApiJson {
  private ApiJson() {}

  /** Compact JSON text of a node. */
  public static String write(JsonNode node) {
    try {
      return PaperJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a tree node always serialises", e);
    }
  }

  /** The search result, shaped as {@link SearchResultJson#of} (the CLI's {@code search --json}). */
  static ObjectNode searchResult(SearchResult result) {
    return SearchResultJson.of(result);
  }

  /** Hits shaped as {@link SearchResultJson#hits}. */
  static ArrayNode hits(List<SearchResult.Hit> hits) {
    return SearchResultJson.hits(hits);
  }

  /** {@code {"tags":[{"tag","count"}]}}, like {@code tags --json}. */
  static ObjectNode tags(List<Map.Entry<String, Long>> tags) {
    return SearchResultJson.tags(tags);
  }

  /**
   * {@code {"name","variants":[other spellings],"total","papers":[hit without score and
   * snippets]}}; {@code name} is the spelling the papers use most often.
   */
  static ObjectNode author(AuthorPapers author) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("name", author.name());
    ArrayNode variants = node.putArray("variants");
    author.variants().forEach(variants::add);
    node.put("total", author.papers().size());
    ArrayNode list = node.putArray("papers");
    author.papers().forEach(p -> list.add(summary(p)));
    return node;
  }

  /**
   * {@code {"id","embedded","similar":[{id,title,authors,venue,year,decision,tldr,tldrSource,
   * autoTldr?,score,reason,abstract}]}}: a search hit's summary with the cosine similarity, what
   * the papers share ("" when nothing stands out) and the abstract; keys of unknown values are left
   * out as in hits. {@code embedded} is false while the paper has no embedding, and the list is
   * then empty.
   */
  static ObjectNode similar(SimilarPapers similar) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("id", similar.paper().id());
    node.put("embedded", similar.embedded());
    ArrayNode list = node.putArray("similar");
    for (SimilarPapers.Similar s : similar.similar()) {
      ObjectNode item = SearchResultJson.summary(s.paper(), s.autoTldr());
      item.put("score", s.score());
      item.put("reason", s.reason());
      if (s.paper().abstractText() != null) {
        item.put("abstract", s.paper().abstractText());
      }
      list.add(item);
    }
    return node;
  }

  /**
   * {@code {"id","tldr","tldrSource","autoTldr"}}: with {@code source} null the TL;DR shown (the
   * author's, else the generated one), else the one asked for; {@code tldr} is null and {@code
   * tldrSource} {@code none} when there is no such TL;DR; {@code autoTldr} is the generated one or
   * null.
   *
   * @param source {@code author}, {@code auto} or null
   */
  static ObjectNode tldr(Paper paper, String autoTldr, String source) {
    String author = paper.tldr();
    String text;
    String from;
    if ("author".equals(source) || (source == null && author != null)) {
      text = author;
      from = author == null ? "none" : "author";
    } else {
      text = autoTldr;
      from = autoTldr == null ? "none" : "auto";
    }
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("id", paper.id());
    node.put("tldr", text);
    node.put("tldrSource", from);
    node.put("autoTldr", autoTldr);
    return node;
  }

  /**
   * {@code {"error","field","message"}} (STYLE.md); {@code field} is null when no parameter is to
   * blame.
   */
  public static ObjectNode error(String error, String field, String message) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("error", error);
    if (field == null) {
      node.putNull("field");
    } else {
      node.put("field", field);
    }
    node.put("message", message);
    return node;
  }

  private static ObjectNode summary(Paper paper) {
    return SearchResultJson.summary(paper);
  }

  /**
   * A paper's extracted full text: {@code {id, title, pages, sections:[{name, page, anchor}], body,
   * references:[entry]}}; the body holds one paragraph or heading per line, the anchors are the
   * reading room's ({@code /papers/{id}/text#s-1}).
   */
  static ObjectNode fullText(Paper paper, PdfDocument text) {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("id", paper.id());
    node.put("title", paper.title());
    node.put("pages", text.pageCount());
    ArrayNode sections = node.putArray("sections");
    for (int i = 0; i < text.sections().size(); i++) {
      PdfSection section = text.sections().get(i);
      sections
          .addObject()
          .put("name", section.name())
          .put("page", section.page())
          .put("anchor", ReadingPage.anchor(i));
    }
    node.put("body", text.body());
    ArrayNode references = node.putArray("references");
    ReferenceEntries.split(text.references()).forEach(references::add);
    return node;
  }
}
