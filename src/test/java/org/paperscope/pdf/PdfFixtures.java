package org.paperscope.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.paperscope.fixtures.SharedData;

/** PDFs written by the tests themselves: small, valid or deliberately hostile. */
final class PdfFixtures {
  static final String TITLE = "A Test Paper About Careful Extraction";
  static final String SENTENCE =
      "The quick brown fox jumps over the lazy dog while the careful extractor reads every word.";

  /** Real PDFs from the shared data directory ({@link SharedData}). */
  static Path sharedPdfs() {
    return SharedData.file("pdfs");
  }

  private PdfFixtures() {}

  /** A US Letter PDF with a large title on page 1 and {@code pages} pages of body text. */
  static Path textPdf(Path file, int pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          float y = 700;
          if (i == 1) {
            show(content, Standard14Fonts.FontName.HELVETICA_BOLD, 20, 72, y, TITLE);
            y -= 60;
          }
          for (int line = 0; line < 3; line++, y -= 14) {
            show(content, Standard14Fonts.FontName.TIMES_ROMAN, 10, 72, y, SENTENCE);
          }
        }
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** {@link #textPdf} protected with a user password, so it cannot be opened without one. */
  static Path encryptedPdf(Path file) throws IOException {
    Path plain = textPdf(file.resolveSibling("plain-" + file.getFileName()), 1);
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(file.toFile());
    }
    return file;
  }

  /** A one-page PDF with a filled rectangle and an embedded image but no text at all. */
  static Path imageOnlyPdf(Path file) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      scan.getGraphics().fillRect(10, 10, 50, 50);
      PDImageXObject image = LosslessFactory.createFromImage(document, scan);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.setNonStrokingColor(Color.GRAY);
        content.addRect(72, 500, 300, 200);
        content.fill();
        content.drawImage(image, 72, 100, 400, 200);
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** {@code %PDF-1.7}, then random bytes, then an {@code %%EOF} marker: passes the cheap checks. */
  static Path garbagePdf(Path file, long seed) throws IOException {
    byte[] noise = new byte[20_000];
    new Random(seed).nextBytes(noise);
    byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] trailer = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] all = new byte[header.length + noise.length + trailer.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(noise, 0, all, header.length, noise.length);
    System.arraycopy(trailer, 0, all, header.length + noise.length, trailer.length);
    return Files.write(file, all);
  }

  /** The first half of {@code source}'s bytes. */
  static Path truncatedCopy(Path source, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static void show(
      PDPageContentStream content,
      Standard14Fonts.FontName font,
      float size,
      float x,
      float y,
      String text)
      throws IOException {
    content.beginText();
    content.setFont(new PDType1Font(font), size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }
}
