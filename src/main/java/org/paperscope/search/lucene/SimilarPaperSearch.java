package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.paper.TextKeys;
import org.paperscope.search.SimilarPapers;
import org.paperscope.search.WordVectors;

/**
 * Similar papers over one snapshot: the {@value #CANDIDATES} nearest vectors to a paper's own
 * (HNSW), leaving out the paper and every paper with its title (another version), ranked again by
 * {@code cos_embedding + }{@value #WORD_WEIGHT}{@code · cos_words} ({@link WordVectors}, over the
 * index's titles and abstracts), each with a reason: the tags both carry, else the rarest words
 * both titles and abstracts use. Thread-safe.
 *
 * <p>The words' cosine adds what a small embedding misses (a method's name, a dataset): on the ICLR
 * keyword-label benchmark it labels 1.4–2.1 points more papers right than the embedding alone
 * (docs/evaluation.md, "Similar papers").
 */
final class SimilarPaperSearch {
  /** Words a reason names at most. */
  private static final int REASON_WORDS = 3;

  /** A word in more than one abstract in this many is too common to be a reason. */
  private static final int COMMON_WORD_SHARE = 15;

  /** Nearest vectors ranked again by words. */
  static final int CANDIDATES = 100;

  /** The weight of the words' cosine beside the embedding's. */
  static final float WORD_WEIGHT = 2f;

  private final IndexSearcher searcher;
  private final MeaningSearch meaning;
  private final PaperLoader load;
  private final Supplier<DocumentWords> words;

  /** Reads the stored paper of a document and its generated TL;DR. */
  @FunctionalInterface
  interface PaperLoader {
    StoredPaper apply(int doc) throws IOException;
  }

  SimilarPaperSearch(
      IndexSearcher searcher,
      MeaningSearch meaning,
      PaperLoader load,
      Supplier<DocumentWords> words) {
    this.searcher = searcher;
    this.meaning = meaning;
    this.load = load;
    this.words = words;
  }

  Optional<SimilarPapers> similar(String id, int limit) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(PaperSchema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = found.scoreDocs[0].doc;
    Paper paper = load.apply(doc).paper();
    Optional<float[]> vector = meaning.vectorOf(doc);
    if (vector.isEmpty()) {
      return Optional.of(new SimilarPapers(paper, false, List.of()));
    }
    BooleanQuery others =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .add(new TermQuery(new Term(PaperSchema.ID, id)), Occur.MUST_NOT)
            .add(
                new TermQuery(new Term(PaperSchema.TITLE_KEY, PaperSchema.titleKey(paper.title()))),
                Occur.MUST_NOT)
            .build();
    int wanted = Math.max(1, limit);
    int candidates = Math.max(CANDIDATES, wanted);
    TopDocs near =
        searcher.search(MeaningSearch.nearest(vector.get(), candidates, others), candidates);
    DocumentWords vocabulary = words.get();
    // An index too small for terms (fewer than about 50 papers) has no words to compare.
    float weight = vocabulary.words().terms() == 0 ? 0 : WORD_WEIGHT;
    IndexReader reader = searcher.getIndexReader();
    WordVectors.Vector own = weight == 0 ? null : vocabulary.vector(reader, doc, this::text);
    List<Scored> scored = new ArrayList<>();
    for (ScoreDoc hit : near.scoreDocs) {
      // Lucene scores dot-product vectors as (1 + cosine) / 2.
      float cosine = 2 * hit.score - 1;
      double byWords = weight == 0 ? 0 : own.cosine(vocabulary.vector(reader, hit.doc, this::text));
      scored.add(new Scored(hit.doc, (float) ((cosine + weight * byWords) / (1 + weight))));
    }
    // Stable: equal scores keep the embedding's order.
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    List<SimilarPapers.Similar> similar = new ArrayList<>();
    for (Scored s : scored.subList(0, Math.min(wanted, scored.size()))) {
      StoredPaper other = load.apply(s.doc());
      similar.add(
          new SimilarPapers.Similar(
              other.paper(), s.score(), reason(paper, other.paper()), other.autoTldr()));
    }
    return Optional.of(new SimilarPapers(paper, true, similar));
  }

  private record Scored(int doc, float score) {}

  /** A document's title and abstract, as the word vectors read them. */
  private String text(int doc) throws IOException {
    return CorpusWords.text(searcher.storedFields(), doc).orElse("");
  }

  private String reason(Paper a, Paper b) throws IOException {
    Set<String> tagsOfB = new LinkedHashSet<>();
    b.keywords().forEach(k -> tagsOfB.add(PaperSchema.key(k)));
    List<String> shared = new ArrayList<>();
    for (String tag : a.keywords()) {
      if (tagsOfB.contains(PaperSchema.key(tag)) && shared.size() < REASON_WORDS) {
        shared.add(tag.toLowerCase(Locale.ROOT));
      }
    }
    if (!shared.isEmpty()) {
      return "tags: " + String.join(", ", shared);
    }
    List<String> words = sharedRareWords(a, b);
    return words.isEmpty() ? "" : "terms: " + String.join(", ", words);
  }

  /**
   * Words of four letters or more in both papers' title and abstract (hyphenated words kept whole,
   * "meta-learning"), rarest in the index first, leaving out words in more than one abstract in
   * {@link #COMMON_WORD_SHARE}.
   */
  private List<String> sharedRareWords(Paper a, Paper b) throws IOException {
    Set<String> wordsOfB = words(b);
    IndexReader reader = searcher.getIndexReader();
    List<String> shared = new ArrayList<>();
    for (String word : words(a)) {
      if (wordsOfB.contains(word)) {
        shared.add(word);
      }
    }
    List<long[]> counted = new ArrayList<>();
    for (int i = 0; i < shared.size(); i++) {
      counted.add(new long[] {documentFrequency(reader, shared.get(i)), i});
    }
    counted.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
    List<String> rarest = new ArrayList<>();
    for (long[] c : counted) {
      // A word in no abstract is a title-only oddity; a common one ("presented") says nothing.
      if (c[0] > 0 && c[0] * COMMON_WORD_SHARE < reader.numDocs() && rarest.size() < REASON_WORDS) {
        rarest.add(shared.get((int) c[1]));
      }
    }
    return rarest;
  }

  /** The abstracts a word is in; a hyphenated word counts as its rarest part. */
  private static long documentFrequency(IndexReader reader, String word) throws IOException {
    long rarest = Long.MAX_VALUE;
    for (String part : word.split("-")) {
      if (!part.isEmpty()) {
        rarest = Math.min(rarest, reader.docFreq(new Term(PaperSchema.ABSTRACT_EXACT, part)));
      }
    }
    return rarest == Long.MAX_VALUE ? 0 : rarest;
  }

  private static Set<String> words(Paper paper) {
    Set<String> words = new LinkedHashSet<>();
    String text = paper.title() + " " + (paper.abstractText() == null ? "" : paper.abstractText());
    for (String token : TextKeys.withoutAccents(text).toLowerCase(Locale.ROOT).split("\\s+")) {
      String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (word.length() >= 4 && word.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*")) {
        words.add(word);
      }
    }
    return words;
  }
}
