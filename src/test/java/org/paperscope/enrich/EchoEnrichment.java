package org.paperscope.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperscope.paper.Paper;

/**
 * A test enrichment: the "full text" of a paper is its abstract with a marker word, keyed by the
 * abstract's SHA-256 and stored in memory. Abstracts containing "broken" fail; papers without an
 * abstract are not applicable. Counts its computations.
 */
final class EchoEnrichment implements Enrichment<FullText> {
  static final String WORD = "echoed";

  private final String version;
  private final Map<String, FullText> stored;
  final AtomicInteger computed = new AtomicInteger();

  EchoEnrichment(String version, Map<String, FullText> stored) {
    this.version = version;
    this.stored = stored;
  }

  EchoEnrichment(String version) {
    this(version, new ConcurrentHashMap<>());
  }

  @Override
  public String name() {
    return "echo";
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Optional<String> contentKey(Paper paper) {
    return Optional.ofNullable(paper.abstractText()).map(EchoEnrichment::sha256);
  }

  @Override
  public Optional<FullText> lookup(String contentKey) {
    return Optional.ofNullable(stored.get(contentKey));
  }

  @Override
  public FullText compute(Paper paper, String contentKey) throws EnrichmentException {
    computed.incrementAndGet();
    if (paper.abstractText().contains("broken")) {
      throw new EnrichmentException("cannot echo a broken abstract");
    }
    FullText text = new FullText(WORD + " " + paper.abstractText(), null);
    stored.put(contentKey, text);
    return text;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
