package org.paperscope.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.paperscope.search.WordVectors;

/**
 * The {@link WordVectors} of an index with each document's vector kept once computed: similar
 * papers compare a paper with its 100 nearest by meaning, and without this every paper page would
 * read and vectorise those 100 stored papers again. Vectors are kept per segment (a segment never
 * changes its documents) until the segment is closed, and at most {@value #MAX_KEPT} of them in all
 * (about 60 MB); past that they are computed and not kept. Thread-safe.
 */
final class DocumentWords {
  /** Vectors kept at most (a vector is about 150 terms: some 250 bytes). */
  static final int MAX_KEPT = 250_000;

  /** Reads a document's title and abstract as {@link WordVectors#text} joins them. */
  @FunctionalInterface
  interface TextLoader {
    String apply(int doc) throws IOException;
  }

  private final WordVectors words;
  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();
  private final AtomicInteger kept = new AtomicInteger();

  private record Segment(AtomicReferenceArray<WordVectors.Vector> vectors, AtomicInteger kept) {}

  DocumentWords(WordVectors words) {
    this.words = words;
  }

  /** The vocabulary and idf. */
  WordVectors words() {
    return words;
  }

  /** How many document vectors are kept now. */
  int kept() {
    return kept.get();
  }

  /**
   * The vector of a document of {@code reader} (a top-level doc id), computed from its text on
   * first use.
   */
  WordVectors.Vector vector(IndexReader reader, int doc, TextLoader text) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Segment segment = segment(leaf.reader());
    int local = doc - leaf.docBase;
    if (segment != null) {
      WordVectors.Vector known = segment.vectors().get(local);
      if (known != null) {
        return known;
      }
    }
    WordVectors.Vector vector = words.vector(text.apply(doc));
    if (segment != null
        && kept.incrementAndGet() <= MAX_KEPT
        && segment.vectors().compareAndSet(local, null, vector)) {
      segment.kept().incrementAndGet();
    } else if (segment != null) {
      kept.decrementAndGet();
    }
    return vector;
  }

  private Segment segment(LeafReader leaf) {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    IndexReader.CacheKey key = helper.getKey();
    Segment known = segments.get(key);
    if (known != null) {
      return known;
    }
    Segment fresh = new Segment(new AtomicReferenceArray<>(leaf.maxDoc()), new AtomicInteger());
    Segment raced = segments.putIfAbsent(key, fresh);
    if (raced != null) {
      return raced;
    }
    helper.addClosedListener(
        closed -> {
          Segment gone = segments.remove(closed);
          if (gone != null) {
            kept.addAndGet(-gone.kept().get());
          }
        });
    return fresh;
  }
}
