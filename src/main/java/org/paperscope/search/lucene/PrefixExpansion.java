package org.paperscope.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.search.QuerySyntaxException;

/**
 * Expands {@code word*} prefixes, refusing any that match more than a set number of distinct index
 * terms, so that {@code a*} cannot make a query scan the whole vocabulary. A prefix matches as one
 * filter of the documents holding any of its words (never one clause per word), so many prefixes
 * cannot pass Lucene's clause limit.
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
      boolean pairs = PaperAnalyzers.hasWordPairs(field);
      total += count(field, prefix, pairs);
      if (total > maxExpansions) {
        throw new QuerySyntaxException(
            "'" + prefix + "*' matches more than " + maxExpansions + " words; make it longer",
            position);
      }
      builder.add(
          pairs
              ? wordsOnly(field, prefix)
              : new PrefixQuery(new Term(field, prefix), MultiTermQuery.CONSTANT_SCORE_REWRITE),
          Occur.SHOULD);
    }
    return new ConstantScoreQuery(builder.build());
  }

  /**
   * The prefix followed by anything but a space: in a field with word pairs ("state of"), the words
   * a prefix expands to, without the pairs (a paper that has the pair has its words too).
   */
  private static Query wordsOnly(String field, String prefix) {
    Automaton notSpace =
        Operations.union(
            Automata.makeCharRange(0, ' ' - 1),
            Automata.makeCharRange(' ' + 1, Character.MAX_CODE_POINT));
    Automaton words =
        Operations.concatenate(Automata.makeString(prefix), Operations.repeat(notSpace));
    return new AutomatonQuery(
        new Term(field, prefix),
        Operations.determinize(words, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT),
        false,
        MultiTermQuery.CONSTANT_SCORE_REWRITE);
  }

  private int count(String field, String prefix, boolean skipPairs) {
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
      BytesRef term = iterator.term();
      while (term != null && StringHelper.startsWith(term, start) && count <= maxExpansions) {
        int space = skipPairs ? indexOfSpace(term) : -1;
        if (space < 0) {
          count++;
          term = iterator.next();
          continue;
        }
        // Every pair that starts with this word sorts here ("the a" < "the zoo" < "thea"): skip
        // them all at once, to the first term after "the ".
        BytesRef after = BytesRef.deepCopyOf(term);
        after.length = space + 1;
        after.bytes[after.offset + space] = ' ' + 1;
        term = iterator.seekCeil(after) == TermsEnum.SeekStatus.END ? null : iterator.term();
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOfSpace(BytesRef term) {
    for (int i = 0; i < term.length; i++) {
      if (term.bytes[term.offset + i] == ' ') {
        return i;
      }
    }
    return -1;
  }
}
