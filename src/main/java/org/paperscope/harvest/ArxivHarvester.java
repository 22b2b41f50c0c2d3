package org.paperscope.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperscope.ingest.ArxivAtomReader;
import org.paperscope.ingest.ReadOptions;
import org.paperscope.ingest.RecordSink;
import org.paperscope.paper.Paper;

/**
 * Harvests an arXiv category through the arXiv API ({@code /api/query}, Atom): the papers of the
 * category updated on or after a day, oldest update first, page by page; each page is read by the
 * ingest's {@link ArxivAtomReader} (a new version updates the record, keeping its id). The base URL
 * may point at a mirror or a recorded fixture: its scheme, host and port replace the public API's.
 */
public final class ArxivHarvester {
  /** The public API. */
  public static final URI PUBLIC = URI.create("https://export.arxiv.org");

  /** Records per request: arXiv asks for at most 2,000, and slices of a few hundred. */
  static final int PAGE_SIZE = 200;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final PoliteFetcher fetcher;
  private final URI base;
  private final int pageSize;

  public ArxivHarvester(PoliteFetcher fetcher, URI base, int pageSize) {
    this.fetcher = fetcher;
    this.base = base;
    this.pageSize = pageSize;
  }

  /**
   * Fetches every page and hands each paper (or rejected record) to {@code sink}, in order.
   *
   * @param scratch a directory for the page being read
   * @param pageDone called after each page's records were handed on, to commit them
   * @return how many entries were fetched
   * @throws IOException when a request fails for good; the pages before it were handed on
   */
  public int harvest(
      String category, LocalDate from, Path scratch, RecordSink sink, PageDone pageDone)
      throws IOException {
    int fetched = 0;
    for (int start = 0; ; start += pageSize) {
      byte[] page = fetcher.get(pageUri(category, from, start));
      Path file = scratch.resolve("arxiv-page-" + start + ".xml");
      Files.write(file, page);
      AtomicInteger entries = new AtomicInteger();
      RecordSink counting =
          new RecordSink() {
            @Override
            public void accept(Paper paper, String source) {
              entries.incrementAndGet();
              sink.accept(paper, source);
            }

            @Override
            public void reject(String source, String reason) {
              entries.incrementAndGet();
              sink.reject(source, reason);
            }
          };
      try {
        new ArxivAtomReader().read(file, ReadOptions.DEFAULTS, counting);
      } finally {
        Files.deleteIfExists(file);
      }
      fetched += entries.get();
      pageDone.run();
      if (entries.get() < pageSize) {
        return fetched;
      }
    }
  }

  /** What to do once a page is in: commit. */
  @FunctionalInterface
  public interface PageDone {
    void run() throws IOException;
  }

  URI pageUri(String category, LocalDate from, int start) {
    String query =
        "cat:" + category + " AND lastUpdatedDate:[" + from.format(STAMP) + "0000 TO 299912312359]";
    String path =
        "/api/query?search_query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8)
            + "&sortBy=lastUpdatedDate&sortOrder=ascending&start="
            + start
            + "&max_results="
            + pageSize;
    return base.resolve(path);
  }
}
