package org.paperscope.web.summaries;

import org.paperscope.web.search.SearchLinks;

/** The paths of the summary pages. */
public final class SummaryLinks {
  private SummaryLinks() {}

  /** A summary's own page. */
  public static String summary(String id) {
    return "/summaries/" + id;
  }

  /** The page of the summary's paper, at its summaries. */
  static String paper(String paperId) {
    return SearchLinks.paper(paperId);
  }

  /** The editor for a new summary of the paper. */
  public static String write(String paperId) {
    return "/summaries/new?paper="
        + java.net.URLEncoder.encode(paperId, java.nio.charset.StandardCharsets.UTF_8);
  }
}
