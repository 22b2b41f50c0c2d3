package org.paperscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.index.lucene.PaperDocuments;
import org.paperscope.index.lucene.PaperIndex;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * The throughput limit PaperScope's ingest is measured against: reads the same JSON Lines with
 * Jackson and adds the same Lucene documents (same fields, same analysis, same threads and buffer),
 * but with no validation, normalisation, upsert, merge or report.
 */
final class BareIndexer {
  private static final String FIXED_HASH = "0".repeat(64);

  private BareIndexer() {}

  /** Indexes every line of {@code jsonl} into a new index at {@code indexDir}; returns docs. */
  static long index(Path jsonl, Path indexDir, double ramBufferMb, int threads) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(PaperAnalyzers.perField());
    config.setRAMBufferSizeMB(ramBufferMb);
    config.setSimilarity(PaperIndex.similarity());
    ExecutorService pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 256),
            new ThreadPoolExecutor.CallerRunsPolicy());
    long count = 0;
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config);
        BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Paper paper = toPaper(PaperJson.mapper().readTree(line));
        pool.execute(() -> add(writer, paper));
        count++;
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.HOURS);
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return count;
  }

  private static void add(IndexWriter writer, Paper paper) {
    try {
      writer.addDocument(PaperDocuments.toDocument(paper, FIXED_HASH));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Paper toPaper(JsonNode node) {
    return Paper.builder(node.path("id").asText(), node.path("title").asText())
        .authors(strings(node.path("authors")))
        .abstractText(node.hasNonNull("abstract") ? node.get("abstract").asText() : null)
        .tldr(node.hasNonNull("tldr") ? node.get("tldr").asText() : null)
        .keywords(strings(node.path("keywords")))
        .venue(node.hasNonNull("venue") ? node.get("venue").asText() : null)
        .year(node.hasNonNull("year") ? node.get("year").asInt() : null)
        .decision(node.hasNonNull("decision") ? node.get("decision").asText() : null)
        .rating(node.hasNonNull("rating") ? node.get("rating").asDouble() : null)
        .build();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
