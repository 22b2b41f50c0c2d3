package org.paperscope.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One paper as its source describes it: the metadata of a record (and of its PDF's front matter)
 * and nothing computed later. Enrichments (full text today; embeddings, Auto-TLDRs, automatic tags
 * next) are results of their own ({@code enrich.EnrichmentResult}) stored apart by content hash, so
 * that {@code tldr} is always the authors' TL;DR and a generated one can never be mistaken for it.
 * This is what the index stores and {@code reindex} rebuilds from.
 *
 * <p>{@code id} and {@code title} are non-blank; lists are never null (possibly empty) and
 * unmodifiable; every other component may be {@code null} when unknown. Text components are already
 * normalised (see {@link PaperText}). Immutable and thread-safe.
 *
 * @param id stable identifier, unique within a deployment
 * @param title the paper's title
 * @param authors author names in byline order
 * @param abstractText the abstract
 * @param tldr the authors' one-sentence TL;DR as the source gave it; never generated
 * @param keywords author keywords, shown as tags
 * @param venue short venue name such as {@code ICLR} or {@code arXiv}
 * @param year publication year
 * @param decision review outcome such as {@code Oral}, {@code Poster} or {@code Reject}
 * @param rating mean reviewer rating
 * @param links web links
 * @param pdf the ingested PDF, or null when none was
 */
public record Paper(
    String id,
    String title,
    List<String> authors,
    String abstractText,
    String tldr,
    List<String> keywords,
    String venue,
    Integer year,
    String decision,
    Double rating,
    Links links,
    PdfInfo pdf) {

  /** Checks the invariants and copies the lists. */
  public Paper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors == null ? List.of() : authors);
    keywords = List.copyOf(keywords == null ? List.of() : keywords);
    links = links == null ? Links.NONE : links;
  }

  /** "ICLR · 2018 · Oral": venue, year and decision, skipping unknown parts ("" if none). */
  public String venueLine() {
    List<String> parts = new ArrayList<>();
    if (venue != null) {
      parts.add(venue);
    }
    if (year != null) {
      parts.add(Integer.toString(year));
    }
    if (decision != null) {
      parts.add(decision);
    }
    return String.join(" · ", parts);
  }

  /** Starts a builder for a paper with this id and title. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** Returns a builder pre-filled with this paper's components. */
  public Builder toBuilder() {
    return new Builder(id, title)
        .authors(authors)
        .abstractText(abstractText)
        .tldr(tldr)
        .keywords(keywords)
        .venue(venue)
        .year(year)
        .decision(decision)
        .rating(rating)
        .links(links)
        .pdf(pdf);
  }

  /** Mutable builder for {@link Paper}; not thread-safe. */
  public static final class Builder {
    private String id;
    private String title;
    private List<String> authors = List.of();
    private String abstractText;
    private String tldr;
    private List<String> keywords = List.of();
    private String venue;
    private Integer year;
    private String decision;
    private Double rating;
    private Links links = Links.NONE;
    private PdfInfo pdf;

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder authors(List<String> value) {
      this.authors = value;
      return this;
    }

    public Builder abstractText(String value) {
      this.abstractText = value;
      return this;
    }

    public Builder tldr(String value) {
      this.tldr = value;
      return this;
    }

    public Builder keywords(List<String> value) {
      this.keywords = value;
      return this;
    }

    public Builder venue(String value) {
      this.venue = value;
      return this;
    }

    public Builder year(Integer value) {
      this.year = value;
      return this;
    }

    public Builder decision(String value) {
      this.decision = value;
      return this;
    }

    public Builder rating(Double value) {
      this.rating = value;
      return this;
    }

    public Builder links(Links value) {
      this.links = value;
      return this;
    }

    public Builder pdf(PdfInfo value) {
      this.pdf = value;
      return this;
    }

    public Paper build() {
      return new Paper(
          id,
          title,
          authors,
          abstractText,
          tldr,
          keywords,
          venue,
          year,
          decision,
          rating,
          links,
          pdf);
    }
  }
}
