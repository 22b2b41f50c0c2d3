package org.paperscope.tldr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences: a sentence ends at {@code .}, {@code !} or {@code ?} (and any
 * closing quotes or brackets after it) followed by white space and a capital letter, a digit or an
 * opening bracket, unless the word before the period is an abbreviation ("e.g.", "et al.", "Fig.")
 * or a single letter. Stateless and thread-safe.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "i.e", "al", "etc", "fig", "figs", "eq", "eqs", "sec", "vs", "cf", "resp",
          "approx", "no", "ref", "refs", "dr", "mr", "ms", "prof", "st", "tab", "ch", "vol", "pp",
          "ca", "viz", "w.r.t", "a.k.a", "u.s");

  /**
   * Words that open a sentence even after an abbreviation or an initial: "… Woodworth et al. We
   * show …", "… the data X. We present …".
   */
  private static final Pattern OPENER =
      Pattern.compile(
          "(?:We|Our|This|These|It|However|Moreover|Furthermore|Finally|Here|Experiments|Unlike"
              + "|Specifically|Additionally|Thus|Therefore)\\s");

  private Sentences() {}

  /** The sentences of the text, stripped, in order; none for a blank text. */
  public static List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return sentences;
    }
    String s = text.strip().replaceAll("\\s+", " ");
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < s.length() && "\"'”’)]}".indexOf(s.charAt(end)) >= 0) {
        end++;
      }
      if (end + 1 >= s.length() || s.charAt(end) != ' ' || !opensSentence(s.charAt(end + 1))) {
        continue;
      }
      if (c == '.'
          && abbreviation(s, start, i)
          && !OPENER.matcher(s).region(end + 1, s.length()).lookingAt()) {
        continue;
      }
      add(sentences, s.substring(start, end));
      start = end + 1;
      i = end;
    }
    add(sentences, s.substring(start));
    return sentences;
  }

  /**
   * Sentences split again where one holds two (SciTLDR's splitter joined "… consistent. To do so
   * …"): each a sentence as {@link #split} finds them, in order.
   */
  public static List<String> resplit(List<String> sentences) {
    List<String> out = new java.util.ArrayList<>();
    for (String sentence : sentences) {
      for (String one : split(sentence)) {
        out.addAll(unglue(one));
      }
    }
    return out;
  }

  /**
   * A period between two words, or after a bracket, with no space after it: "… the model.Our key
   * idea is …", "… (Evans, 2014).In this paper …".
   */
  private static final Pattern GLUED =
      Pattern.compile("(?<=\\p{Ll}\\p{Ll}|[)\\]])[.!?](?=\\p{Lu}\\p{Ll})");

  /**
   * A sentence split where a scraped abstract lost the space after a period ("… Reinforcement
   * Learning.In this paper, we …"), unless the word before it is an abbreviation ("et al.In").
   */
  static List<String> unglue(String sentence) {
    List<String> parts = new ArrayList<>();
    Matcher glued = GLUED.matcher(sentence);
    int start = 0;
    while (glued.find()) {
      if (!abbreviation(sentence, start, glued.start())) {
        add(parts, sentence.substring(start, glued.end()));
        start = glued.end();
      }
    }
    add(parts, sentence.substring(start));
    return parts;
  }

  private static boolean opensSentence(char c) {
    // "{\\sc Mime} uses …", "$k$-means is …": a sentence may open with LaTeX.
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '('
        || c == '['
        || c == '"'
        || c == '{'
        || c == '\\'
        || c == '$';
  }

  /** Whether the word that ends at {@code period} is an abbreviation or a lone letter. */
  private static boolean abbreviation(String s, int from, int period) {
    int wordStart = period;
    while (wordStart > from && !Character.isWhitespace(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = s.substring(wordStart, period).toLowerCase(Locale.ROOT);
    while (!word.isEmpty() && "(\"'[".indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    return ABBREVIATIONS.contains(word)
        || (word.length() == 1 && Character.isLetter(word.charAt(0)));
  }

  private static void add(List<String> sentences, String sentence) {
    String stripped = sentence.strip();
    if (!stripped.isEmpty()) {
      sentences.add(stripped);
    }
  }
}
