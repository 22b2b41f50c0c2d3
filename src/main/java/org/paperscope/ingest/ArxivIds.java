package org.paperscope.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.paper.Links;

/**
 * arXiv identifiers: new style {@code 2101.00001}, old style {@code hep-th/9901001}, either with an
 * optional version suffix {@code v2}. PaperScope keeps ids without the version, so every version of
 * a preprint is one paper.
 *
 * <p>Stateless and thread-safe.
 */
final class ArxivIds {
  /** The venue PaperScope gives arXiv preprints. */
  static final String VENUE = "arXiv";

  private static final Pattern ID =
      Pattern.compile("(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
  private static final Pattern ABS_URL = Pattern.compile("https?://[^/]*arxiv\\.org/abs/(.+)");

  private ArxivIds() {}

  /** Returns {@code id} without its version suffix when it is an arXiv id, else unchanged. */
  static String withoutVersion(String id) {
    Matcher matcher = ID.matcher(id);
    return matcher.matches() ? matcher.group(1) : id;
  }

  /**
   * Returns the versionless id in an abstract-page URL such as {@code
   * http://arxiv.org/abs/2101.00001v2}, or null when {@code url} is not one.
   */
  static String fromAbsUrl(String url) {
    Matcher matcher = ABS_URL.matcher(url);
    if (!matcher.matches() || !ID.matcher(matcher.group(1)).matches()) {
      return null;
    }
    return withoutVersion(matcher.group(1));
  }

  /** Returns the PDF and abstract-page links of the latest version of {@code id}. */
  static Links links(String id) {
    return new Links(
        "https://arxiv.org/pdf/" + id, "https://arxiv.org/abs/" + id, null, null, null, null);
  }
}
