package org.paperscope.paper;

import java.util.List;

/**
 * Merges a newly read record into the stored paper with the same id: every component the new record
 * has replaces the stored one; components it lacks (null or empty) keep the stored value, so a
 * metadata-only source never erases an abstract read earlier.
 */
public final class PaperMerge {
  private PaperMerge() {}

  /** Returns the merged paper; {@code stored} and {@code incoming} share an id. */
  public static Paper merge(Paper stored, Paper incoming) {
    Links a = stored.links();
    Links b = incoming.links();
    return Paper.builder(incoming.id(), incoming.title())
        .authors(list(incoming.authors(), stored.authors()))
        .abstractText(pick(incoming.abstractText(), stored.abstractText()))
        .tldr(pick(incoming.tldr(), stored.tldr()))
        .keywords(list(incoming.keywords(), stored.keywords()))
        .venue(pick(incoming.venue(), stored.venue()))
        .year(pick(incoming.year(), stored.year()))
        .decision(pick(incoming.decision(), stored.decision()))
        .rating(pick(incoming.rating(), stored.rating()))
        .links(
            new Links(
                pick(b.pdf(), a.pdf()),
                pick(b.forum(), a.forum()),
                pick(b.code(), a.code()),
                pick(b.slides(), a.slides()),
                pick(b.poster(), a.poster()),
                pick(b.video(), a.video())))
        .pdf(pick(incoming.pdf(), stored.pdf()))
        .build();
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static List<String> list(List<String> preferred, List<String> fallback) {
    return preferred.isEmpty() ? fallback : preferred;
  }
}
