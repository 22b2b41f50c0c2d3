package org.paperscope.glossary;

/**
 * Acronyms and their long forms, after Schwartz and Hearst (2003), "A simple algorithm for
 * identifying abbreviation definitions in biomedical text": the acronym's letters are found right
 * to left in the words before it, the first at the start of a word.
 */
final class Acronyms {
  private Acronyms() {}

  /**
   * True for a token that reads as an acronym or a coined short name: 2–16 characters without
   * spaces, starting with a letter, with at least two capitals, or a capital and a digit ("KRU",
   * "dCSFA", "AE-DQN", "M3", "Cat2Vec").
   */
  static boolean isAcronym(String token) {
    if (token.length() < 2 || token.length() > 16 || !Character.isLetter(token.codePointAt(0))) {
      return false;
    }
    int upper = 0;
    int digits = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (!Character.isLetter(c) && c != '-' && c != '+' && c != '.' && c != '/') {
        return false;
      }
    }
    return upper >= 2 || (upper == 1 && digits >= 1);
  }

  /** True for a coined short name with one capital: "Corp", "Cat". Letters only, 3–10. */
  static boolean isShortName(String token) {
    return token.matches("\\p{Lu}\\p{Ll}{2,9}");
  }

  /**
   * The long form of {@code acronym} at the end of {@code before} (the text right before the
   * acronym's parenthesis), or null when the acronym's letters are not found there within {@code
   * min(|A| + 5, 2|A|)} words.
   */
  static String longForm(String acronym, String before) {
    String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "");
    if (letters.endsWith("s") && letters.length() > 2) {
      letters = letters.substring(0, letters.length() - 1);
    }
    String[] words = before.strip().split("\\s+");
    int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
    int from = Math.max(0, words.length - maxWords);
    String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    int start = match(letters.toLowerCase(java.util.Locale.ROOT), candidate);
    if (start < 0) {
      return null;
    }
    String longForm = candidate.substring(start).strip();
    longForm = longForm.replaceAll("^[\"“'(]+|[\"”',:;]+$", "");
    boolean several = longForm.contains(" ") || longForm.contains("-");
    return longForm.length() > letters.length() && several ? longForm : null;
  }

  /** {@code longForm} with words broken at a line end joined again: "Hash- ing" is "Hashing". */
  static String joined(String longForm) {
    return longForm.replaceAll("(\\p{L})- (\\p{Ll})", "$1$2");
  }

  /** The start of the long form in {@code text}, or -1. */
  private static int match(String letters, String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    int s = letters.length() - 1;
    int l = lower.length() - 1;
    while (s >= 0) {
      char c = letters.charAt(s);
      while (l >= 0
          && (lower.charAt(l) != c || (s == 0 && l > 0 && isWordChar(lower.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return -1;
      }
      l--;
      s--;
    }
    int start = l + 1;
    while (start > 0 && isWordChar(lower.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
