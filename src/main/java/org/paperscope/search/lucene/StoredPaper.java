package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.paperscope.enrich.AutoTags;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * A document's stored paper with the enrichment results shown beside it.
 *
 * @param autoTldr the generated TL;DR, or null when the paper has none yet
 * @param autoTags the names of its automatic tags, best first; empty when it has none
 * @param summaries how many public community summaries it has
 */
record StoredPaper(Paper paper, String autoTldr, List<String> autoTags, int summaries) {
  /** Reads them from one stored document. */
  static StoredPaper load(StoredFields stored, int doc) throws IOException {
    Document document = stored.document(doc);
    return new StoredPaper(
        PaperJson.fromJson(document.get(PaperSchema.SOURCE)),
        document.get(PaperSchema.AUTO_TLDR),
        AutoTags.fromLines(document.get(PaperSchema.AUTO_TAGS)).names(),
        summaries(document));
  }

  private static int summaries(Document document) {
    Number count =
        document.getField(PaperSchema.SUMMARY_COUNT) == null
            ? null
            : document.getField(PaperSchema.SUMMARY_COUNT).numericValue();
    return count == null ? 0 : count.intValue();
  }
}
