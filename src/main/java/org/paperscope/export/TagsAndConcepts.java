package org.paperscope.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.paperscope.glossary.Concept;
import org.paperscope.glossary.ConceptDetector;
import org.paperscope.paper.Paper;

/**
 * A paper's tags and concepts in its JSON: {@code tags} [{@code {"tag","source"}}] with source
 * {@code author} (its keywords) or {@code auto} (the tag enrichment's), and {@code concepts}
 * [{@code {"name","aliases"}}], the names its title and abstract introduce ({@link
 * ConceptDetector}). Stateless.
 */
public final class TagsAndConcepts {
  private static final ConceptDetector DETECTOR = ConceptDetector.standard();

  private TagsAndConcepts() {}

  /** Adds {@code tags} and {@code concepts} to the paper's JSON node; returns the node. */
  public static ObjectNode add(ObjectNode node, Paper paper, List<String> autoTags) {
    ArrayNode tags = node.putArray("tags");
    paper.keywords().forEach(k -> tags.addObject().put("tag", k).put("source", "author"));
    autoTags.forEach(t -> tags.addObject().put("tag", t).put("source", "auto"));
    ArrayNode concepts = node.putArray("concepts");
    for (Concept c : DETECTOR.detect(paper.title(), paper.abstractText())) {
      ArrayNode aliases = concepts.addObject().put("name", c.name()).putArray("aliases");
      c.aliases().forEach(aliases::add);
    }
    return node;
  }
}
