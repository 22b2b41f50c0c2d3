package org.paperscope.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.paperscope.pdf.PdfDocument;
import org.paperscope.search.PaperSearch;

/** Builds the glossary of everything a searcher holds: titles, abstracts and PDF full texts. */
public final class CorpusGlossary {
  private CorpusGlossary() {}

  /** The glossary of every paper {@code searcher} holds. */
  public static Glossary of(PaperSearch searcher, ConceptDetector detector) throws IOException {
    GlossaryBuilder builder = Glossary.builder(detector);
    try {
      searcher.forEachPaper(
          paper ->
              builder.add(paper, searcher.fullText(paper).map(PdfDocument::body).orElse(null)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return builder.build();
  }
}
