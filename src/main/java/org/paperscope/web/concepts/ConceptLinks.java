package org.paperscope.web.concepts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.paperscope.glossary.Glossary;
import org.paperscope.glossary.GlossaryEntry;
import org.paperscope.paper.LatexText;
import org.paperscope.web.Link;
import org.paperscope.web.search.MarkedText;
import org.paperscope.web.search.SearchLinks;

/** Links to concept pages, and concept names in a text linked to their pages. Stateless. */
public final class ConceptLinks {
  private ConceptLinks() {}

  /** The concept's page. */
  public static String href(GlossaryEntry entry) {
    return "/concepts/" + SearchLinks.pathSegment(entry.name());
  }

  /** The concept's name linked to its page. */
  public static Link link(GlossaryEntry entry) {
    return new Link(LatexText.toUnicode(entry.name()), href(entry));
  }

  /**
   * {@code text} with the first mention of each concept linked to its page, except {@code self}'s
   * (nullable); plain when {@code glossary} is null; null for a null text.
   */
  public static MarkedText linked(
      String field, String text, Glossary glossary, GlossaryEntry self) {
    if (text == null) {
      return null;
    }
    if (glossary == null) {
      return MarkedText.plain(field, text);
    }
    List<MarkedText.Anchor> anchors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Glossary.Span span : glossary.mentions(text)) {
      GlossaryEntry entry = span.entry();
      if ((self == null || !entry.key().equals(self.key())) && seen.add(entry.key())) {
        anchors.add(new MarkedText.Anchor(span.start(), span.end(), href(entry)));
      }
    }
    return MarkedText.linked(field, text, anchors);
  }
}
