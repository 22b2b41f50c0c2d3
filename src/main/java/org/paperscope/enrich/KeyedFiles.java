package org.paperscope.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Small files by content key: {@code <dir>/<first two hex digits>/<key><suffix>}. Entries are
 * written to a temporary name and moved into place, so a reader (or a process killed mid-write)
 * never sees half an entry. The caches of enrichment results ({@link VectorCache}, {@link
 * TldrEnrichment}) keep their entries here. Thread-safe.
 */
final class KeyedFiles {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");

  private final Path dir;
  private final String suffix;

  /** Whether the folder existed when made, or an entry was written since. */
  private volatile boolean mayHaveEntries;

  /**
   * @param suffix the file name's ending, with its dot: {@code ".f32"}
   */
  KeyedFiles(Path dir, String suffix) {
    this.dir = dir;
    this.suffix = suffix;
    this.mayHaveEntries = Files.isDirectory(dir);
  }

  /** False only while the folder is known to be empty (it did not exist and nothing written). */
  boolean mayHaveEntries() {
    return mayHaveEntries;
  }

  /**
   * The entry's bytes, or empty when there is none.
   *
   * @throws UncheckedIOException when an entry exists but cannot be read
   */
  /** Whether there is an entry for the key, without reading it. */
  boolean contains(String key) {
    return Files.isRegularFile(file(key));
  }

  Optional<byte[]> get(String key) {
    Path file = file(key);
    // A missing entry is the common case on a first ingest: ask, rather than pay for an exception.
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cached entry " + file, e);
    }
  }

  /**
   * Writes the entry, replacing one with the same key.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  void put(String key, byte[] bytes) {
    Path file = file(key);
    try {
      Files.createDirectories(file.getParent());
      mayHaveEntries = true;
      Path temp = Files.createTempFile(file.getParent(), key, ".tmp");
      try {
        Files.write(temp, bytes);
        move(temp, file);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cached entry in " + file.getParent(), e);
    }
  }

  private Path file(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a lower-case hex content key: " + key);
    }
    return dir.resolve(key.substring(0, 2)).resolve(key + suffix);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
