package org.paperscope.index.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;

/**
 * Which version of each paper the index holds: id to the first 64 bits of the content hash ({@link
 * PaperHash}), enough to tell a change, and half the memory. Not thread-safe.
 */
final class PaperVersions {
  private final Map<String, Long> hashes;

  private PaperVersions(Map<String, Long> hashes) {
    this.hashes = hashes;
  }

  /** Ids and hash prefixes of the last commit in {@code directory}; none when it has no index. */
  static PaperVersions load(Directory directory) throws IOException {
    Map<String, Long> hashes = new HashMap<>();
    if (!DirectoryReader.indexExists(directory)) {
      return new PaperVersions(hashes);
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        SortedDocValues ids = leaf.reader().getSortedDocValues(PaperSchema.ID);
        BinaryDocValues hashValues = leaf.reader().getBinaryDocValues(PaperSchema.HASH);
        if (ids == null) {
          continue;
        }
        LiveDocs.forEach(
            leaf.reader(),
            doc -> {
              if (ids.advanceExact(doc) && hashValues.advanceExact(doc)) {
                hashes.put(
                    ids.lookupOrd(ids.ordValue()).utf8ToString(),
                    prefix(hashValues.binaryValue().utf8ToString()));
              }
            });
      }
    }
    return new PaperVersions(hashes);
  }

  /** The hash prefix of the paper's version, or null when the index does not hold the id. */
  Long get(String id) {
    return hashes.get(id);
  }

  /** Records that the index now holds this version ({@code hexHash}) of the paper. */
  void put(String id, String hexHash) {
    hashes.put(id, prefix(hexHash));
  }

  /** Number of papers. */
  int size() {
    return hashes.size();
  }

  /** The first 64 bits of a hex content hash. */
  static long prefix(String hexHash) {
    return Long.parseUnsignedLong(hexHash, 0, 16, 16);
  }
}
