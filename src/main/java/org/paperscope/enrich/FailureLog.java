package org.paperscope.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Papers an enrichment could not handle, by content key and version, so that a run does not try
 * them again until their input or the enrichment's version changes. Layout: {@code
 * <cache>/<name>/<version>/failed/<key>.txt} holding the reason. Thread-safe; entries are written
 * to a temporary name and moved into place.
 */
public final class FailureLog {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private final Path cacheDir;

  /**
   * Whether each enrichment's failure folder existed when first asked, or was written since: most
   * enrichments never fail, and asking the file system about every paper written cost ingest a
   * tenth of its speed.
   */
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

  /** A log under {@code cacheDir} (the data directory's {@code cache/}). */
  public FailureLog(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  /** The reason the enrichment failed on this content key, or empty when it did not. */
  public Optional<String> reason(Enrichment<?> enrichment, String contentKey) {
    Path file = file(enrichment, contentKey);
    if (!folders.computeIfAbsent(file.getParent(), Files::isDirectory)
        || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read enrichment failure " + file, e);
    }
  }

  /** Records that the enrichment failed on this content key, and why. */
  public void record(Enrichment<?> enrichment, String contentKey, String reason) {
    Path file = file(enrichment, contentKey);
    try {
      Files.createDirectories(file.getParent());
      folders.put(file.getParent(), true);
      Path temp = Files.createTempFile(file.getParent(), contentKey, ".tmp");
      try {
        Files.writeString(temp, reason, StandardCharsets.UTF_8);
        move(temp, file);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record enrichment failure in " + file.getParent(), e);
    }
  }

  /**
   * Forgets every failure of this enrichment's version, so the next run tries those papers again.
   *
   * @return the number of failures forgotten
   */
  public int clear(Enrichment<?> enrichment) {
    Path dir = dir(enrichment);
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (var files = Files.list(dir)) {
      int cleared = 0;
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
        cleared++;
      }
      return cleared;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear enrichment failures in " + dir, e);
    }
  }

  private Path dir(Enrichment<?> enrichment) {
    if (!NAME.matcher(enrichment.name()).matches()
        || !NAME.matcher(enrichment.version()).matches()) {
      throw new IllegalArgumentException(
          "not a safe enrichment name/version: " + enrichment.marker());
    }
    return cacheDir.resolve(enrichment.name()).resolve(enrichment.version()).resolve("failed");
  }

  private Path file(Enrichment<?> enrichment, String contentKey) {
    if (contentKey == null || !KEY.matcher(contentKey).matches()) {
      throw new IllegalArgumentException("not a lower-case hex content key: " + contentKey);
    }
    return dir(enrichment).resolve(contentKey + ".txt");
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
