package org.paperscope.summaries;

import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a parsed summary for the search index: text, code and each formula's TeX (without
 * delimiters); link and image URLs, Markdown syntax and raw HTML tags left out. Paragraphs,
 * headings, table cells and code blocks end with a line break. Used by one thread for one summary.
 */
final class SummaryText extends AbstractVisitor {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private final StringBuilder text = new StringBuilder();

  private SummaryText() {}

  /** The text of {@code document}, stripped of leading and trailing white space. */
  static String of(Node document) {
    SummaryText visitor = new SummaryText();
    document.accept(visitor);
    return visitor.text.toString().strip();
  }

  @Override
  public void visit(Text node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(Code node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(HardLineBreak node) {
    text.append('\n');
  }

  @Override
  public void visit(HtmlInline node) {}

  @Override
  public void visit(HtmlBlock node) {
    block(TAG.matcher(node.getLiteral()).replaceAll(" "));
  }

  @Override
  public void visit(FencedCodeBlock node) {
    block(node.getLiteral());
  }

  @Override
  public void visit(IndentedCodeBlock node) {
    block(node.getLiteral());
  }

  @Override
  public void visit(Paragraph node) {
    visitChildren(node);
    endLine();
  }

  @Override
  public void visit(Heading node) {
    visitChildren(node);
    endLine();
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof MathNode formula) {
      text.append(formula.tex());
      return;
    }
    visitChildren(node);
    if (node instanceof TableCell) {
      endLine();
    }
  }

  private void block(String literal) {
    endLine();
    text.append(literal);
    endLine();
  }

  private void endLine() {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }
}
