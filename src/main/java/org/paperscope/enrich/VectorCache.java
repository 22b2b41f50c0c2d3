package org.paperscope.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vectors by content key: {@code <dir>/<first two hex digits>/<key>.f32}, little-endian floats.
 * Entries are written to a temporary name and moved into place, so a reader (or a process killed
 * mid-write) never sees half a vector; an entry of the wrong length counts as missing. Thread-safe.
 */
final class VectorCache {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");

  private final Path dir;
  private final int dimensions;

  /** Whether the folder existed when made, or a vector was written since. */
  private volatile boolean mayHaveVectors;

  VectorCache(Path dir, int dimensions) {
    this.dir = dir;
    this.dimensions = dimensions;
    this.mayHaveVectors = Files.isDirectory(dir);
  }

  /**
   * False only while the cache is known to be empty (its folder did not exist and none written).
   */
  boolean mayHaveVectors() {
    return mayHaveVectors;
  }

  Optional<float[]> get(String key) {
    Path file = file(key);
    // A missing vector is the common case on a first ingest: ask, rather than pay for an exception.
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cached vector " + file, e);
    }
    if (bytes.length != dimensions * Float.BYTES) {
      return Optional.empty();
    }
    float[] vector = new float[dimensions];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return Optional.of(vector);
  }

  void put(String key, float[] vector) {
    Path file = file(key);
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
    bytes.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(vector);
    try {
      Files.createDirectories(file.getParent());
      mayHaveVectors = true;
      Path temp = Files.createTempFile(file.getParent(), key, ".tmp");
      try {
        Files.write(temp, bytes.array());
        move(temp, file);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cached vector in " + file.getParent(), e);
    }
  }

  private Path file(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a lower-case hex content key: " + key);
    }
    return dir.resolve(key.substring(0, 2)).resolve(key + ".f32");
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
