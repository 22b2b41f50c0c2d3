package org.paperscope.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Expands {@code word*} prefixes, refusing any that match more than a set number of distinct index
 * terms, so that {@code a*} cannot make a query scan the whole vocabulary.
 */
final class PrefixExpansion {
  private final IndexReader reader;
  private final int maxExpansions;

  PrefixExpansion(IndexReader reader, int maxExpansions) {
    this.reader = reader;
    this.maxExpansions = maxExpansions;
  }

  /** A constant-score query for the prefix in any of the fields. */
  Query expand(List<String> fields, String prefix, int position) throws QuerySyntaxException {
    int total = 0;
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String field : fields) {
      total += count(field, prefix);
      if (total > maxExpansions) {
        throw new QuerySyntaxException(
            "'" + prefix + "*' matches more than " + maxExpansions + " words; make it longer",
            position);
      }
      builder.add(new PrefixQuery(new Term(field, prefix)), Occur.SHOULD);
    }
    return new ConstantScoreQuery(builder.build());
  }

  private int count(String field, String prefix) {
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        return 0;
      }
      TermsEnum iterator = terms.iterator();
      BytesRef start = new BytesRef(prefix);
      if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
        return 0;
      }
      int count = 0;
      for (BytesRef term = iterator.term();
          term != null && StringHelper.startsWith(term, start) && count <= maxExpansions;
          term = iterator.next()) {
        count++;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
