package org.paperscope.eval;

import java.util.Objects;

/**
 * One document of a BEIR {@code corpus.jsonl}.
 *
 * @param id the {@code _id}, non-empty
 * @param title the title, empty (never null) when the record has none
 * @param text the body text, possibly empty, never null
 */
public record BeirDocument(String id, String title, String text) {

  /** Checks that no component is null. */
  public BeirDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
