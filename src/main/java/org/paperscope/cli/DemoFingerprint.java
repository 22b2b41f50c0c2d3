package org.paperscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperIndex;

/**
 * What the demo last ingested into a data directory: a SHA-256 over the index schema and every demo
 * source file's path and bytes. A rerun whose fingerprint matches has nothing to ingest (the
 * overlapping demo sources would otherwise rewrite each other's fields and report thousands of
 * papers as updated). Stateless.
 */
final class DemoFingerprint {
  private DemoFingerprint() {}

  /** The fingerprint of these source paths (files or folders) as they are now. */
  static String of(List<Path> sources) throws IOException {
    MessageDigest digest = sha256();
    digest.update(("schema " + PaperIndex.SCHEMA + "\n").getBytes(StandardCharsets.UTF_8));
    for (Path source : sources) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(source)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        digest.update((file + "\n").getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file)) {
          byte[] buffer = new byte[1 << 16];
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Whether the last complete demo in {@code dataDir} ingested exactly {@code fingerprint}. */
  static boolean matches(Path dataDir, String fingerprint) throws IOException {
    Path file = DataDir.of(dataDir).demoFingerprint();
    return Files.isDirectory(DataDir.of(dataDir).index())
        && Files.exists(file)
        && Files.readString(file, StandardCharsets.UTF_8).strip().equals(fingerprint);
  }

  /** Records a complete demo ingest (after every source is committed). */
  static void record(Path dataDir, String fingerprint) throws IOException {
    Files.writeString(
        DataDir.of(dataDir).demoFingerprint(), fingerprint + "\n", StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
