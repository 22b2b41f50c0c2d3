package org.paperscope.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects PDFBox's text lines with their font size, position and weight instead of writing text.
 *
 * <p>Checks its {@link PdfDeadline} per page, per word and every few hundred glyphs. Not
 * thread-safe: one instance per document.
 */
final class PdfLineStripper extends PDFTextStripper {
  private static final int GLYPHS_PER_DEADLINE_CHECK = 256;

  private final PdfDeadline deadline;
  private final List<PdfPageLines> pages = new ArrayList<>();
  private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
  private List<PdfLine> pageLines = new ArrayList<>();
  private PDRectangle pageBox;
  private final LineBuilder line = new LineBuilder();
  private final RotatedText rotated = new RotatedText();
  private boolean nextStartsParagraph = true;
  private int glyphs;

  PdfLineStripper(PdfDeadline deadline) {
    this.deadline = deadline;
  }

  /** Runs PDFBox's text extraction over the whole document and returns its pages' lines. */
  List<PdfPageLines> pages(PDDocument document) throws IOException {
    writeText(document, Writer.nullWriter());
    // PDFBox skips pages without a content stream; they still count, as empty pages.
    List<PdfPageLines> all = new ArrayList<>();
    int next = 0;
    for (int number = 1; number <= document.getNumberOfPages(); number++) {
      if (next < pages.size() && pages.get(next).number() == number) {
        all.add(pages.get(next++));
      } else {
        PDRectangle box = document.getPage(number - 1).getCropBox();
        all.add(new PdfPageLines(number, box.getWidth(), box.getHeight(), List.of()));
      }
    }
    return List.copyOf(all);
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    deadline.check();
    pageBox = page.getCropBox();
    super.processPage(page);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (++glyphs % GLYPHS_PER_DEADLINE_CHECK == 0) {
      deadline.check();
    }
    super.processTextPosition(text);
  }

  @Override
  protected void startPage(PDPage page) {
    pageLines = new ArrayList<>();
    nextStartsParagraph = true;
  }

  @Override
  protected void endPage(PDPage page) {
    finishLine();
    for (String text : rotated.lines()) {
      String normalized = PdfGlyphs.normalize(text);
      if (!normalized.isEmpty()) {
        pageLines.add(PdfLine.rotated(getCurrentPageNo(), normalized));
      }
    }
    pages.add(
        new PdfPageLines(getCurrentPageNo(), pageBox.getWidth(), pageBox.getHeight(), pageLines));
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    deadline.check();
    if (!positions.isEmpty() && positions.get(0).getDir() != 0) {
      positions.forEach(rotated::add);
      return;
    }
    line.append(text);
    for (TextPosition position : positions) {
      line.add(position, isBold(position.getFont()));
    }
  }

  @Override
  protected void writeWordSeparator() {
    line.append(" ");
  }

  @Override
  protected void writeLineSeparator() {
    finishLine();
  }

  @Override
  protected void writeParagraphStart() {
    finishLine();
    nextStartsParagraph = true;
  }

  @Override
  protected void writeParagraphEnd() {
    finishLine();
  }

  private void finishLine() {
    if (line.isEmpty()) {
      return;
    }
    PdfLine built = line.build(getCurrentPageNo(), nextStartsParagraph);
    if (!built.text().isEmpty()) {
      pageLines.add(built);
      nextStartsParagraph = false;
    }
  }

  private boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    return boldFonts.computeIfAbsent(font, PdfLineStripper::looksBold);
  }

  private static boolean looksBold(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    // Base-14/Type 1 weights (Times-Bold, NimbusRomNo9L-Medi) and TeX's bold families (CMBX, SFBX).
    if (name.matches(".*(bold|black|heavy|medi|demi|semibd|cmbx|sfbx|-bd|bx\\d).*")) {
      return true;
    }
    PDFontDescriptor descriptor = font.getFontDescriptor();
    return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
  }

  /** Accumulates one line's text and layout statistics. */
  private static final class LineBuilder {
    private final StringBuilder text = new StringBuilder();
    private final Map<Float, Integer> sizeCounts = new HashMap<>();
    private float top = Float.MAX_VALUE;
    private float bottom = -Float.MAX_VALUE;
    private float left = Float.MAX_VALUE;
    private int boldCount;
    private int count;

    void append(String s) {
      text.append(s);
    }

    void add(TextPosition position, boolean bold) {
      float size = Math.round(position.getYScale() * 2) / 2f;
      sizeCounts.merge(size, 1, Integer::sum);
      top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
      bottom = Math.max(bottom, position.getYDirAdj());
      left = Math.min(left, position.getXDirAdj());
      boldCount += bold ? 1 : 0;
      count++;
    }

    boolean isEmpty() {
      return text.isEmpty() || text.toString().isBlank();
    }

    PdfLine build(int page, boolean paragraphStart) {
      float size = 0;
      int best = -1;
      for (Map.Entry<Float, Integer> e : sizeCounts.entrySet()) {
        // Ties go to the larger size so a title line with as many small marks still counts as
        // large.
        if (e.getValue() > best || (e.getValue() == best && e.getKey() > size)) {
          best = e.getValue();
          size = e.getKey();
        }
      }
      PdfLine result =
          new PdfLine(
              page,
              PdfGlyphs.normalize(text.toString()),
              size,
              count == 0 ? 0 : top,
              count == 0 ? 0 : bottom,
              count == 0 ? 0 : left,
              count > 0 && boldCount * 2 > count,
              paragraphStart,
              false);
      text.setLength(0);
      sizeCounts.clear();
      top = Float.MAX_VALUE;
      bottom = -Float.MAX_VALUE;
      left = Float.MAX_VALUE;
      boldCount = 0;
      count = 0;
      return result;
    }
  }
}
