package org.paperscope.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The bytes of one PDF, in a file or in memory, with the cheap checks done before PDFBox sees them.
 *
 * <p>A file is read through PDFBox's buffered file access (a few pages of buffer), never loaded
 * whole into the heap. Immutable and thread-safe; {@link #open} gives a new reader each time.
 */
sealed interface PdfSource {
  /** Bytes searched for the {@code %PDF-} header, as PDFBox's own lenient parser does. */
  int HEADER_WINDOW = 1024;

  /** Bytes at the end searched for the {@code %%EOF} marker (allows trailing junk). */
  int TRAILER_WINDOW = 4096;

  /** A PDF file on disk. */
  record FileSource(Path path) implements PdfSource {
    @Override
    public long size() throws IOException {
      return Files.size(path);
    }

    @Override
    public RandomAccessRead open() throws IOException {
      return new RandomAccessReadBufferedFile(path);
    }

    @Override
    public String sha256() throws IOException {
      MessageDigest digest = digest();
      try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /** A PDF held in memory; the array must not change afterwards. */
  record BytesSource(byte[] bytes) implements PdfSource {
    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public RandomAccessRead open() {
      return new RandomAccessReadBuffer(bytes);
    }

    @Override
    public String sha256() {
      return HexFormat.of().formatHex(digest().digest(bytes));
    }
  }

  /** Size in bytes. */
  long size() throws IOException;

  /** A new reader positioned at the start; the caller closes it. */
  RandomAccessRead open() throws IOException;

  /** Lower-case hex SHA-256 of the bytes. */
  String sha256() throws IOException;

  /** Whether a {@code %PDF-} header occurs in the first {@value #HEADER_WINDOW} bytes. */
  default boolean hasHeader() throws IOException {
    try (RandomAccessRead in = open()) {
      return contains(in, 0, HEADER_WINDOW, "%PDF-");
    }
  }

  /** Whether a {@code %%EOF} marker occurs in the last {@value #TRAILER_WINDOW} bytes. */
  default boolean hasTrailer() throws IOException {
    try (RandomAccessRead in = open()) {
      long from = Math.max(0, in.length() - TRAILER_WINDOW);
      return contains(in, from, TRAILER_WINDOW, "%%EOF");
    }
  }

  private static boolean contains(RandomAccessRead in, long from, int length, String marker)
      throws IOException {
    in.seek(from);
    byte[] window = new byte[(int) Math.min(length, in.length() - from)];
    int read = 0;
    while (read < window.length) {
      int n = in.read(window, read, window.length - read);
      if (n <= 0) {
        break;
      }
      read += n;
    }
    String text = new String(window, 0, read, StandardCharsets.ISO_8859_1);
    return text.contains(marker);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
