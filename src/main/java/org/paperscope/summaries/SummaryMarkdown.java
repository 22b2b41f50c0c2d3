package org.paperscope.summaries;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A summary's Markdown (CommonMark with GFM tables and autolinks, plus LaTeX math) as safe HTML and
 * as plain text. Math is {@code $…$} or {@code \(…\)} inline and {@code $$…$$} or {@code \[…\]}
 * displayed; dollars follow pandoc's {@code tex_math_dollars} rule, so "costs $5 and $10" stays
 * text and {@code \$} is a dollar. Code spans and code blocks are never math. Raw HTML in a summary
 * is shown as typed. The parser, renderer and sanitising policy are built once: every method is
 * thread-safe and its output depends only on its input.
 */
public final class SummaryMarkdown {
  /** The longest summary accepted, in chars; callers check it at the edge (HTTP 413, import). */
  public static final int MAX_MARKDOWN_CHARS = 100_000;

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .customInlineContentParserFactory(new MathSpanParser.Factory())
          .postProcessor(new ImageFallback())
          .build();

  // escapeHtml: raw HTML in a summary is shown as typed, so the policy only ever sees the markup
  // commonmark itself writes; the policy stays the gate. No sanitizeUrls: commonmark's would keep
  // data: URLs and turn a refused one into href="", a link to the page itself, where the policy
  // drops the href and so the link, leaving its text.
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  private SummaryMarkdown() {}

  /**
   * The summary as HTML safe to put in a page. It holds only {@code p br hr h1–h6 em strong del
   * code pre blockquote ul ol li table thead tbody tr th td a img}, links only to http, https,
   * mailto or relative URLs with {@code rel="nofollow noopener noreferrer"}, images only from https
   * (another image shows as its description), and one span per formula, its TeX escaped in both
   * places and its own delimiters kept in the text:
   *
   * <pre>{@code
   * <span class="math" data-tex="TEX">$TEX$</span>
   * <span class="math math-display" data-display="true" data-tex="TEX">$$TEX$$</span>
   * }</pre>
   *
   * @param markdown not null, at most {@link #MAX_MARKDOWN_CHARS} chars
   * @throws IllegalArgumentException if {@code markdown} is longer than {@link #MAX_MARKDOWN_CHARS}
   */
  public static String toHtml(String markdown) {
    Node document = parse(markdown);
    MathPlaceholders formulas = MathPlaceholders.swapOut(document, markdown);
    return formulas.swapIn(SummaryPolicy.sanitize(RENDERER.render(document)));
  }

  /**
   * The summary's words for the search index: text, code, and formulas as their TeX source without
   * delimiters; no Markdown syntax, no URLs, no raw HTML tags. Not HTML: text that only looks like
   * a tag once unescaped ({@code &lt;b&gt;}) is kept, so escape it before putting it in a page.
   *
   * @param markdown not null, at most {@link #MAX_MARKDOWN_CHARS} chars
   * @throws IllegalArgumentException if {@code markdown} is longer than {@link #MAX_MARKDOWN_CHARS}
   */
  public static String plainText(String markdown) {
    return SummaryText.of(parse(markdown));
  }

  private static Node parse(String markdown) {
    if (markdown.length() > MAX_MARKDOWN_CHARS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a summary has at most %,d characters; this one has %,d",
              MAX_MARKDOWN_CHARS,
              markdown.length()));
    }
    return PARSER.parse(markdown);
  }
}
