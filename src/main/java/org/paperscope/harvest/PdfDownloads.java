package org.paperscope.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Downloads harvested papers' PDFs into a folder, for the ingest's PDF pipeline: one file per paper
 * ({@code <id>.pdf}, the id made file-safe) beside a {@code .url} file naming where it came from,
 * so a PDF fetched before from the same URL (arXiv URLs name the version) is not fetched again. A
 * body that is no PDF (no {@code %PDF-} magic, or an HTML or JSON media type) is refused.
 */
public final class PdfDownloads {
  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final PoliteFetcher fetcher;
  private final Path dir;

  public PdfDownloads(PoliteFetcher fetcher, Path dir) {
    this.fetcher = fetcher;
    this.dir = dir;
  }

  /**
   * What a round of downloads gave.
   *
   * @param files the PDFs on disk for the papers asked for (new and fetched before)
   * @param mapping file name to paper id, for the ingest's PDF matching
   * @param fetched how many were downloaded this time
   * @param refused URL and reason of each refused or failed download
   */
  public record Result(
      List<Path> files, Map<String, String> mapping, int fetched, List<String> refused) {}

  /** Downloads the PDF of each paper ({@code id → URL}) that is not here yet. */
  public Result download(Map<String, String> pdfUrls) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    Map<String, String> mapping = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    int fetched = 0;
    for (Map.Entry<String, String> paper : pdfUrls.entrySet()) {
      String name = fileName(paper.getKey());
      Path pdf = dir.resolve(name);
      Path source = dir.resolve(name + ".url");
      String url = paper.getValue();
      boolean known =
          Files.exists(pdf) && Files.exists(source) && Files.readString(source).equals(url);
      if (!known) {
        try {
          PoliteFetcher.Fetched body = fetcher.fetch(URI.create(url));
          String why = notPdf(body);
          if (why != null) {
            refused.add(url + ": " + why);
            continue;
          }
          Files.write(pdf, body.body());
          Files.writeString(source, url);
          fetched++;
        } catch (IOException | IllegalArgumentException e) {
          refused.add(url + ": " + e.getMessage());
          continue;
        }
      }
      files.add(pdf);
      mapping.put(name, paper.getKey());
    }
    return new Result(files, mapping, fetched, refused);
  }

  /** Why a body is no PDF, or null when it is one. */
  static String notPdf(PoliteFetcher.Fetched body) {
    String type = body.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("text/") || type.contains("html") || type.contains("json")) {
      return "not a PDF (" + body.contentType() + ")";
    }
    byte[] bytes = body.body();
    if (bytes.length < MAGIC.length) {
      return "not a PDF (" + bytes.length + " bytes)";
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        return "not a PDF (no %PDF- header)";
      }
    }
    return null;
  }

  /** A file name for a paper id: {@code hep-th/9901001} → {@code hep-th_9901001.pdf}. */
  static String fileName(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
  }
}
