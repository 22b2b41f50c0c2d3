package org.paperscope.summaries;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The formulas of one render, swapped out of a parsed summary for placeholder words before it is
 * rendered and sanitised, and swapped back in as {@link MathNode#html()} afterwards, so the policy
 * never has to allow the math markup and the TeX is never read as HTML. Used by one thread for one
 * render.
 *
 * <p>A placeholder is {@code "math" + nonce + index + "z"}: letters and digits, which commonmark's
 * renderer and the sanitiser pass through unchanged. The nonce is derived from the summary's
 * SHA-256, so a render is reproducible, yet a summary cannot spell its own placeholders (that would
 * take a summary containing 96 bits of its own hash); a spelled one would only repeat one of the
 * summary's own formulas.
 */
final class MathPlaceholders {
  private static final int NONCE_HEX_CHARS = 24;

  private final String prefix;
  private final List<MathNode> formulas;

  private MathPlaceholders(String prefix, List<MathNode> formulas) {
    this.prefix = prefix;
    this.formulas = formulas;
  }

  /**
   * Replaces every formula in {@code document} by a placeholder text node, except formulas inside
   * an image, which only ever reach its alt text (as their source).
   *
   * @param markdown the summary {@code document} was parsed from, for the nonce
   */
  static MathPlaceholders swapOut(Node document, String markdown) {
    String prefix = "math" + nonce(markdown);
    List<MathNode> formulas = formulasOutsideImages(document);
    for (int i = 0; i < formulas.size(); i++) {
      MathNode formula = formulas.get(i);
      formula.insertBefore(new Text(prefix + i + "z"));
      formula.unlink();
    }
    return new MathPlaceholders(prefix, formulas);
  }

  /** Replaces each placeholder in sanitised {@code html} by its formula's HTML. */
  String swapIn(String html) {
    if (formulas.isEmpty()) {
      return html;
    }
    Matcher placeholder = Pattern.compile(prefix + "(\\d+)z").matcher(html);
    return placeholder.replaceAll(
        match -> Matcher.quoteReplacement(formulaHtml(match.group(1), match.group())));
  }

  private String formulaHtml(String index, String placeholder) {
    int i = Integer.parseInt(index);
    return i < formulas.size() ? formulas.get(i).html() : placeholder;
  }

  private static List<MathNode> formulasOutsideImages(Node document) {
    List<MathNode> formulas = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {}

          @Override
          public void visit(CustomNode node) {
            if (node instanceof MathNode formula) {
              formulas.add(formula);
            } else {
              visitChildren(node);
            }
          }
        });
    return formulas;
  }

  private static String nonce(String markdown) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(markdown.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, NONCE_HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
