package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.search.QueryFields;
import org.paperscope.search.QueryNode;
import org.paperscope.search.SearchResult;

/** The notes a search gives the user about how it read the query, and when it relaxes. */
final class SearchNotes {
  private static final String NO_SUCH_ID =
      "This looks like a paper's id or link, but no paper in this index has it.";

  private static final String RELAXED =
      "No paper has all of these words, so papers with any of them are shown, best first.";

  private static final Map<String, String> NO_DATA =
      Map.of(
          "text",
          "No paper in this index has full text yet: text: searches the PDFs' text, so ingest the"
              + " papers' PDFs (paperscope ingest FOLDER) to use it.",
          "refs",
          "No paper in this index has references yet: refs: searches the reference sections of"
              + " PDFs, so ingest the papers' PDFs (paperscope ingest FOLDER) to use it.");

  /** Counts the papers that have a value in an index field. */
  interface FieldCounts {
    int countHaving(String indexField) throws IOException;
  }

  private SearchNotes() {}

  /** The query has an id's or link's shape, but no paper has it. */
  static SearchResult.Note noSuchId() {
    return new SearchResult.Note("id", NO_SUCH_ID);
  }

  /** No paper had every word, so papers with any are shown. */
  static SearchResult.Note relaxed() {
    return new SearchResult.Note("relaxed", RELAXED);
  }

  /**
   * Whether a query may be relaxed to any word: two or more unfielded words or phrases, nothing
   * else but negations.
   */
  static boolean isPlainWords(QueryNode root) {
    if (!(root instanceof QueryNode.And and)) {
      return false;
    }
    long positive = 0;
    for (QueryNode clause : and.clauses()) {
      switch (clause) {
        case QueryNode.Term t when t.field() == null -> positive++;
        case QueryNode.Phrase p when p.field() == null -> positive++;
        case QueryNode.Not n -> {}
        default -> {
          return false;
        }
      }
    }
    return positive >= 2;
  }

  /** Notes for the fields a query names that no paper in the index has (full text, references). */
  static List<SearchResult.Note> emptyFields(QueryNode root, FieldCounts counts)
      throws IOException {
    List<SearchResult.Note> out = new ArrayList<>();
    for (String field : QueryFields.used(root)) {
      String indexField =
          switch (field) {
            case "text" -> PaperSchema.TEXT;
            case "refs" -> PaperSchema.REFS;
            default -> null;
          };
      if (indexField != null && counts.countHaving(indexField) == 0) {
        out.add(new SearchResult.Note("no-data", NO_DATA.get(field)));
      }
    }
    return out;
  }
}
