package org.paperscope.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the raw lines of a document into a {@link PdfDocument}: body font, title, authors, header
 * and footer removal, body, references, pages, sections and abstract. Stateless.
 */
final class PdfStructure {
  private static final Pattern ARXIV_STAMP =
      Pattern.compile(
          "arXiv:\\s*[\\w./-]+(v\\d+)?\\s*\\[[^\\]]*\\]\\s*\\d{1,2}\\s*\\p{L}{3}\\w*\\s*\\d{4}");

  private PdfStructure() {}

  /** The structured document for the given raw lines of all pages. */
  static PdfDocument analyze(String sha256, List<PdfPageLines> rawPages) {
    float bodyFontSize = bodyFontSize(rawPages);
    List<PdfLine> titleLines =
        rawPages.isEmpty() ? List.of() : PdfTitles.titleLines(rawPages.getFirst(), bodyFontSize);
    List<PdfPageLines> pages = withoutStamps(PdfMargins.strip(rawPages, bodyFontSize));
    List<String> texts = new ArrayList<>();
    pages.forEach(p -> p.lines().forEach(l -> texts.add(l.text())));
    PdfBodyAssembler assembler =
        new PdfBodyAssembler(bodyFontSize, PdfHyphenation.vocabulary(texts), titleLines);
    assembler.addAll(pages);
    PdfFrontMatter.Facts facts = PdfFrontMatter.of(rawPages);
    return new PdfDocument(
        sha256,
        rawPages.size(),
        PdfTitles.text(titleLines),
        authors(pages, titleLines, bodyFontSize),
        assembler.abstractText(),
        assembler.body(),
        assembler.references(),
        assembler.pages(),
        assembler.sections(),
        facts.arxivId(),
        facts.year());
  }

  /** The font size covering the most characters; 10 for a document without upright text. */
  static float bodyFontSize(List<PdfPageLines> pages) {
    Map<Float, Integer> chars = new HashMap<>();
    for (PdfPageLines page : pages) {
      for (PdfLine line : page.lines()) {
        if (!line.rotated()) {
          chars.merge(line.fontSize(), line.text().length(), Integer::sum);
        }
      }
    }
    return chars.entrySet().stream()
        .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(10f);
  }

  private static List<String> authors(
      List<PdfPageLines> pages, List<PdfLine> titleLines, float bodyFontSize) {
    if (pages.isEmpty() || titleLines.isEmpty()) {
      return List.of();
    }
    List<PdfLine> after = new ArrayList<>();
    boolean pastTitle = false;
    for (PdfLine line : pages.getFirst().lines()) {
      if (pastTitle && PdfHeadings.isHeading(line, bodyFontSize, false)) {
        break;
      }
      if (pastTitle && !line.rotated()) {
        after.add(line);
      }
      pastTitle |= line.equals(titleLines.getLast());
    }
    return PdfAuthors.names(after);
  }

  private static List<PdfPageLines> withoutStamps(List<PdfPageLines> pages) {
    List<PdfPageLines> result = new ArrayList<>(pages.size());
    for (PdfPageLines page : pages) {
      List<PdfLine> kept = new ArrayList<>();
      for (PdfLine line : page.lines()) {
        if (!(line.rotated() && ARXIV_STAMP.matcher(line.text()).matches())) {
          kept.add(line);
        }
      }
      result.add(page.withLines(kept));
    }
    return result;
  }
}
