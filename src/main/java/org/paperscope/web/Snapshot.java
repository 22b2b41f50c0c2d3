package org.paperscope.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperscope.data.DataDir;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.PaperPart;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;
import org.paperscope.tags.TagNames;
import org.paperscope.web.search.FacetFilter;

/**
 * One committed index generation with the figures every page shows (corpus size, tags, venues,
 * papers embedded for search by meaning), computed once when it is opened. Reference-counted by
 * {@link LiveIndex}: the searcher is closed when the last lease is closed.
 *
 * <p>Thread-safe.
 */
public final class Snapshot implements Closeable {
  /** Venues whose years are listed on the home page; the demo corpus has three. */
  private static final int MAX_VENUES = 12;

  private final PaperSearch searcher;
  private final Map<String, Long> tags;
  private final TagNamesCache tagNames;
  private final List<VenueYear> venueYears;
  private final int embeddedCount;
  private final Instant openedAt;
  private final AtomicInteger references = new AtomicInteger(1);

  private Snapshot(PaperSearch searcher, TagNamesCache tagNames) throws IOException {
    this.searcher = searcher;
    this.tagNames = tagNames;
    this.tags = searcher.facet(FacetDimension.TAG);
    this.venueYears = venueYears(searcher);
    this.embeddedCount = searcher.countHaving(PaperPart.EMBEDDING);
    this.openedAt = Instant.now();
  }

  /** A venue's papers of one year, e.g. ICLR 2021 with 2,594 papers. */
  public record VenueYear(String venue, int year, long count) {}

  static Snapshot open(
      SearchBackend backend, Path dataDir, QueryLimits limits, TagNamesCache tagNames)
      throws IOException {
    PaperSearch searcher = backend.open(DataDir.of(dataDir), limits);
    try {
      return new Snapshot(searcher, tagNames);
    } catch (IOException | RuntimeException e) {
      searcher.close();
      throw e;
    }
  }

  public PaperSearch searcher() {
    return searcher;
  }

  /** Number of papers in this generation. */
  public int paperCount() {
    return searcher.paperCount();
  }

  /**
   * Papers with a sentence embedding in this generation: search by meaning and similar papers need
   * one. Grows while the enrichment stage commits batches; 0 when it never ran.
   */
  public int embeddedCount() {
    return embeddedCount;
  }

  /** Every tag with its count, most used first, ties by name; unmodifiable. */
  public Map<String, Long> tags() {
    return tags;
  }

  /**
   * The names of the tags: how papers write each most often, and the other ways. Read from every
   * paper on first use after the keywords change.
   */
  public TagNames tagNames() throws IOException {
    return tagNames.names(searcher, tags);
  }

  /** Venue-years, newest first, then by size. */
  public List<VenueYear> venueYears() {
    return venueYears;
  }

  /** When this generation was opened by the server: the feed's {@code updated} time. */
  public Instant openedAt() {
    return openedAt;
  }

  void retain() {
    references.incrementAndGet();
  }

  /** Returns a lease; the last one closes the searcher. */
  @Override
  public void close() throws IOException {
    if (references.decrementAndGet() == 0) {
      searcher.close();
    }
  }

  private static List<VenueYear> venueYears(PaperSearch searcher) throws IOException {
    List<VenueYear> out = new ArrayList<>();
    for (String venue :
        searcher.facet(FacetDimension.VENUE).keySet().stream().limit(MAX_VENUES).toList()) {
      FacetFilter filter = FacetFilter.of(FacetDimension.VENUE.key(), venue);
      if (filter == null) {
        continue;
      }
      SearchRequest request =
          SearchRequest.builder("")
              .filters(List.of(filter.query()))
              .limit(0)
              .facetLimit(Integer.MAX_VALUE)
              .build();
      yearCounts(searcher, request)
          .forEach(
              (year, count) -> {
                if (year.matches("\\d{1,4}")) {
                  out.add(new VenueYear(venue, Integer.parseInt(year), count));
                }
              });
    }
    out.sort(
        Comparator.comparingInt(VenueYear::year)
            .reversed()
            .thenComparing(Comparator.comparingLong(VenueYear::count).reversed())
            .thenComparing(VenueYear::venue));
    return List.copyOf(out);
  }

  private static Map<String, Long> yearCounts(PaperSearch searcher, SearchRequest request)
      throws IOException {
    try {
      SearchResult result = searcher.search(request);
      return result.facets().getOrDefault(FacetDimension.YEAR.key(), Map.of());
    } catch (QuerySyntaxException e) {
      throw new IllegalStateException("a facet filter cannot be malformed", e);
    }
  }
}
