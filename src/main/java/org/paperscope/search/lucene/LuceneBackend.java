package org.paperscope.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.paperscope.data.DataDir;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;

/** The embedded Lucene index under {@code DATA/index}: PaperScope's default backend. */
public final class LuceneBackend implements SearchBackend {
  @Override
  public String name() {
    return DEFAULT;
  }

  @Override
  public PaperSearch open(DataDir data, QueryLimits limits) throws IOException {
    return LucenePaperSearch.open(data.root(), limits);
  }

  /** The name of the newest {@code segments_N} file, which changes with every commit. */
  @Override
  public Optional<String> latestCommit(DataDir data) throws IOException {
    Path indexDir = data.index();
    if (!Files.isDirectory(indexDir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(indexDir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.startsWith("segments_"))
          .max(Comparator.comparingLong(LuceneBackend::generation));
    }
  }

  private static long generation(String segmentsFile) {
    String suffix = segmentsFile.substring("segments_".length());
    try {
      return Long.parseLong(suffix, Character.MAX_RADIX);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
