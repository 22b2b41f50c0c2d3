package org.paperscope.web.concepts;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperscope.glossary.Glossary;
import org.paperscope.glossary.GlossaryEntry;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.web.Layout;
import org.paperscope.web.Link;
import org.paperscope.web.Messages;
import org.paperscope.web.search.HitView;
import org.paperscope.web.search.SearchLinks;

/**
 * "What is X?": a concept explained by the paper that introduced it, with its other names, the year
 * it appeared, every paper that mentions it and related concepts.
 *
 * @param layout the page frame
 * @param heading "What is Reptile?"
 * @param day "If you did not already know · 30 November 2026" on the concept-of-the-day page, else
 *     null
 * @param aliases its other names, in Unicode
 * @param introduced "Introduced in 2018 by", or without the year when it is unknown
 * @param definer the defining paper, its abstract linking other concepts; null when the index lost
 *     it
 * @param mentionsSummary "Mentioned by 12 papers"
 * @param mentions up to {@link #MAX_MENTIONS} of them, newest first
 * @param searchHref a search for its names, in the full texts too
 * @param related related concepts
 * @param alsoIntroducedBy other papers that introduce the same name
 */
public record ConceptPage(
    Layout layout,
    String heading,
    String day,
    List<String> aliases,
    String introduced,
    HitView definer,
    String mentionsSummary,
    List<HitView> mentions,
    String searchHref,
    List<Link> related,
    List<Link> alsoIntroducedBy) {

  /** Mentioning papers listed on the page; the search link finds them all. */
  public static final int MAX_MENTIONS = 50;

  static ConceptPage of(
      GlossaryEntry entry,
      Glossary glossary,
      PaperSearch searcher,
      LocalDate day,
      Messages messages)
      throws IOException {
    String name = LatexText.toUnicode(entry.name());
    String heading = messages.get("concept.title", name);
    HitView definer = null;
    Optional<Paper> paper = searcher.paper(entry.definedBy());
    if (paper.isPresent()) {
      definer = view(paper.get(), glossary, entry, searcher, messages);
    }
    List<HitView> mentions = new ArrayList<>();
    for (String id : entry.mentionedBy()) {
      if (mentions.size() == MAX_MENTIONS) {
        break;
      }
      if (!id.equals(entry.definedBy())) {
        Optional<Paper> p = searcher.paper(id);
        if (p.isPresent()) {
          mentions.add(view(p.get(), glossary, entry, searcher, messages));
        }
      }
    }
    List<Link> others = new ArrayList<>();
    for (String id : entry.definers().subList(1, entry.definers().size())) {
      searcher
          .paper(id)
          .ifPresent(
              p -> others.add(new Link(LatexText.toUnicode(p.title()), SearchLinks.paper(id))));
    }
    String dayLabel =
        day == null
            ? null
            : messages.get(
                "concept.today",
                day.format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(messages.locale())));
    return new ConceptPage(
        new Layout(heading, "", messages.get("concept.description", name)),
        heading,
        dayLabel,
        entry.aliases().stream().map(LatexText::toUnicode).toList(),
        entry.year() == null
            ? messages.get("concept.introduced.unknown")
            : messages.get("concept.introduced", entry.year().toString()),
        definer,
        messages.get("concept.mentions", entry.mentions()),
        mentions,
        searchHref(entry),
        glossary.related(entry).stream().map(ConceptLinks::link).toList(),
        others);
  }

  private static HitView view(
      Paper paper, Glossary glossary, GlossaryEntry self, PaperSearch searcher, Messages messages)
      throws IOException {
    String auto = searcher.autoTldr(paper.id()).orElse(null);
    return HitView.of(
        paper,
        auto,
        ConceptLinks.linked("abstract", paper.abstractText(), glossary, self),
        messages);
  }

  /** A search for any of the concept's names as phrases, in abstracts and full texts. */
  static String searchHref(GlossaryEntry entry) {
    List<String> parts = new ArrayList<>();
    for (String n : entry.names()) {
      String words = n.replaceAll("[\"\\\\“”„]", " ").strip();
      if (!words.isEmpty()) {
        parts.add("\"" + words + "\" OR text:\"" + words + "\"");
      }
    }
    return "/search?q=" + SearchLinks.encode(String.join(" OR ", parts));
  }
}
