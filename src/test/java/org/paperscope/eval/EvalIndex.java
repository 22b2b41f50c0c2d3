package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;

/** A small index of hand-written papers for the search evaluations' tests. */
final class EvalIndex {
  private EvalIndex() {}

  /** Indexes {@code papers} under the data directory {@code data} and opens a searcher on them. */
  static PaperSearch open(Path data, List<Paper> papers) throws IOException {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 1)) {
      for (Paper paper : papers) {
        writer.upsert(paper);
      }
      writer.commit();
    }
    return SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS);
  }

  /** A paper with a title, an abstract, a venue and keywords. */
  static Paper paper(String id, String title, String abstractText, String venue, String... tags) {
    return Paper.builder(id, title)
        .abstractText(abstractText)
        .venue(venue)
        .keywords(List.of(tags))
        .build();
  }
}
