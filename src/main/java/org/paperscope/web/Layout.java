package org.paperscope.web;

/**
 * What the page frame shows around every page: the document title and the text in the header's
 * search box.
 *
 * @param title the document title, without the site name
 * @param query the search box's text; empty for none
 * @param description a one-line summary for {@code <meta name="description">}; may be empty
 * @param mode the search mode the header's search keeps ({@code semantic}), so a new query is
 *     searched the way the last one was; empty for the default
 */
public record Layout(String title, String query, String description, String mode) {

  /** A frame whose search uses the default mode. */
  public Layout(String title, String query, String description) {
    this(title, query, description, "");
  }

  /** A frame with an empty search box and no description. */
  public static Layout of(String title) {
    return new Layout(title, "", "");
  }

  /** The full document title, e.g. "graph attention – PaperScope". */
  public String documentTitle(Messages messages) {
    return title.isEmpty() ? messages.get("site.name") : messages.get("site.page-title", title);
  }
}
