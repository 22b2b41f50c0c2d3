package org.paperscope.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link Paper}, shared by the stored index copy, {@code show --json}, {@code
 * export} and the API. Keys: id, title, authors, abstract, tldr, tldrSource, keywords, venue, year,
 * decision, rating, links; unknown values are omitted, never written as null.
 *
 * <p>Thread-safe.
 */
public final class PaperJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PaperJson() {}

  /** The shared mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Renders the paper with its TL;DR as shown: {@code tldr} the author's when there is one, else
   * the generated one; {@code tldrSource} {@code author}, {@code auto} or {@code none}; {@code
   * autoTldr} the generated one whenever there is one. Reading such JSON back ({@link #fromJson},
   * {@code ingest}) takes {@code tldr} as the author's only when {@code tldrSource} is not {@code
   * auto}.
   *
   * @param autoTldr the generated TL;DR, or null when there is none (yet)
   */
  public static ObjectNode toNode(Paper paper, String autoTldr) {
    ObjectNode node = toNode(paper);
    if (autoTldr == null) {
      return node;
    }
    node.put("autoTldr", autoTldr);
    if (paper.tldr() == null) {
      // Keep the key order of toNode: tldr and tldrSource after abstract.
      ObjectNode ordered = MAPPER.createObjectNode();
      node.fields()
          .forEachRemaining(
              field -> {
                if (field.getKey().equals("tldrSource")) {
                  ordered.put("tldr", autoTldr);
                  ordered.put("tldrSource", "auto");
                } else {
                  ordered.set(field.getKey(), field.getValue());
                }
              });
      return ordered;
    }
    return node;
  }

  /** Whether a JSON record's {@code tldr} is a generated one (its {@code tldrSource} is auto). */
  public static boolean tldrIsGenerated(JsonNode record) {
    return "auto".equals(record.path("tldrSource").asText(null));
  }

  /** Renders the paper as a JSON object node. */
  public static ObjectNode toNode(Paper paper) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", paper.id());
    node.put("title", paper.title());
    stringArray(node.putArray("authors"), paper.authors());
    putIfPresent(node, "abstract", paper.abstractText());
    putIfPresent(node, "tldr", paper.tldr());
    node.put("tldrSource", paper.tldr() == null ? "none" : "author");
    stringArray(node.putArray("keywords"), paper.keywords());
    putIfPresent(node, "venue", paper.venue());
    if (paper.year() != null) {
      node.put("year", paper.year());
    }
    putIfPresent(node, "decision", paper.decision());
    if (paper.rating() != null) {
      node.put("rating", paper.rating());
    }
    node.set("links", linksNode(paper.links()));
    if (paper.pdf() != null) {
      node.set("pdf", pdfNode(paper.pdf()));
    }
    return node;
  }

  /** Renders the paper as compact JSON text. */
  public static String toJson(Paper paper) {
    try {
      return MAPPER.writeValueAsString(toNode(paper));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a paper written by {@link #toJson}; trusted input (the index's own copy).
   *
   * @throws IllegalArgumentException when the text is not such a paper
   */
  public static Paper fromJson(String json) {
    try {
      return fromNode(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a stored paper: " + e.getOriginalMessage(), e);
    }
  }

  private static Paper fromNode(JsonNode node) {
    JsonNode links = node.path("links");
    return Paper.builder(node.path("id").asText(), node.path("title").asText())
        .authors(strings(node.path("authors")))
        .abstractText(text(node, "abstract"))
        .tldr(tldrIsGenerated(node) ? null : text(node, "tldr"))
        .keywords(strings(node.path("keywords")))
        .venue(text(node, "venue"))
        .year(node.hasNonNull("year") ? node.get("year").asInt() : null)
        .decision(text(node, "decision"))
        .rating(node.hasNonNull("rating") ? node.get("rating").asDouble() : null)
        .links(
            new Links(
                text(links, "pdf"),
                text(links, "forum"),
                text(links, "code"),
                text(links, "slides"),
                text(links, "poster"),
                text(links, "video")))
        .pdf(pdfFromNode(node.get("pdf")))
        .build();
  }

  private static ObjectNode pdfNode(PdfInfo pdf) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("sha256", pdf.sha256());
    node.put("pages", pdf.pageCount());
    ArrayNode sections = node.putArray("sections");
    for (PdfInfo.Heading heading : pdf.sections()) {
      sections.addObject().put("name", heading.name()).put("page", heading.page());
    }
    putIfPresent(node, "arxivId", pdf.arxivId());
    return node;
  }

  private static PdfInfo pdfFromNode(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    List<PdfInfo.Heading> sections = new ArrayList<>();
    node.path("sections")
        .forEach(
            h ->
                sections.add(new PdfInfo.Heading(h.path("name").asText(), h.path("page").asInt())));
    return new PdfInfo(
        node.path("sha256").asText(), node.path("pages").asInt(), sections, text(node, "arxivId"));
  }

  private static ObjectNode linksNode(Links links) {
    ObjectNode node = MAPPER.createObjectNode();
    putIfPresent(node, "pdf", links.pdf());
    putIfPresent(node, "forum", links.forum());
    putIfPresent(node, "code", links.code());
    putIfPresent(node, "slides", links.slides());
    putIfPresent(node, "poster", links.poster());
    putIfPresent(node, "video", links.video());
    return node;
  }

  private static void putIfPresent(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  private static void stringArray(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(value -> out.add(value.asText()));
    return out;
  }
}
