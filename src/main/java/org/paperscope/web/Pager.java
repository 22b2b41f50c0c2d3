package org.paperscope.web;

/**
 * Previous/next links around one page of a long list (results, tags) and the range it shows.
 *
 * @param range the range shown, e.g. "21–40 of 1,234"
 * @param previous the previous page, or {@code null} on the first
 * @param next the next page, or {@code null} on the last
 */
public record Pager(String range, String previous, String next) {}
