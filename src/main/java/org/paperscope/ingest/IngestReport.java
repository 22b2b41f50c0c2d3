package org.paperscope.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.paperscope.index.PaperWriter;
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
  private final List<String> skipped = new ArrayList<>();
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

  void record(PaperWriter.Outcome outcome) {
    read++;
    switch (outcome) {
      case ADDED -> added++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
  }

  /**
   * Notes a file that was found but deliberately not read: a side file (a manifest, a licence, a
   * ground-truth file) in a folder of PDFs, which is not paper metadata.
   */
  void skip(String source) {
    skipped.add(source);
  }

  /** Files found in folders of PDFs and not read as metadata, in the order found. */
  public List<String> skipped() {
    return List.copyOf(skipped);
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
    ArrayNode sideFiles = node.putArray("skipped");
    skipped.forEach(sideFiles::add);
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
    if (!skipped.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "skipped %,d side file%s in folders of PDFs (not paper metadata; name a PDF-to-id"
                  + " mapping with --pdf-map, or a metadata file as its own argument): %s%n",
              skipped.size(),
              skipped.size() == 1 ? "" : "s",
              String.join(", ", skipped.stream().limit(3).toList())
                  + (skipped.size() > 3 ? ", …" : "")));
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
