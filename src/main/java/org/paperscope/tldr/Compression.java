package org.paperscope.tldr;

import java.util.regex.Pattern;
import org.paperscope.paper.LatexText;

/**
 * Rules that turn an abstract's sentence into a TL;DR that reads as one: LaTeX in Unicode, no
 * citation marks, no opening discourse phrase ("In this paper,", "To this end,", "However,"), no
 * parenthetical asides, balanced brackets, at most {@link #MAX_WORDS} words (cut at a clause
 * boundary), a capital first letter and a full stop. Stateless and thread-safe.
 */
public final class Compression {
  /** The longest TL;DR, in words. */
  public static final int MAX_WORDS = 30;

  /** The shortest clause a long sentence is cut back to. */
  static final int MIN_CLAUSE_WORDS = 10;

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:in this (?:paper|work|study|article|note)|here|to this end|to (?:this|that) end"
              + "|to address (?:this|these) (?:issues?|problems?|challenges?|limitations?)"
              + "|specifically|moreover|furthermore|however|additionally|finally|thus|therefore"
              + "|in particular|in addition|as a result|concretely|first|second|third|lastly"
              + "|overall|in summary|in short|consequently|hence|instead|notably|importantly"
              + "|in contrast|on the other hand|motivated by (?:this|these) (?:observations?|findings?))"
              + "\\s*(?:[,.:]\\s*|\\s+)",
          Pattern.CASE_INSENSITIVE);

  /**
   * "In this case we …", "In this theoretical contribution, we …", "This paper, we …": the setting
   * before "we".
   */
  private static final Pattern LEAD_BEFORE_WE =
      Pattern.compile(
          "^(?:in this(?: [\\p{L}-]+){1,3}?|this (?:paper|work|study|article))"
              + "\\s*(?:[,.:]\\s*|\\s+)(?=(?:we|our)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** "We show in this paper that …" → "We show that …": the paper's own reference, anywhere. */
  private static final Pattern IN_THIS_PAPER =
      Pattern.compile(
          "(,?)\\s+in this (?:paper|work|study|article)\\b,?", Pattern.CASE_INSENSITIVE);

  /** Words a cut sentence must not end on. */
  private static final Pattern DANGLING =
      Pattern.compile(
          "(?:[\\s,;:]+(?:and|or|but|of|the|a|an|to|with|for|by|in|on|that|which|while|as|namely"
              + "|including|such as|i\\.e\\.|e\\.g\\.|especially|particularly|specifically|thus"
              + "|hence|so|where|when|whereas|because|since|via|from|into|than|both|either"
              + "|is|are|was|were|be|been|being|has|have|had|can|could|may|might|will|would"
              + "|should|must|its|their|our|this|these|those|we|it|they|towards?|among|between"
              + "|across|over|under|within|upon|at|about|against|during|through|per|whose|who"
              + "|how|whether|not|very|more|most|less"
              + "|in this (?:paper|work)|this (?:paper|work)))+$",
          Pattern.CASE_INSENSITIVE);

  /** Words no English sentence ends on, before its full stop. */
  private static final Pattern NEVER_LAST =
      Pattern.compile(
          "(?:^|[\\s-]+)(?:the|a|an|of|and|or|but|its|their|our|than)\\.$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CITATION =
      Pattern.compile(
          "\\s*\\[(?:\\d+(?:\\s*[-–,]\\s*\\d+)*)\\]"
              + "|\\s*\\((?:[A-Z][\\p{L}'-]+(?: et al\\.?| and [A-Z][\\p{L}'-]+)?,? \\d{4}[a-z]?"
              + "(?:; ?)?)+\\)");

  private static final Pattern PARENTHETICAL =
      Pattern.compile("\\s*\\([^()]*\\)|\\s*\\[[^\\[\\]]*\\]");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s+|\\s+[-–—]\\s+");

  private Compression() {}

  /** The sentence as a TL;DR, or "" when nothing readable is left. */
  public static String apply(String sentence) {
    return finish(shorten(normalize(sentence), MAX_WORDS, MIN_CLAUSE_WORDS));
  }

  /**
   * The sentence cleaned but not cut: LaTeX in Unicode, no citation marks, no opening discourse
   * phrase, no parenthetical asides or brackets, single spaces.
   */
  static String normalize(String sentence) {
    String s = LatexText.toUnicode(sentence == null ? "" : sentence);
    s = s.replace("$", "").replaceAll("\\\\[a-zA-Z]+\\*?", "").replaceAll("[{}]", "");
    s = CITATION.matcher(s).replaceAll("");
    s = stripLead(s.strip());
    s = IN_THIS_PAPER.matcher(s).replaceAll("$1");
    s = PARENTHETICAL.matcher(s).replaceAll("");
    s = s.replaceAll("[()\\[\\]]", "");
    return s.replaceAll("\\s+", " ").replaceAll("\\s+([,.;:!?])", "$1").strip();
  }

  /**
   * A cleaned text ended as a sentence: no dangling word ("and", "of", "namely") or punctuation at
   * its end, a full stop, a capital first letter; "" when nothing is left.
   */
  static String finish(String text) {
    String s = DANGLING.matcher(text).replaceAll("");
    s = s.replaceAll("[\\s,;:–—-]+$", "");
    if (s.isEmpty()) {
      return "";
    }
    if (!s.endsWith(".") && !s.endsWith("!") && !s.endsWith("?")) {
      s = s + ".";
    }
    // A word no sentence ends on, left before the period by a removed formula or a broken hyphen
    // ("… low order marginals of.", "… outperforms state-of-the.").
    String previous;
    do {
      previous = s;
      s = NEVER_LAST.matcher(s).replaceFirst(".");
    } while (!s.equals(previous));
    if (s.equals(".")) {
      return "";
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The text without its opening discourse phrases ("In this paper,", "However,"). */
  static String stripLead(String s) {
    String previous;
    do {
      previous = s;
      s = LEAD.matcher(s).replaceFirst("");
      s = LEAD_BEFORE_WE.matcher(s).replaceFirst("");
    } while (!s.equals(previous));
    return s;
  }

  /**
   * The text cut to {@code maxWords}: at the last clause break that keeps at least {@code
   * minClauseWords}, else after the last word that fits.
   */
  static String shorten(String s, int maxWords, int minClauseWords) {
    String[] words = s.split(" ");
    if (words.length <= maxWords) {
      return s;
    }
    int limit = String.join(" ", java.util.Arrays.copyOf(words, maxWords)).length();
    int cut = -1;
    var breaks = CLAUSE_BREAK.matcher(s);
    while (breaks.find() && breaks.start() <= limit) {
      if (s.substring(0, breaks.start()).split(" ").length >= minClauseWords) {
        cut = breaks.start();
      }
    }
    if (cut < 0) {
      cut = limit;
    }
    return s.substring(0, cut);
  }
}
