package org.paperscope.summaries;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Text;

/**
 * A formula in a parsed summary: its delimiter and its TeX source exactly as written between the
 * delimiters. Its one child is the formula's source with delimiters as text, which is what an
 * image's alt text and any generic text walk see.
 */
final class MathNode extends CustomNode {
  private final MathDelimiter delimiter;
  private final String tex;

  MathNode(MathDelimiter delimiter, String tex) {
    this.delimiter = delimiter;
    this.tex = tex;
    appendChild(new Text(source()));
  }

  /** The TeX between the delimiters, never empty. */
  String tex() {
    return tex;
  }

  /** The formula as written, delimiters included. */
  String source() {
    return delimiter.open() + tex + delimiter.close();
  }

  /**
   * The formula's HTML: a span carrying the TeX for KaTeX and showing the source as written, so a
   * page read without JavaScript still shows the formula. Both are escaped here, since this HTML is
   * inserted after sanitising.
   */
  String html() {
    String attributes =
        delimiter.display()
            ? "class=\"math math-display\" data-display=\"true\""
            : "class=\"math\"";
    String escaped = escape(tex);
    String text = escape(delimiter.open()) + escaped + escape(delimiter.close());
    return "<span " + attributes + " data-tex=\"" + escaped + "\">" + text + "</span>";
  }

  /** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
