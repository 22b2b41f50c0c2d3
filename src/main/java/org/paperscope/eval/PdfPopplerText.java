package org.paperscope.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's {@code pdftotext} (Debian package poppler-utils), the reference extractor the PDF
 * evaluations and benchmark compare against. Stateless and thread-safe.
 */
public final class PdfPopplerText {
  /** Longest wait for one pdftotext run; the shared PDFs take well under a second each. */
  static final long TIMEOUT_SECONDS = 120;

  private PdfPopplerText() {}

  /**
   * Fails unless {@code pdftotext} can be run.
   *
   * @throws IllegalStateException saying how to install it
   */
  public static void requireInstalled() {
    try {
      Process process = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("pdftotext -v did not finish");
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "pdftotext not found on PATH: install poppler-utils (apt-get install poppler-utils)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking for pdftotext", e);
    }
  }

  /**
   * The text {@code pdftotext -enc UTF-8 PDF -} prints (default reading-order mode, pages separated
   * by form feeds).
   *
   * @throws IOException when pdftotext cannot be started, fails or takes longer than two minutes
   */
  public static String text(Path pdf) throws IOException {
    Process process =
        new ProcessBuilder(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] out = readAll(process.getInputStream());
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("pdftotext took longer than " + TIMEOUT_SECONDS + " s on " + pdf);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running pdftotext on " + pdf, e);
    }
    if (process.exitValue() != 0) {
      throw new IOException("pdftotext exited with " + process.exitValue() + " on " + pdf);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      return buffer.toByteArray();
    }
  }
}
