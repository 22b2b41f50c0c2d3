package org.paperscope.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins text lines, undoing line-end hyphenation.
 *
 * <p>When a line ends in a letter and a hyphen and the next starts with a lower-case letter, the
 * two halves form one word. The hyphen is kept when the hyphenated word occurs elsewhere in the
 * document and the closed-up word does not ({@code self-attention}), when the second half itself
 * contains a hyphen ({@code English-to-German}), or when the first half is a common compound prefix
 * ({@code non-}, {@code multi-}, {@code self-}, …) whose closed-up form is not in the document;
 * otherwise it is dropped ({@code repre-sentation} → {@code representation}), since typesetters
 * break words at syllables far more often than at compound hyphens.
 */
final class PdfHyphenation {
  private static final Set<String> COMPOUND_PREFIXES =
      Set.of(
          "self",
          "non",
          "semi",
          "cross",
          "multi",
          "well",
          "state",
          "end",
          "task",
          "one",
          "two",
          "three",
          "high",
          "low",
          "large",
          "small",
          "long",
          "short",
          "real",
          "fine",
          "co",
          "anti",
          "data",
          "model",
          "domain",
          "zero",
          "few",
          "half",
          "sub",
          "pre",
          "post",
          "inter",
          "intra",
          "over",
          "under",
          "top",
          "bottom",
          "left",
          "right",
          "word",
          "sentence",
          "token",
          "first",
          "second",
          "third",
          "open",
          "closed",
          "single",
          "double");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

  private PdfHyphenation() {}

  /** The lower-cased words (hyphenated compounds whole) of the given texts, for {@link #append}. */
  static Set<String> vocabulary(List<String> texts) {
    Set<String> words = new HashSet<>();
    for (String text : texts) {
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /**
   * Appends {@code line} to {@code text}, separated by one space or joined across a line-end
   * hyphen.
   *
   * @param vocabulary the document's words from {@link #vocabulary}, or null to use only the rules
   *     that need none
   */
  static void append(StringBuilder text, String line, Set<String> vocabulary) {
    if (line.isEmpty()) {
      return;
    }
    if (endsHyphenated(text) && Character.isLowerCase(line.charAt(0))) {
      if (!keepHyphen(lastWord(text), firstWord(line), vocabulary)) {
        text.setLength(text.length() - 1);
      }
      text.append(line);
      return;
    }
    if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
    text.append(line);
  }

  static boolean keepHyphen(String left, String right, Set<String> vocabulary) {
    String lowerLeft = left.toLowerCase(Locale.ROOT);
    String lowerRight = right.toLowerCase(Locale.ROOT);
    String joined = lowerLeft + lowerRight;
    if (lowerRight.contains("-")) {
      return true;
    }
    boolean joinedKnown = vocabulary != null && vocabulary.contains(joined);
    if (vocabulary != null && vocabulary.contains(lowerLeft + "-" + lowerRight) && !joinedKnown) {
      return true;
    }
    String lastPart = lowerLeft.substring(lowerLeft.lastIndexOf('-') + 1);
    return !joinedKnown && (COMPOUND_PREFIXES.contains(lastPart) || lowerLeft.contains("-"));
  }

  private static boolean endsHyphenated(StringBuilder text) {
    int n = text.length();
    return n >= 3 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
  }

  /** The word before the final hyphen, including earlier hyphenated parts ("state-of-the"). */
  private static String lastWord(StringBuilder text) {
    int end = text.length() - 1;
    int start = end;
    while (start > 0
        && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      start--;
    }
    return text.substring(start, end);
  }

  private static String firstWord(String line) {
    int end = 0;
    while (end < line.length()
        && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '-')) {
      end++;
    }
    return line.substring(0, end);
  }
}
