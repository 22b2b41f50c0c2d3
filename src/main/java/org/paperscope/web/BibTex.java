package org.paperscope.web;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperscope.paper.Paper;

/**
 * BibTeX entries for papers: {@code @inproceedings} with the venue as booktitle ({@code @misc} for
 * arXiv and unknown venues). Values are LaTeX-escaped, so braces and specials in a title cannot
 * break the entry. Thread-safe.
 */
final class BibTex {
  private BibTex() {}

  /** The entries of several papers; keys made unique by suffixes a, b, c, …. */
  static String entries(List<Paper> papers, String baseUrl) {
    StringBuilder out = new StringBuilder();
    Set<String> used = new HashSet<>();
    for (Paper paper : papers) {
      String key = key(paper);
      String unique = key;
      for (int n = 0; !used.add(unique); n++) {
        unique = key + suffix(n);
      }
      out.append(entry(paper, unique, baseUrl)).append('\n');
    }
    return out.toString();
  }

  /** One entry with the given key; the url is the paper's page under {@code baseUrl}. */
  static String entry(Paper paper, String key, String baseUrl) {
    boolean conference = paper.venue() != null && !paper.venue().equalsIgnoreCase("arxiv");
    StringBuilder out = new StringBuilder();
    out.append(conference ? "@inproceedings{" : "@misc{").append(key).append(",\n");
    field(out, "title", "{" + escape(paper.title()) + "}");
    if (!paper.authors().isEmpty()) {
      field(
          out,
          "author",
          String.join(" and ", paper.authors().stream().map(BibTex::escape).toList()));
    }
    if (conference) {
      field(out, "booktitle", escape(paper.venue()));
    } else if (paper.venue() != null) {
      field(out, "howpublished", escape(paper.venue()));
    }
    if (paper.year() != null) {
      field(out, "year", String.valueOf(paper.year()));
    }
    String pdf = ExternalUrls.safe(paper.links().pdf());
    field(out, "url", escapeUrl(pdf != null ? pdf : baseUrl + SearchLinks.paper(paper.id())));
    return out.append("}\n").toString();
  }

  /**
   * A citation key: first author's family name, year and first long title word, ASCII lower case,
   * e.g. {@code vaswani2017attention}; {@code paper} plus the id's letters when those are missing.
   */
  static String key(Paper paper) {
    String family = paper.authors().isEmpty() ? "" : ascii(lastWord(paper.authors().get(0)));
    String word = "";
    for (String w : paper.title().split("\\s+")) {
      String a = ascii(w);
      if (a.length() > 3) {
        word = a;
        break;
      }
    }
    String year = paper.year() == null ? "" : String.valueOf(paper.year());
    return family.isEmpty() ? "paper" + ascii(paper.id()) + year : family + year + word;
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /** LaTeX-escapes text for a braced BibTeX value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** URLs keep their characters (the url package reads them verbatim) except unbalancing braces. */
  private static String escapeUrl(String url) {
    return url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C");
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  private static String ascii(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static String suffix(int n) {
    return n < 26 ? String.valueOf((char) ('a' + n)) : String.valueOf(n);
  }
}
