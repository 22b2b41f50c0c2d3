package org.paperscope.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.paperscope.glossary.ConceptDetector;
import org.paperscope.glossary.CorpusGlossary;
import org.paperscope.glossary.Glossary;
import org.paperscope.search.PaperSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The glossary of the served corpus, built on one background thread so that no request waits for it
 * unless it needs the whole glossary before the first build ends. A new index generation is checked
 * when asked for; the glossary is built again only when the papers' ids, titles, abstracts or years
 * changed (an enrichment batch changes none of them).
 *
 * <p>Thread-safe.
 */
public final class Glossaries implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Glossaries.class);

  private record Built(String fingerprint, Glossary glossary) {}

  private final LiveIndex index;
  private final ConceptDetector detector = ConceptDetector.standard();
  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "glossary");
            t.setDaemon(true);
            return t;
          });
  private volatile Built latest;
  private java.time.Instant checked;
  private Future<?> pending;

  public Glossaries(LiveIndex index) {
    this.index = index;
  }

  /**
   * The latest glossary built, if any (it may trail a generation while the next one is built); asks
   * for a build when the served generation has not been checked yet.
   */
  public Optional<Glossary> ready(Snapshot snapshot) {
    refresh(snapshot);
    Built built = latest;
    return built == null ? Optional.empty() : Optional.of(built.glossary());
  }

  /**
   * The glossary, waiting for the first build when none is ready.
   *
   * @throws IOException when building fails or is interrupted
   */
  public Glossary await(Snapshot snapshot) throws IOException {
    Future<?> task = refresh(snapshot);
    Built built = latest;
    if (built != null) {
      return built.glossary();
    }
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while building the glossary", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("cannot build the glossary", e.getCause());
    }
    return Objects.requireNonNull(latest, "a finished build sets the glossary").glossary();
  }

  /** Starts a build for {@code snapshot}'s generation unless it was checked; the pending task. */
  private synchronized Future<?> refresh(Snapshot snapshot) {
    if (!snapshot.openedAt().equals(checked) || pending == null) {
      checked = snapshot.openedAt();
      if (pending == null || pending.isDone()) {
        pending = builder.submit(this::build);
      }
    }
    return pending;
  }

  private void build() {
    try (Snapshot snapshot = index.acquire()) {
      PaperSearch searcher = snapshot.searcher();
      String fingerprint = fingerprint(searcher);
      Built built = latest;
      if (built == null || !built.fingerprint().equals(fingerprint)) {
        long start = System.nanoTime();
        latest = new Built(fingerprint, CorpusGlossary.of(searcher, detector));
        LOG.info(
            "glossary: {} concepts in {} ms",
            latest.glossary().size(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot build the glossary", e);
      throw new IllegalStateException(e);
    }
  }

  /** A digest of what the glossary is built from, in id order. */
  private static String fingerprint(PaperSearch searcher) throws IOException {
    java.util.List<String> lines = new java.util.ArrayList<>();
    searcher.forEachPaper(
        p ->
            lines.add(
                p.id()
                    + '\u0001'
                    + p.title()
                    + '\u0001'
                    + p.abstractText()
                    + '\u0001'
                    + p.year()
                    + '\u0001'
                    + (p.pdf() == null ? "" : p.pdf().sha256())));
    lines.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public void close() {
    builder.shutdownNow();
  }
}
