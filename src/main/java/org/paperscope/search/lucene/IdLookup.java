package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.paperscope.index.lucene.PaperSchema;

/**
 * Recognises a query that names one paper by its id: an arXiv id or URL ({@code 1706.03762}, {@code
 * arXiv:1706.03762v5}, {@code https://arxiv.org/pdf/1706.03762.pdf}), an OpenReview forum URL or id
 * ({@code https://openreview.net/forum?id=B11bwYgfM}), a DOI ({@code 10.1145/…}, {@code
 * https://doi.org/…}) or any paper id typed alone. Stateless.
 */
final class IdLookup {
  private static final Pattern ARXIV =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.|export\\.)?(?:arxiv\\.org/(?:abs|pdf)/|arxiv:)?"
              + "(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[a-z]{2})?/\\d{7})(v\\d+)?(?:\\.pdf)?/?");
  private static final Pattern OPENREVIEW =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.)?openreview\\.net/(?:forum|pdf)\\?(?:.*&)?id=([\\w-]+).*");
  private static final Pattern DOI =
      Pattern.compile("(?i)(?:doi:\\s*|(?:https?://)?(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)");

  /** Among ids with one prefix, the last in byte order: the latest arXiv version. */
  private static final Sort LAST_ID_FIRST =
      new Sort(new SortField(PaperSchema.ID, SortField.Type.STRING, true));

  /** A bare token shorter than this is a word, not an id ("9061" is a year-like number). */
  private static final int MIN_BARE_ID_CHARS = 6;

  private IdLookup() {}

  /** The id of the paper the query names, or empty when it names none that is indexed. */
  static Optional<String> find(String query, IndexSearcher searcher) throws IOException {
    String text = query.strip();
    if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    for (String id : candidates(text)) {
      Optional<String> found = exact(searcher, id);
      if (found.isPresent()) {
        return found;
      }
    }
    Matcher arxiv = ARXIV.matcher(text);
    if (arxiv.matches()) {
      // Stored with a version ("2603.11048v1") but typed without: the latest stored version.
      Optional<String> versioned =
          first(searcher, new PrefixQuery(new Term(PaperSchema.ID, arxiv.group(1) + "v")));
      // A paper under another id (a NeurIPS record) whose PDF prints this arXiv id.
      return versioned.isPresent()
          ? versioned
          : first(searcher, new TermQuery(new Term(PaperSchema.ARXIV_ID, arxiv.group(1))));
    }
    return Optional.empty();
  }

  /** Whether the query has the shape of an arXiv id or URL, an OpenReview link or a DOI. */
  static boolean looksLikeId(String query) {
    String text = query.strip();
    return ARXIV.matcher(text).matches()
        || OPENREVIEW.matcher(text).matches()
        || DOI.matcher(text).matches();
  }

  /** The ids a single-token query may stand for, most specific first. */
  static Set<String> candidates(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher arxiv = ARXIV.matcher(text);
    if (arxiv.matches()) {
      if (arxiv.group(2) != null) {
        out.add(arxiv.group(1) + arxiv.group(2));
      }
      out.add(arxiv.group(1));
    }
    Matcher openReview = OPENREVIEW.matcher(text);
    if (openReview.matches()) {
      out.add(openReview.group(1));
    }
    Matcher doi = DOI.matcher(text);
    if (doi.matches()) {
      out.add(doi.group(1));
    }
    if (text.length() >= MIN_BARE_ID_CHARS) {
      out.add(text);
    }
    return out;
  }

  /** The id if a live paper has it: a term lookup per segment, no search (this runs often). */
  private static Optional<String> exact(IndexSearcher searcher, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(PaperSchema.ID);
      TermsEnum ids = terms == null ? null : terms.iterator();
      if (ids == null || !ids.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum docs = ids.postings(null, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          return Optional.of(id);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> first(IndexSearcher searcher, Query query) throws IOException {
    TopDocs top = searcher.search(query, 1, LAST_ID_FIRST);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(((BytesRef) ((FieldDoc) top.scoreDocs[0]).fields[0]).utf8ToString());
  }
}
