package org.paperscope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The PDFs under a directory and the expected titles that come with them, in the layout of {@code
 * ../shared/data/pdfs}.
 *
 * <p>Expected titles are read from {@code NAME.extraction.json} (science-parse: an array of {@code
 * [kind, value]} pairs, kind {@code "title"}), {@code NAME-labels.txt} ({@code TITLE<TAB>…} lines),
 * {@code groundTruth.json} (a sequence of objects with {@code id} and {@code title}, the PDF being
 * {@code ID.pdf}) and {@code MANIFEST.tsv} (columns {@code file} and {@code title}); only titles
 * whose PDF exists count. Stateless.
 */
public final class PdfGroundTruth {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PdfGroundTruth() {}

  /** Every {@code *.pdf} under {@code dir}, sorted by path. */
  public static List<Path> pdfs(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(PdfGroundTruth::isPdf).sorted().toList();
    }
  }

  /** The PDFs listed in the {@code MANIFEST.tsv} files under {@code dir}, sorted by path. */
  public static List<Path> manifestPdfs(Path dir) throws IOException {
    List<Path> result = new ArrayList<>();
    for (Path manifest : named(dir, "MANIFEST.tsv")) {
      result.addAll(manifestTitles(manifest).keySet());
    }
    return result.stream().sorted().toList();
  }

  /** Expected title per PDF, sorted by path; a later source does not replace an earlier one. */
  public static Map<Path, String> titles(Path dir) throws IOException {
    Map<Path, String> titles = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".extraction.json")) {
          put(titles, sibling(file, name, ".extraction.json"), extractionTitle(file));
        } else if (name.endsWith("-labels.txt")) {
          put(titles, sibling(file, name, "-labels.txt"), labelsTitle(file));
        } else if (name.equals("groundTruth.json")) {
          groundTruthTitles(file).forEach((pdf, title) -> put(titles, pdf, title));
        } else if (name.equals("MANIFEST.tsv")) {
          manifestTitles(file).forEach((pdf, title) -> put(titles, pdf, title));
        }
      }
    }
    return titles;
  }

  private static void put(Map<Path, String> titles, Path pdf, String title) {
    if (title != null && !title.isBlank() && Files.isRegularFile(pdf)) {
      titles.putIfAbsent(pdf, title.strip());
    }
  }

  private static Path sibling(Path file, String name, String suffix) {
    return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + ".pdf");
  }

  private static String extractionTitle(Path file) throws IOException {
    for (JsonNode pair : JSON.readTree(file.toFile())) {
      if (pair.size() == 2 && "title".equals(pair.get(0).asText())) {
        return pair.get(1).asText();
      }
    }
    return null;
  }

  private static String labelsTitle(Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("TITLE\t")) {
        return line.substring("TITLE\t".length());
      }
    }
    return null;
  }

  private static Map<Path, String> groundTruthTitles(Path file) throws IOException {
    Map<Path, String> titles = new TreeMap<>();
    try (MappingIterator<JsonNode> records =
        JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (records.hasNext()) {
        JsonNode record = records.next();
        titles.put(
            file.resolveSibling(record.path("id").asText() + ".pdf"),
            record.path("title").asText());
      }
    }
    return titles;
  }

  private static Map<Path, String> manifestTitles(Path file) throws IOException {
    Map<Path, String> titles = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.getFirst().split("\t"));
    int fileColumn = header.indexOf("file");
    int titleColumn = header.indexOf("title");
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t");
      if (columns.length > Math.max(fileColumn, titleColumn)
          && fileColumn >= 0
          && titleColumn >= 0) {
        titles.put(file.resolveSibling(columns[fileColumn]), columns[titleColumn]);
      }
    }
    return titles;
  }

  private static List<Path> named(Path dir, String fileName) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().equals(fileName)).sorted().toList();
    }
  }

  private static boolean isPdf(Path file) {
    return Files.isRegularFile(file)
        && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
  }
}
