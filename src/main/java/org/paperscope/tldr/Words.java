package org.paperscope.tldr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The words of a text as ROUGE-1.5.5 (with {@code -m}) and Google's {@code rouge-score} compare
 * them: lower case, every run of characters other than {@code a-z0-9} a separator, words longer
 * than three characters Porter-stemmed. The TL;DR model reads texts the same way, so what it learns
 * to prefer is what ROUGE rewards. Thread-safe.
 */
public final class Words {
  private Words() {}

  /** The stemmed words, in order. */
  public static List<String> stems(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    PorterStemmer stemmer = new PorterStemmer();
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean inWord = i < lower.length() && isWordChar(lower.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(stem(stemmer, lower.substring(start, i)));
        start = -1;
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static String stem(PorterStemmer stemmer, String word) {
    if (word.length() <= 3) {
      return word;
    }
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
