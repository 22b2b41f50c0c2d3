package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.pdf.PdfRejectedException.Reason;

class PdfThumbnailTest {
  private final PdfThumbnail thumbnail = new PdfThumbnail(PdfLimits.DEFAULTS);

  @TempDir Path dir;

  @Test
  void firstPageRendersAsAPngAbout300PixelsWide() throws Exception {
    byte[] png = thumbnail.render(PdfFixtures.textPdf(dir.resolve("a.pdf"), 2));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(image.getWidth()).isBetween(299, 301);
    assertThat(image.getHeight()).isBetween(387, 389); // US Letter is 8.5 × 11 in
  }

  @Test
  void pdfInMemoryRendersToo() throws Exception {
    byte[] pdf = Files.readAllBytes(PdfFixtures.imageOnlyPdf(dir.resolve("scan.pdf")));

    assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.render(pdf))).getWidth())
        .isBetween(299, 301);
  }

  @Test
  void hostileFileIsRejectedNotRendered() throws Exception {
    Path noise = PdfFixtures.garbagePdf(dir.resolve("noise.pdf"), 3);

    assertThatThrownBy(() -> thumbnail.render(noise))
        .isInstanceOfSatisfying(
            PdfRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));
  }
}
