package org.paperscope.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LaTeX that abstracts carry around names: {@code \emph{gradient disparity}} marks a term being
 * defined; {@code Trees~(NEXT)} is a space.
 */
final class LatexTerms {
  private static final Pattern EMPHASIS =
      Pattern.compile("\\\\(?:emph|textit|textbf|textsc)\\{([^{}]{1,80})\\}");
  private static final Pattern COMMAND =
      Pattern.compile("\\\\(?:emph|textit|textbf|textsc|texttt|textrm|mathsf)\\{([^{}]*)\\}");

  /** {@code $\\textbf{NeuronMoE}$}: a name set in math for its looks. */
  private static final Pattern BOLD_MATH =
      Pattern.compile(
          "\\$\\\\(?:textbf|mathbf|textit|mathit|mathrm|texttt|mathsf)\\{([^{}$]*)\\}\\$");

  private LatexTerms() {}

  /** {@code text} without emphasis commands, ties and stray braces outside math. */
  static String plain(String text) {
    if (text.indexOf('\\') < 0
        && text.indexOf('~') < 0
        && text.indexOf('{') < 0
        && text.indexOf('}') < 0) {
      return text;
    }
    String out = BOLD_MATH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    out = COMMAND.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    out = out.replace('~', ' ');
    return out.indexOf('$') < 0 ? out.replaceAll("[{}]", "") : out;
  }

  /** The emphasised phrases of {@code text}, in order. */
  static List<String> emphasised(String text) {
    List<String> terms = new ArrayList<>();
    if (text.indexOf('\\') < 0) {
      return terms;
    }
    Matcher m = EMPHASIS.matcher(text);
    while (m.find()) {
      terms.add(m.group(1).replace('~', ' ').strip());
    }
    return terms;
  }
}
