package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.search.RankFusion;
import org.paperscope.search.SearchMode;

/**
 * Search by meaning over one snapshot: which mode a request gets, the nearest papers to a query
 * vector (HNSW, restricted by a filter query), and hybrid rankings that fuse a keyword ranking with
 * the ranking by meaning of the same match set. Thread-safe.
 */
final class MeaningSearch {
  /**
   * Papers of each ranking that a hybrid ranking fuses (at least the page asked for): beyond the
   * first hundred, the rankings by meaning and by words rarely agree on anything that matters.
   */
  static final int FUSION_DEPTH = 100;

  private final IndexSearcher searcher;
  private final QueryVectors vectors;

  MeaningSearch(IndexSearcher searcher, QueryVectors vectors) {
    this.searcher = searcher;
    this.vectors = vectors;
  }

  /** The mode a request gets: AUTO is hybrid once papers have vectors; without vectors, keyword. */
  SearchMode resolve(SearchMode requested) {
    if (!vectors.available()) {
      return SearchMode.KEYWORD;
    }
    return requested == SearchMode.AUTO ? SearchMode.HYBRID : requested;
  }

  /** Whether papers have vectors in this snapshot. */
  boolean available() {
    return vectors.available();
  }

  /** A query text to search by meaning, embedded once, when first needed. Not thread-safe. */
  static final class QueryVector {
    private final String text;
    private final int words;
    private final QueryVectors vectors;
    private float[] values;

    QueryVector(String text, int words, QueryVectors vectors) {
      this.text = text;
      this.words = words;
      this.vectors = vectors;
    }

    /** The unit-length vector of the text. */
    float[] values() {
      if (values == null) {
        values = vectors.embed(text);
      }
      return values;
    }

    /** How many words the text has (hybrid ranking weighs meaning by it). */
    int words() {
      return words;
    }
  }

  /**
   * The query text to embed, or empty when it is blank or papers have no vectors. The text is
   * embedded on the first {@link QueryVector#values()}: a hybrid query of three words or fewer is
   * ranked by words alone and never pays for the model.
   */
  Optional<QueryVector> embed(String text) {
    if (!vectors.canEmbed(text)) {
      return Optional.empty();
    }
    return Optional.of(new QueryVector(text, text.strip().split("\\s+").length, vectors));
  }

  /** The vector of a document, or empty when it has none. */
  Optional<float[]> vectorOf(int doc) throws IOException {
    return vectors.ofDocument(doc);
  }

  /** The {@code k} papers nearest to the vector among those the filter matches. */
  static Query nearest(float[] vector, int k, Query filter) {
    return new KnnFloatVectorQuery(PaperSchema.VECTOR, vector, Math.max(1, k), filter);
  }

  /**
   * The top {@code want} documents of the keyword query's match set, ranked by fusing its BM25
   * ranking with its ranking by meaning, weighed by the query's length ({@link
   * RankFusion#forWords}); every document is a match of {@code query}. Papers the query names by
   * title ({@code named}: a pasted title or its start) come first in keyword order: the fusion sees
   * scores over the whole ranking, not that one of them carried a title bonus.
   */
  ScoreDoc[] fusedTop(Query query, QueryVector vector, int want, Optional<Query> named)
      throws IOException {
    RankFusion fusion = RankFusion.HYBRID.forWords(vector.words());
    int depth = Math.max(want, FUSION_DEPTH);
    TopDocs byWords = searcher.search(query, depth);
    if (fusion.meaningWeight() == 0) {
      return byWords.scoreDocs.length > want
          ? java.util.Arrays.copyOf(byWords.scoreDocs, want)
          : byWords.scoreDocs;
    }
    TopDocs byMeaning = searcher.search(nearest(vector.values(), depth, query), depth);
    List<RankFusion.Scored<Integer>> fused =
        fusion.fuse(scored(byWords.scoreDocs), scored(byMeaning.scoreDocs));
    Set<Integer> first = namedDocs(query, named, depth);
    List<ScoreDoc> ranked = new ArrayList<>();
    for (ScoreDoc doc : byWords.scoreDocs) {
      if (first.contains(doc.doc)) {
        ranked.add(doc);
      }
    }
    for (RankFusion.Scored<Integer> one : fused) {
      if (!first.contains(one.item())) {
        ranked.add(new ScoreDoc(one.item(), (float) one.score()));
      }
    }
    return ranked.subList(0, Math.min(want, ranked.size())).toArray(ScoreDoc[]::new);
  }

  private Set<Integer> namedDocs(Query query, Optional<Query> named, int depth) throws IOException {
    if (named.isEmpty()) {
      return Set.of();
    }
    Query both =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.FILTER)
            .add(named.get(), BooleanClause.Occur.FILTER)
            .build();
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc doc : searcher.search(both, depth).scoreDocs) {
      docs.add(doc.doc);
    }
    return docs;
  }

  private static List<RankFusion.Scored<Integer>> scored(ScoreDoc[] ranking) {
    List<RankFusion.Scored<Integer>> docs = new ArrayList<>(ranking.length);
    for (ScoreDoc doc : ranking) {
      docs.add(new RankFusion.Scored<>(doc.doc, doc.score));
    }
    return docs;
  }
}
