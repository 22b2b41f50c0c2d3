package org.paperscope.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.paperscope.paper.PaperJson;

/**
 * Counts of one ingest run and every rejection with its location. Not thread-safe: one ingest
 * thread fills it.
 */
public final class IngestReport {
  /** A rejected record: where it was ({@code file:line}) and why. */
  public record Rejection(String source, String reason) {}

  private long read;
  private long added;
  private long updated;
  private long unchanged;
  private final List<Rejection> rejections = new ArrayList<>();
  private long pdfsExtracted;
  private long pdfsCached;

  void pdf(boolean cached) {
    if (cached) {
      pdfsCached++;
    } else {
      pdfsExtracted++;
    }
  }

  /** PDFs whose text was extracted in this run. */
  public long pdfsExtracted() {
    return pdfsExtracted;
  }

  /** PDFs whose text came from the cache (same SHA-256 seen before): nothing re-extracted. */
  public long pdfsCached() {
    return pdfsCached;
  }

  void record(PaperStore.Outcome outcome) {
    read++;
    switch (outcome) {
      case ADDED -> added++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
  }

  void reject(String source, String reason) {
    read++;
    rejections.add(new Rejection(source, reason));
  }

  public long read() {
    return read;
  }

  public long added() {
    return added;
  }

  public long updated() {
    return updated;
  }

  public long unchanged() {
    return unchanged;
  }

  public long rejected() {
    return rejections.size();
  }

  public List<Rejection> rejections() {
    return List.copyOf(rejections);
  }

  /** Rejections counted by reason, with the variable part (quoted values) folded away. */
  public Map<String, Long> rejectedByReason() {
    Map<String, Long> counts = new TreeMap<>();
    for (Rejection r : rejections) {
      counts.merge(r.reason().replaceAll("\"[^\"]*\"", "\"…\""), 1L, Long::sum);
    }
    return counts;
  }

  /** The {@code ingest --json} object: read, added, updated, unchanged, rejected, rejections. */
  public ObjectNode toJson() {
    ObjectNode node = PaperJson.mapper().createObjectNode();
    node.put("read", read);
    node.put("added", added);
    node.put("updated", updated);
    node.put("unchanged", unchanged);
    node.put("rejected", rejected());
    node.putObject("pdfs").put("extracted", pdfsExtracted).put("cached", pdfsCached);
    ArrayNode list = node.putArray("rejections");
    for (Rejection r : rejections) {
      list.addObject().put("source", r.source()).put("reason", r.reason());
    }
    return node;
  }

  /** A few lines for people: the counts, then rejections by reason and the first examples. */
  public String toText(int maxExamples) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "read %,d · added %,d · updated %,d · unchanged %,d · rejected %,d%n",
            read,
            added,
            updated,
            unchanged,
            rejected()));
    if (pdfsExtracted + pdfsCached > 0) {
      out.append(
          String.format(
              Locale.ROOT, "PDFs: %,d extracted · %,d from cache%n", pdfsExtracted, pdfsCached));
    }
    rejectedByReason()
        .forEach(
            (reason, n) ->
                out.append(String.format(Locale.ROOT, "  rejected %,d: %s%n", n, reason)));
    rejections.stream()
        .limit(maxExamples)
        .forEach(
            r -> out.append("  ").append(r.source()).append(": ").append(r.reason()).append('\n'));
    if (rejections.size() > maxExamples) {
      out.append(
          String.format(
              Locale.ROOT,
              "  … and %,d more (use --json for all)%n",
              rejections.size() - maxExamples));
    }
    return out.toString();
  }
}
