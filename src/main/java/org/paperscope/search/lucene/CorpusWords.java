package org.paperscope.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.paperscope.index.lucene.PaperSchema;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.WordVectors;

/**
 * The {@link WordVectors} of an index: vocabulary and idf over the titles and abstracts of up to
 * {@value #SAMPLE} papers spread evenly over it (all of them in a smaller index). Computed once per
 * index directory and reused by later snapshots until the number of papers has moved by a tenth (a
 * summary or a day's harvest changes no idf that matters), with the documents' vectors kept as they
 * are computed ({@link DocumentWords}). Thread-safe.
 */
final class CorpusWords {
  /** Papers read at most: 25,000 take about two seconds and estimate every kept term's idf. */
  static final int SAMPLE = 25_000;

  private record Computed(int papers, DocumentWords words) {}

  private static final Map<String, Computed> BY_INDEX = new ConcurrentHashMap<>();

  private CorpusWords() {}

  /** The vectors for the index at {@code key} (its directory), computing them when stale. */
  static DocumentWords of(String key, IndexReader reader) {
    int papers = reader.numDocs();
    Computed known = BY_INDEX.get(key);
    if (known != null && Math.abs(known.papers() - papers) * 10L <= known.papers()) {
      return known.words();
    }
    synchronized (CorpusWords.class) {
      known = BY_INDEX.get(key);
      if (known != null && Math.abs(known.papers() - papers) * 10L <= known.papers()) {
        return known.words();
      }
      DocumentWords words = new DocumentWords(WordVectors.of(texts(reader)));
      BY_INDEX.put(key, new Computed(papers, words));
      return words;
    }
  }

  /** Title and abstract of the sampled papers, in index order. */
  static List<String> texts(IndexReader reader) {
    int stride = Math.max(1, (reader.numDocs() + SAMPLE - 1) / SAMPLE);
    List<String> texts = new ArrayList<>();
    try {
      int live = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits alive = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (alive != null && !alive.get(doc)) {
            continue;
          }
          if (live++ % stride == 0) {
            text(stored, doc).ifPresent(texts::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the papers' words", e);
    }
    return texts;
  }

  /**
   * A document's title and abstract as the word vectors read them; empty when it stores no paper.
   */
  static Optional<String> text(StoredFields stored, int doc) throws IOException {
    String source = stored.document(doc, Set.of(PaperSchema.SOURCE)).get(PaperSchema.SOURCE);
    if (source == null) {
      return Optional.empty();
    }
    Paper paper = PaperJson.fromJson(source);
    return Optional.of(WordVectors.text(paper.title(), paper.abstractText()));
  }
}
