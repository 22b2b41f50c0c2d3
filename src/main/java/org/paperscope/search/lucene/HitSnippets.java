package org.paperscope.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.ReferenceEntries;
import org.paperscope.search.Snippet;

/**
 * The snippets of one hit: the best passages of its TL;DR and abstract, of its PDF's full text
 * (with page and section) when the text cache holds it, and for {@code refs:} queries the reference
 * entries that match, whole. Thread-safe.
 */
final class HitSnippets {
  /** Snippet passages are about this long, like a search engine's result line. */
  private static final int SNIPPET_CHARS = 240;

  /** Matching reference entries shown per hit, best first. */
  static final int MAX_REFERENCE_SNIPPETS = 2;

  /** Reference entries longer than this (a run-on list) are cut around their matches. */
  private static final int REFERENCE_CHARS = 400;

  private static final List<String> SNIPPET_FIELDS = List.of("tldr", "abstract");

  private final SnippetBuilder snippets = new SnippetBuilder(SNIPPET_CHARS);
  private final SnippetBuilder entries = new SnippetBuilder(REFERENCE_CHARS);
  private final RecentTexts texts;

  HitSnippets(RecentTexts texts) {
    this.texts = texts;
  }

  /**
   * The snippets of a paper: TL;DR, abstract and full text for {@code terms}, then the reference
   * entries matching {@code referenceTerms} (the query's {@code refs:} clauses).
   */
  List<Snippet> of(Paper paper, HighlightTerms terms, HighlightTerms referenceTerms) {
    List<Snippet> out = new ArrayList<>();
    for (String field : SNIPPET_FIELDS) {
      String text = field.equals("tldr") ? paper.tldr() : paper.abstractText();
      snippets.build(field, text, terms).ifPresent(out::add);
    }
    if (paper.pdf() != null && (!terms.isEmpty() || !referenceTerms.isEmpty())) {
      texts
          .get(paper.pdf().sha256())
          .ifPresent(
              doc -> {
                fullTextSnippet(doc, terms).ifPresent(out::add);
                out.addAll(referenceSnippets(doc.references(), referenceTerms));
              });
    }
    return out;
  }

  /** The reference entries holding the most matches, at most {@value #MAX_REFERENCE_SNIPPETS}. */
  private List<Snippet> referenceSnippets(String references, HighlightTerms terms) {
    if (terms.isEmpty() || references.isEmpty()) {
      return List.of();
    }
    List<Snippet> found = new ArrayList<>();
    for (String entry : ReferenceEntries.split(references)) {
      entries.build(PaperSchema.REFS, entry, terms).ifPresent(found::add);
    }
    found.sort(Comparator.comparingInt((Snippet s) -> s.highlights().size()).reversed());
    return found.subList(0, Math.min(MAX_REFERENCE_SNIPPETS, found.size()));
  }

  private Optional<Snippet> fullTextSnippet(PdfDocument doc, HighlightTerms terms) {
    return snippets.build(
        PaperSchema.TEXT,
        doc.body(),
        terms,
        new SnippetBuilder.Locator() {
          @Override
          public Integer page(int offset) {
            return doc.pageAt(offset);
          }

          @Override
          public String section(int offset) {
            return doc.sectionAt(offset);
          }
        });
  }
}
