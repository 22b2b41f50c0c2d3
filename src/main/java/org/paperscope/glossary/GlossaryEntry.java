package org.paperscope.glossary;

import java.util.List;

/**
 * A concept of a corpus: a name some paper introduces, defined by the first paper (by year, then
 * id) that introduces it.
 *
 * @param key the name's {@link ConceptKey}, which addresses the entry
 * @param name the name as the defining paper writes it
 * @param aliases other names of it (a long form, other spellings); never containing {@code name}
 * @param definedBy the id of the defining paper
 * @param year the defining paper's year, or null when unknown
 * @param definers ids of every paper that introduces the name, defining paper first
 * @param mentionedBy ids of the papers whose title, abstract or full text mention any of its names,
 *     newest first, then by id; includes the definers that mention it
 */
public record GlossaryEntry(
    String key,
    String name,
    List<String> aliases,
    String definedBy,
    Integer year,
    List<String> definers,
    List<String> mentionedBy) {
  public GlossaryEntry {
    aliases = List.copyOf(aliases);
    definers = List.copyOf(definers);
    mentionedBy = List.copyOf(mentionedBy);
  }

  /** How many papers mention it. */
  public int mentions() {
    return mentionedBy.size();
  }

  /** The name and its aliases, name first. */
  public List<String> names() {
    return new Concept(name, aliases).names();
  }
}
