package org.paperscope.enrich;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Vectors by content key: {@code <dir>/<first two hex digits>/<key>.f32}, little-endian floats,
 * written atomically ({@link KeyedFiles}); an entry of the wrong length counts as missing.
 * Thread-safe.
 */
final class VectorCache {
  private final KeyedFiles files;
  private final int dimensions;

  VectorCache(Path dir, int dimensions) {
    this.files = new KeyedFiles(dir, ".f32");
    this.dimensions = dimensions;
  }

  /**
   * False only while the cache is known to be empty (its folder did not exist and none written).
   */
  boolean mayHaveVectors() {
    return files.mayHaveEntries();
  }

  /** Whether a vector is stored under the key (its length unchecked). */
  boolean contains(String key) {
    return files.contains(key);
  }

  Optional<float[]> get(String key) {
    return files
        .get(key)
        .filter(bytes -> bytes.length == dimensions * Float.BYTES)
        .map(
            bytes -> {
              float[] vector = new float[dimensions];
              ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
              return vector;
            });
  }

  void put(String key, float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
    bytes.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(vector);
    files.put(key, bytes.array());
  }
}
