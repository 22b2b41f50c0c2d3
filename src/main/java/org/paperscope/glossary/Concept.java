package org.paperscope.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A name a paper introduces, with its other spellings: {@code MAML} with alias {@code
 * Model-Agnostic Meta-Learning}.
 *
 * @param name the name as the paper writes it: the acronym when the paper pairs one with its long
 *     form, otherwise the name
 * @param aliases the other names, e.g. the long form; never null, never containing {@code name}
 */
public record Concept(String name, List<String> aliases) {
  public Concept {
    aliases = List.copyOf(aliases);
  }

  /** The name and its aliases, name first. */
  public List<String> names() {
    List<String> all = new ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }

  /**
   * True when any of this concept's names has the same {@link ConceptKey} as any of {@code
   * other}'s.
   */
  public boolean sameAs(Concept other) {
    Set<String> keys = new LinkedHashSet<>();
    names().forEach(n -> keys.add(ConceptKey.of(n)));
    return other.names().stream().anyMatch(n -> keys.contains(ConceptKey.of(n)));
  }

  /** This concept with {@code other}'s names added as aliases. */
  Concept merge(Concept other) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(ConceptKey.of(name));
    List<String> merged = new ArrayList<>();
    for (String alias : aliases) {
      if (keys.add(ConceptKey.of(alias))) {
        merged.add(alias);
      }
    }
    for (String alias : other.names()) {
      if (keys.add(ConceptKey.of(alias))) {
        merged.add(alias);
      }
    }
    return new Concept(name, merged);
  }
}
