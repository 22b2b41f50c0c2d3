package org.paperscope.web;

/**
 * Named bounds on what one HTTP request may ask for; every one is a documented setting
 * (docs/web.md). Query text itself is bounded by {@code QueryLimits}.
 *
 * @param maxPageSize most hits one results page or API call returns ({@code limit})
 * @param maxExportSize most papers one export ({@code /search.bib|csv|json}, Atom feed) returns
 * @param maxOffset deepest {@code offset}; paging past it costs a sort of that many hits
 * @param maxFilters most {@code filter} parameters in one request
 * @param maxQueryStringBytes longest query string (after the {@code ?}) answered; longer is 413
 * @param maxRequestBytes largest request body accepted; larger is 413 (forms and the summaries API
 *     read bodies)
 */
public record WebLimits(
    int maxPageSize,
    int maxExportSize,
    int maxOffset,
    int maxFilters,
    int maxQueryStringBytes,
    long maxRequestBytes) {

  /**
   * Defaults: pages of at most 100 hits, exports of at most 1,000 papers, offsets up to 10,000, 16
   * filters, 16 KiB query strings (a 4,096-character query percent-encoded fits), 1 MiB bodies (a
   * summary's 100,000 characters, form-encoded: up to 9 bytes for a character outside ASCII, and
   * most summaries are mostly ASCII).
   */
  public static final WebLimits DEFAULTS =
      new WebLimits(100, 1000, 10_000, 16, 16 * 1024, 1024 * 1024);
}
