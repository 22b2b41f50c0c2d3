package org.paperscope.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.paperscope.data.DataDir;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Paper;
import org.paperscope.search.QueryLimits;

/** A small corpus indexed in a data folder and opened for search, as the search tests need it. */
final class TestIndexes {
  private TestIndexes() {}

  static LucenePaperSearch indexed(Path data, List<Paper> corpus) throws IOException {
    try (PaperIndexWriter writer = PaperIndexWriter.open(DataDir.of(data).index(), 16, 2)) {
      for (Paper p : corpus) {
        writer.upsert(p);
      }
      writer.commit();
    }
    return LucenePaperSearch.open(data, QueryLimits.DEFAULTS);
  }
}
