package org.paperscope.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.AuthorNames;
import org.paperscope.paper.Paper;

/**
 * An author's papers under every way their name is written ("Quoc V. Le", "Quoc Le"; "Bernhard
 * Schölkopf", "Bernhard Scholkopf"): the names sharing one {@link AuthorNames#key}.
 *
 * @param name the spelling the papers use most often; on a tie, the newest paper's
 * @param variants the other spellings, most used first, then alphabetically; never null
 * @param papers the papers, newest first, then by title and id; never null
 */
record AuthorPapers(String name, List<String> variants, List<Paper> papers) {

  AuthorPapers {
    variants = List.copyOf(variants);
    papers = List.copyOf(papers);
  }

  /**
   * Gathers the spellings of the name with key {@code key} on {@code papers}.
   *
   * @param asked the name as requested, the display name when no paper has the key
   * @param papers papers whose author lists hold the key, already in display order
   */
  static AuthorPapers of(String asked, String key, List<Paper> papers) {
    // Insertion order is first use in the newest-first list: the tie-break for the display name.
    Map<String, Integer> uses = new LinkedHashMap<>();
    for (Paper paper : papers) {
      paper.authors().stream()
          .filter(a -> AuthorNames.key(a).equals(key))
          .map(String::strip)
          .distinct()
          .forEach(a -> uses.merge(a, 1, Integer::sum));
    }
    List<String> spellings = new ArrayList<>(uses.keySet());
    // A stable sort keeps first use ahead among equal counts.
    spellings.sort(Comparator.comparing(uses::get).reversed());
    if (spellings.isEmpty()) {
      return new AuthorPapers(asked.strip(), List.of(), papers);
    }
    List<String> others = new ArrayList<>(spellings.subList(1, spellings.size()));
    others.sort(Comparator.comparing((String s) -> uses.get(s)).reversed().thenComparing(s -> s));
    return new AuthorPapers(spellings.get(0), others, papers);
  }
}
