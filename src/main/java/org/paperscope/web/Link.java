package org.paperscope.web;

/**
 * A hyperlink for a template: the visible text and a URL built by {@link SearchLinks} or checked by
 * {@link org.paperscope.paper.ExternalUrls}.
 *
 * @param text the visible text, plain (escaped by the template)
 * @param href the target URL
 */
public record Link(String text, String href) {}
