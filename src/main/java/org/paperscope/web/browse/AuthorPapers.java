package org.paperscope.web.browse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.AuthorNames;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.web.NotFoundException;

/**
 * An author's papers under every way their name is written ("Quoc V. Le", "Quoc Le"; "Bernhard
 * Schölkopf", "Bernhard Scholkopf"): the names sharing one {@link AuthorNames#key}.
 *
 * @param name the spelling the papers use most often; on a tie, the newest paper's
 * @param variants the other spellings, most used first, then alphabetically; never null
 * @param papers the papers, newest first, then by title and id; never null
 */
public record AuthorPapers(String name, List<String> variants, List<Paper> papers) {

  public AuthorPapers {
    variants = List.copyOf(variants);
    papers = List.copyOf(papers);
  }

  /**
   * The papers whose author list holds {@code name} written any way with the same {@link
   * AuthorNames#key} (accents, case, punctuation and middle initials aside), newest first, then by
   * title; at most {@code cap} ({@link PaperSearch#byAuthor}). The pages and the API both ask here.
   *
   * @throws NotFoundException when no paper has the name
   */
  public static AuthorPapers find(PaperSearch searcher, String name, int cap)
      throws IOException, NotFoundException {
    AuthorPapers author = of(name, AuthorNames.key(name), searcher.byAuthor(name, cap));
    if (author.papers().isEmpty()) {
      throw new NotFoundException("error.no-author", name);
    }
    return author;
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
