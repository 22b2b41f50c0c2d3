package org.paperscope.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperscope.index.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.pdf.PdfTextCache;

/**
 * The snippets of one hit: the best passages of its TL;DR and abstract, and of its PDF's full text
 * (with page and section) when the text cache holds it. Thread-safe.
 */
final class HitSnippets {
  /** Snippet passages are about this long, like a search engine's result line. */
  private static final int SNIPPET_CHARS = 240;

  private static final List<String> SNIPPET_FIELDS = List.of("tldr", "abstract");

  private final SnippetBuilder snippets = new SnippetBuilder(SNIPPET_CHARS);
  private final PdfTextCache texts;

  HitSnippets(PdfTextCache texts) {
    this.texts = texts;
  }

  /** The snippets of a paper for the query's terms, TL;DR first; empty when nothing matches. */
  List<Snippet> of(Paper paper, HighlightTerms terms) {
    List<Snippet> out = new ArrayList<>();
    for (String field : SNIPPET_FIELDS) {
      String text = field.equals("tldr") ? paper.tldr() : paper.abstractText();
      snippets.build(field, text, terms).ifPresent(out::add);
    }
    if (paper.pdf() != null && !terms.isEmpty()) {
      texts
          .get(paper.pdf().sha256())
          .ifPresent(doc -> fullTextSnippet(doc, terms).ifPresent(out::add));
    }
    return out;
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
