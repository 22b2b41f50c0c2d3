package org.paperscope.web;

/**
 * The OpenSearch description linked from every page ({@code /opensearch.xml}), so browsers can add
 * PaperScope as a search engine: the results page and the Atom feed as URL templates.
 */
final class OpenSearchDescription {
  static final String MEDIA_TYPE = "application/opensearchdescription+xml; charset=utf-8";

  private OpenSearchDescription() {}

  /**
   * The description document.
   *
   * @param baseUrl scheme, host and port as the client addressed this server, e.g. {@code
   *     http://localhost:8080}; already checked to be a plain host name ({@link
   *     org.paperscope.web.export.ExportRoutes#baseUrl})
   * @param messages the words of the engine's name and description
   */
  static String write(String baseUrl, Messages messages) {
    String base = xml(baseUrl);
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
          <ShortName>%2$s</ShortName>
          <Description>%3$s</Description>
          <InputEncoding>UTF-8</InputEncoding>
          <OutputEncoding>UTF-8</OutputEncoding>
          <Image height="16" width="16" type="image/svg+xml">%1$s/static/favicon.svg</Image>
          <Url type="text/html" method="get" template="%1$s/search?q={searchTerms}"/>
          <Url type="application/atom+xml" method="get" template="%1$s/search.atom?q={searchTerms}"/>
        </OpenSearchDescription>
        """
        .formatted(
            base, xml(messages.get("site.name")), xml(messages.get("opensearch.description")));
  }

  /** Escapes text for XML content and attribute values alike. */
  private static String xml(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
