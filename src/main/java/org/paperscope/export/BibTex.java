package org.paperscope.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;
import org.paperscope.paper.TextKeys;

/**
 * BibTeX entries for papers ({@link Citation} decides the type): {@code @inproceedings} with the
 * proceedings' full title for accepted papers, {@code @misc} with "Submitted to ICLR 2019" for
 * other submissions, {@code @misc} with {@code eprint}, {@code archivePrefix} and {@code
 * primaryClass} for arXiv preprints (as arXiv itself writes them). LaTeX in titles, abstracts and
 * keywords is written in its Unicode form ("Adam⁺", "60%"), which reference managers show and LaTeX
 * with UTF-8 input typesets, rather than escaped into literal backslashes.
 *
 * <p>Values are braced and written so that no text can end them early: BibTeX counts every brace,
 * escaped or not, so braces in the text become {@code \textbraceleft{}} and {@code
 * \textbraceright{}}, and the other characters LaTeX treats specially are escaped. Only braces
 * written here remain, and those balance, so neither {@code bibtex} nor LaTeX sees an entry or
 * field the data planted. Stateless and thread-safe.
 */
public final class BibTex {
  /** A word BibTeX reads in an author list: "and" separates names, "others" means et al. */
  private static final Pattern NAME_WORDS = Pattern.compile("(?i).*(\\band\\b|^others$).*");

  private BibTex() {}

  /** One entry under the given key, which must be a {@link #key}-like ASCII word. */
  public static String entry(Paper paper, String key) {
    Citation citation = Citation.of(paper);
    boolean proceedings = citation.kind() == Citation.Kind.PROCEEDINGS;
    StringBuilder out = new StringBuilder();
    out.append(proceedings ? "@inproceedings{" : "@misc{").append(key).append(",\n");
    field(out, "title", "{" + escape(LatexText.toUnicode(paper.title())) + "}");
    if (!paper.authors().isEmpty()) {
      field(out, "author", authors(paper.authors()));
    }
    if (proceedings) {
      field(out, "booktitle", escape(citation.venueTitle()));
    } else if (citation.submittedTo() != null) {
      field(out, "howpublished", escape(citation.submittedTo()));
    }
    if (paper.year() != null) {
      field(out, "year", String.valueOf(paper.year()));
    }
    preprint(out, citation);
    if (citation.doi() != null) {
      field(out, "doi", escapeUrl(citation.doi()));
    }
    if (citation.url() != null) {
      field(out, "url", escapeUrl(citation.url()));
    }
    if (paper.abstractText() != null) {
      field(out, "abstract", escape(LatexText.toUnicode(paper.abstractText())));
    }
    if (!paper.keywords().isEmpty()) {
      field(
          out,
          "keywords",
          escape(String.join(", ", paper.keywords().stream().map(LatexText::toUnicode).toList())));
    }
    return out.append("}\n").toString();
  }

  private static void preprint(StringBuilder out, Citation citation) {
    if (citation.kind() != Citation.Kind.PREPRINT) {
      return;
    }
    if (citation.arxivId() == null) {
      field(out, "howpublished", "arXiv");
      return;
    }
    field(out, "eprint", citation.arxivId());
    field(out, "archivePrefix", "arXiv");
    if (citation.primaryClass() != null) {
      field(out, "primaryClass", escape(citation.primaryClass()));
    }
  }

  /**
   * A {@code @comment} entry carrying a note, e.g. that an export holds part of a match set.
   * Braces, {@code @} and line breaks are taken out: BibTeX ends a comment at the next {@code @}.
   */
  public static String comment(String note) {
    String text = note.replaceAll("[{}@\\p{Cntrl}]+", " ").strip();
    return "@comment{" + text + "}\n";
  }

  /**
   * A citation key: first author's family name, year and first title word of four or more letters,
   * ASCII lower case, e.g. {@code vaswani2017attention}; {@code paper} plus the id's letters and
   * digits and the year when there is no author name in Latin letters.
   */
  public static String key(Paper paper) {
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

  /**
   * Author names joined by " and "; a name holding a comma or the word "and", or the bare word
   * "others", is braced so BibTeX reads it as one name (four names with commas in one would be an
   * error, "and" would split it, "others" would print as "et al.").
   */
  static String authors(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      if (!out.isEmpty()) {
        out.append(" and ");
      }
      String escaped = escape(name);
      boolean brace = name.indexOf(',') >= 0 || NAME_WORDS.matcher(name).matches();
      out.append(brace ? "{" + escaped + "}" : escaped);
    }
    return out.toString();
  }

  /**
   * Text as a BibTeX value that LaTeX prints as written: braces and backslashes become commands,
   * {@code % & $ # _} are escaped, {@code ~ ^ < > |} become their text commands, control characters
   * spaces. The result holds no brace that is not part of a balanced {@code {}} pair.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{' -> out.append("\\textbraceleft{}");
        case '}' -> out.append("\\textbraceright{}");
        case '%', '&', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '<' -> out.append("\\textless{}");
        case '>' -> out.append("\\textgreater{}");
        case '|' -> out.append("\\textbar{}");
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /**
   * A URL or DOI as the {@code url} package reads it (verbatim), with the characters that would
   * unbalance the value or end it percent-encoded.
   */
  static String escapeUrl(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (char c : url.toCharArray()) {
      switch (c) {
        case '{' -> out.append("%7B");
        case '}' -> out.append("%7D");
        case '\\' -> out.append("%5C");
        default -> out.append(Character.isISOControl(c) || c == ' ' ? "%20" : String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  private static String ascii(String text) {
    return TextKeys.withoutAccents(text).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
