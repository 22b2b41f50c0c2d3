package org.paperscope.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.paperscope.data.DataDir;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index snapshot the server answers from. When an ingest commits a new index generation, the
 * next request after a short check interval opens it and swaps it in; requests already running
 * finish on the snapshot they leased, which is closed when its last lease is returned.
 *
 * <p>Thread-safe.
 */
public final class LiveIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  /** How often the backend is asked for a newer commit; cheap (Lucene: one directory listing). */
  private static final long CHECK_INTERVAL_NANOS = 1_000_000_000L;

  /** The configured backend, looked up once: the check runs every second. */
  private static final SearchBackend BACKEND = SearchBackend.configured();

  private final Path dataDir;
  private final QueryLimits limits;
  private final TagNamesCache tagNames;
  private Snapshot current;
  private String currentCommit;
  private long lastCheckNanos;
  private boolean closed;

  private LiveIndex(
      Path dataDir, QueryLimits limits, TagNamesCache tagNames, Snapshot first, String commit) {
    this.dataDir = dataDir;
    this.limits = limits;
    this.tagNames = tagNames;
    this.current = first;
    this.currentCommit = commit;
    this.lastCheckNanos = System.nanoTime();
  }

  /**
   * Opens the last commit of the index under {@code dataDir}.
   *
   * @throws IOException when there is no index there (the message says to ingest first)
   */
  static LiveIndex open(Path dataDir, QueryLimits limits) throws IOException {
    String commit = lastCommit(dataDir).orElse("");
    TagNamesCache tagNames = new TagNamesCache();
    return new LiveIndex(
        dataDir, limits, tagNames, Snapshot.open(BACKEND, dataDir, limits, tagNames), commit);
  }

  /** The data directory served. */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Leases the newest snapshot; the caller must {@link Snapshot#close} it (try-with-resources).
   *
   * @throws IOException when the server is shutting down
   */
  public Snapshot acquire() throws IOException {
    maybeReopen();
    synchronized (this) {
      if (closed) {
        throw new IOException("the server is shutting down");
      }
      current.retain();
      return current;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (!closed) {
      closed = true;
      current.close();
    }
  }

  /**
   * At most once per interval, opens a newer commit and swaps it in. A commit that cannot be opened
   * is logged and retried at the next check; the old snapshot keeps serving meanwhile.
   */
  private void maybeReopen() {
    String known;
    synchronized (this) {
      long now = System.nanoTime();
      if (closed || now - lastCheckNanos < CHECK_INTERVAL_NANOS) {
        return;
      }
      lastCheckNanos = now;
      known = currentCommit;
    }
    String commit = known;
    try {
      commit = lastCommit(dataDir).orElse(known);
      if (!commit.equals(known)) {
        // Opened outside the lock so searches keep running on the old snapshot meanwhile.
        swap(Snapshot.open(BACKEND, dataDir, limits, tagNames), commit);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot open index commit {}; still serving {}", commit, known, e);
    }
  }

  private void swap(Snapshot fresh, String commit) throws IOException {
    Snapshot old;
    synchronized (this) {
      if (closed) {
        old = fresh;
      } else {
        old = current;
        current = fresh;
        currentCommit = commit;
      }
    }
    old.close();
  }

  /** The backend's token for the newest commit, which changes with every commit. */
  private static Optional<String> lastCommit(Path dataDir) throws IOException {
    return BACKEND.latestCommit(DataDir.of(dataDir));
  }
}
