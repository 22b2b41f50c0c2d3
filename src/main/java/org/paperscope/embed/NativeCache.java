package org.paperscope.embed;

import java.nio.file.Path;

/**
 * Points DJL at a writable folder for the tokenizer's native library (by default it unpacks under
 * the home directory, which a service account may not have) and keeps it offline.
 */
final class NativeCache {
  private NativeCache() {}

  static synchronized void use(Path dir) {
    if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
      System.setProperty("DJL_CACHE_DIR", dir.toAbsolutePath().toString());
    }
    if (System.getProperty("ENGINE_CACHE_DIR") == null
        && System.getenv("ENGINE_CACHE_DIR") == null) {
      System.setProperty("ENGINE_CACHE_DIR", dir.toAbsolutePath().toString());
    }
    System.setProperty("ai.djl.offline", "true");
  }
}
