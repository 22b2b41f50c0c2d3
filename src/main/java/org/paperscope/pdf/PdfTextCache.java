package org.paperscope.pdf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Extracted PDFs stored by content hash, so that re-ingesting the same PDF re-extracts nothing.
 *
 * <p>Layout: {@code <dir>/<sha256>.json} holds the {@link PdfDocument} (wrapped with a format
 * version; entries of another version, or unreadable ones, count as missing and are overwritten on
 * the next {@link #put}), {@code <dir>/<sha256>.png} the first-page thumbnail. Files are written to
 * a temporary name and moved into place, so readers never see half an entry. Thread-safe; any
 * number of processes may share a directory.
 */
public final class PdfTextCache {
  /** Bump when extraction changes so that old entries are re-extracted. */
  public static final int FORMAT_VERSION = 2;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;

  /** A cache in {@code dir}, created on first {@link #put} when it does not exist. */
  public PdfTextCache(Path dir) {
    this.dir = dir;
  }

  /** The stored form: the document and the format version it was extracted with. */
  record Entry(int formatVersion, PdfDocument document) {}

  /**
   * Lower-case hex SHA-256 of the file's bytes, read in a stream.
   *
   * @throws IOException when the file cannot be read
   */
  public static String sha256(Path file) throws IOException {
    return new PdfSource.FileSource(file).sha256();
  }

  /**
   * The cached document for the hash, or empty when there is none of the current format.
   *
   * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hex digits
   * @throws UncheckedIOException when an existing entry cannot be read from disk
   */
  public Optional<PdfDocument> get(String sha256) {
    Path file = file(sha256, ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Entry entry = JSON.readValue(file.toFile(), Entry.class);
      return entry.formatVersion() == FORMAT_VERSION && entry.document() != null
          ? Optional.of(entry.document())
          : Optional.empty();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PDF text cache entry " + file, e);
    }
  }

  /**
   * The cached first-page thumbnail PNG for the hash, or empty.
   *
   * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hex digits
   * @throws UncheckedIOException when an existing thumbnail cannot be read
   */
  public Optional<byte[]> thumbnail(String sha256) {
    Path file = file(sha256, ".png");
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PDF thumbnail " + file, e);
    }
  }

  /**
   * Stores the document under its {@link PdfDocument#sha256()}, with its thumbnail when {@code png}
   * is not null, replacing what was there.
   *
   * @throws UncheckedIOException when the directory or files cannot be written
   */
  public void put(PdfDocument document, byte[] png) {
    try {
      Files.createDirectories(dir);
      byte[] json = JSON.writeValueAsBytes(new Entry(FORMAT_VERSION, document));
      write(file(document.sha256(), ".json"), json);
      if (png != null) {
        write(file(document.sha256(), ".png"), png);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PDF text cache in " + dir, e);
    }
  }

  private Path file(String sha256, String extension) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
    return dir.resolve(sha256 + extension);
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
