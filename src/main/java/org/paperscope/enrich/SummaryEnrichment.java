package org.paperscope.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.paperscope.paper.Paper;
import org.paperscope.store.Store;
import org.paperscope.store.StoreLocation;
import org.paperscope.summaries.Summaries;
import org.paperscope.summaries.Summary;
import org.paperscope.summaries.SummaryMarkdown;

/**
 * Brings a paper's public community summaries into its index document, so that {@code summary:}
 * finds them, their words count in ranking and {@code has:summary} filters. Unlike the other
 * enrichments its input is the store, not the paper: the content key is a hash of the paper's
 * public summaries, computed when the paper's document is written, so a rewrite always takes up
 * what the store holds then. The store's index queue says which papers to rewrite after a change
 * ({@code SummaryIndexing}).
 *
 * <p>The store is opened on first use and only if it exists: a data directory without user content
 * gets no database file from indexing, and its papers cost no query. Thread-safe.
 */
public final class SummaryEnrichment implements Enrichment<SummaryTexts> {
  public static final String NAME = "summaries";

  private final StoreLocation location;
  private final Map<String, SummaryTexts> computed = new ConcurrentHashMap<>();
  private Store store;
  private Summaries summaries;

  public SummaryEnrichment(StoreLocation location) {
    this.location = location;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Optional<String> contentKey(Paper paper) {
    Optional<Summaries> all = summaries();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<Summary> shown = all.get().publicFor(paper.id());
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    StringBuilder identity = new StringBuilder(paper.id());
    for (Summary s : shown) {
      texts.add(SummaryMarkdown.plainText(s.markdown()));
      languages.add(s.language());
      identity
          .append('\n')
          .append(s.id())
          .append(' ')
          .append(s.version())
          .append(' ')
          .append(s.language());
    }
    String key = sha256(identity.toString());
    computed.put(key, new SummaryTexts(texts, languages));
    return Optional.of(key);
  }

  @Override
  public Optional<SummaryTexts> lookup(String contentKey) {
    return Optional.ofNullable(computed.remove(contentKey));
  }

  @Override
  public SummaryTexts compute(Paper paper, String contentKey) {
    // contentKey() has just read the summaries; a key asked for again reads them again.
    SummaryTexts texts = computed.remove(contentKey);
    if (texts == null) {
      contentKey(paper);
      texts = computed.remove(contentKey);
    }
    return texts == null ? new SummaryTexts(List.of(), List.of()) : texts;
  }

  /** The store's summaries, opened on first use; empty when there is no SQLite file yet. */
  private synchronized Optional<Summaries> summaries() {
    if (summaries == null) {
      if (!location.mayExist()) {
        return Optional.empty();
      }
      store = Store.open(location);
      summaries = new Summaries(store, Clock.systemUTC());
    }
    return Optional.of(summaries);
  }

  @Override
  public synchronized void close() {
    if (store != null) {
      store.close();
      store = null;
      summaries = null;
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
