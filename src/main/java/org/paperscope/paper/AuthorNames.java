package org.paperscope.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * Matching keys of author names: one key for the ways one name is written. "Quoc V. Le", "Quoc Le"
 * and "QUOC LE" share the key {@code quoc le}; "Bernhard Schölkopf" and "Bernhard Scholkopf" share
 * {@code bernhard scholkopf}. Stateless.
 */
public final class AuthorNames {
  private AuthorNames() {}

  /**
   * The key of a name: accents folded, lower case, punctuation as spaces, and middle initials (one
   * letter between the first and the last word) left out. Blank for a name with no letters.
   */
  public static String key(String name) {
    String[] words = TextKeys.fold(name).split(" ");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      boolean middle = i > 0 && i < words.length - 1;
      if (!words[i].isEmpty() && !(middle && words[i].length() == 1)) {
        kept.add(words[i]);
      }
    }
    return String.join(" ", kept);
  }
}
