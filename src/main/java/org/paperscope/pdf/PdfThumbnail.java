package org.paperscope.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.paperscope.pdf.PdfRejectedException.Reason;

/**
 * Renders the first page of a PDF as a small PNG, the thumbnail conference sites show per paper.
 *
 * <p>The page is rendered at the resolution that makes it {@code widthPx} pixels wide (about 36 dpi
 * for a US Letter page at 300 px), with embedded images subsampled, so memory stays small. The same
 * {@link PdfLimits} apply as for extraction; the time limit is enforced by abandoning the rendering
 * thread, since PDFBox's renderer has no callback to check a deadline in. Immutable and
 * thread-safe.
 */
public final class PdfThumbnail {
  /** Default thumbnail width in pixels. */
  public static final int DEFAULT_WIDTH_PX = 300;

  private final PdfLimits limits;
  private final int widthPx;

  /**
   * @param limits the limits a PDF must meet
   * @param widthPx the thumbnail width in pixels, positive
   */
  public PdfThumbnail(PdfLimits limits, int widthPx) {
    if (widthPx <= 0) {
      throw new IllegalArgumentException("thumbnail width must be positive: " + widthPx);
    }
    this.limits = limits;
    this.widthPx = widthPx;
  }

  /** A renderer of {@value #DEFAULT_WIDTH_PX}-pixel-wide thumbnails. */
  public PdfThumbnail(PdfLimits limits) {
    this(limits, DEFAULT_WIDTH_PX);
  }

  /**
   * The PNG bytes of page 1 of the PDF at {@code pdf}, {@code widthPx} wide (±1 px of rounding).
   *
   * @throws PdfRejectedException when the file is not a readable PDF within the limits
   */
  public byte[] render(Path pdf) throws PdfRejectedException {
    return render(new PdfSource.FileSource(pdf));
  }

  /**
   * As {@link #render(Path)} for a PDF held in memory.
   *
   * @throws PdfRejectedException when the bytes are not a readable PDF within the limits
   */
  public byte[] render(byte[] pdf) throws PdfRejectedException {
    return render(new PdfSource.BytesSource(pdf));
  }

  private byte[] render(PdfSource source) throws PdfRejectedException {
    PdfLoader.checkFile(source, limits);
    return PdfWorkers.callWithin(limits, () -> renderNow(source));
  }

  private byte[] renderNow(PdfSource source) throws PdfRejectedException {
    try (RandomAccessRead in = source.open();
        PDDocument document = PdfLoader.open(in, limits)) {
      if (document.getNumberOfPages() == 0) {
        throw new PdfRejectedException(Reason.CORRUPT, "corrupt PDF: no pages", null);
      }
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(true);
      BufferedImage image = renderer.renderImage(0, scale(document.getPage(0)), ImageType.RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new PdfRejectedException(
          Reason.CORRUPT, "corrupt or truncated PDF: " + PdfWorkers.describe(e), e);
    }
  }

  /** Pixels per PDF point that make the displayed page {@code widthPx} wide. */
  private float scale(PDPage page) {
    PDRectangle box = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    float widthPoints = turned ? box.getHeight() : box.getWidth();
    return widthPx / Math.max(1f, widthPoints);
  }
}
