package org.paperscope.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Attaches a PDF to a paper record: by id in the file name, by a mapping file, or by title.
 *
 * <p>Rules, tried in order:
 *
 * <ol>
 *   <li>the file name without {@code .pdf} (case-insensitive extension) is exactly a known id;
 *   <li>the mapping names the file (by file name) and the id it names is known;
 *   <li>the arXiv identifier printed on the PDF's first page is a known id;
 *   <li>the detected title's token set has Jaccard similarity of at least {@code threshold} with
 *       exactly one record title, after both are normalised (NFKC, lower case, runs of letters and
 *       digits as tokens). When a second title also clears the threshold within {@value
 *       #AMBIGUITY_MARGIN} of the best, the match is {@link Ambiguous} and names both ids.
 * </ol>
 *
 * Ties between equal scores are broken by id, so results do not depend on map order. Immutable and
 * thread-safe.
 */
public final class PdfMatcher {
  /** Default similarity needed for a title match (measured: re-typeset titles score 0.9–1.0). */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** Scores closer than this to the best make a title match ambiguous. */
  public static final double AMBIGUITY_MARGIN = 0.05;

  /** How a PDF was matched to a record. */
  public sealed interface Match permits ById, ByMapping, ByArxivId, ByTitle, Ambiguous, NoMatch {}

  /** The file name is the record id. */
  public record ById(String id) implements Match {}

  /** The mapping file names the record. */
  public record ByMapping(String id) implements Match {}

  /** The arXiv identifier printed in the PDF is the record's id. */
  public record ByArxivId(String id) implements Match {}

  /** The detected title matches one record's title with the given Jaccard score in [0, 1]. */
  public record ByTitle(String id, double score) implements Match {}

  /** Two or more titles match about equally well; ids ordered best first. */
  public record Ambiguous(List<String> ids) implements Match {}

  /** Nothing matched; the PDF becomes a paper of its own. */
  public record NoMatch() implements Match {}

  private final double threshold;

  /** A matcher accepting title matches scoring at least {@code threshold}, in (0, 1]. */
  public PdfMatcher(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("title threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** A matcher with {@link #DEFAULT_THRESHOLD}. */
  public PdfMatcher() {
    this(DEFAULT_THRESHOLD);
  }

  /**
   * Matches one PDF.
   *
   * @param pdf the PDF file; only its name is used
   * @param detectedTitle the title found on page 1, or null
   * @param idToTitle the known records' titles by id (titles may be null)
   * @param mapping file name to id, from {@link #readMapping}, possibly empty
   */
  public Match match(
      Path pdf, String detectedTitle, Map<String, String> idToTitle, Map<String, String> mapping) {
    return match(pdf, detectedTitle, null, idToTitle, mapping);
  }

  /**
   * Matches one PDF that may print its arXiv identifier.
   *
   * @param arxivId the arXiv identifier found on page 1 (without version), or null
   */
  public Match match(
      Path pdf,
      String detectedTitle,
      String arxivId,
      Map<String, String> idToTitle,
      Map<String, String> mapping) {
    String fileName = pdf.getFileName().toString();
    String stem = fileName.replaceFirst("(?i)\\.pdf$", "");
    if (idToTitle.containsKey(stem)) {
      return new ById(stem);
    }
    String mapped = mapping.get(fileName);
    if (mapped != null && idToTitle.containsKey(mapped)) {
      return new ByMapping(mapped);
    }
    if (arxivId != null && idToTitle.containsKey(arxivId)) {
      return new ByArxivId(arxivId);
    }
    return detectedTitle == null ? new NoMatch() : matchTitle(detectedTitle, idToTitle);
  }

  private Match matchTitle(String detectedTitle, Map<String, String> idToTitle) {
    Set<String> tokens = tokens(detectedTitle);
    if (tokens.isEmpty()) {
      return new NoMatch();
    }
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (Map.Entry<String, String> record : idToTitle.entrySet()) {
      if (record.getValue() != null) {
        double score = jaccard(tokens, tokens(record.getValue()));
        if (score >= threshold) {
          scored.add(Map.entry(record.getKey(), score));
        }
      }
    }
    scored.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    if (scored.isEmpty()) {
      return new NoMatch();
    }
    double best = scored.getFirst().getValue();
    List<String> close =
        scored.stream()
            .filter(e -> best - e.getValue() < AMBIGUITY_MARGIN)
            .map(Map.Entry::getKey)
            .toList();
    return close.size() > 1 ? new Ambiguous(close) : new ByTitle(scored.getFirst().getKey(), best);
  }

  /** Jaccard similarity of the two titles' normalised token sets, in [0, 1]. */
  public static double similarity(String a, String b) {
    return jaccard(tokens(a), tokens(b));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    int common = 0;
    for (String token : a) {
      common += b.contains(token) ? 1 : 0;
    }
    return (double) common / union.size();
  }

  /** The title's tokens: NFKC, lower case, maximal runs of letters and digits. */
  static Set<String> tokens(String title) {
    String normalised = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Set<String> tokens = new HashSet<>();
    for (String token : normalised.split("[^\\p{L}\\p{N}]+")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /**
   * Reads a mapping file: one {@code file,id} pair per line, comma- or tab-separated (the first
   * separator on the line counts; ids may contain more of them); blank lines and lines starting
   * with {@code #} are skipped, and a first line {@code file,id} or {@code file<TAB>id} is a
   * header. A header that names more columns picks them by name: the file from {@code file} or
   * {@code pdf}, the id from {@code id}, {@code paper_id}, {@code arxiv_id} or {@code arxiv} (as in
   * a manifest {@code file<TAB>arxiv_id<TAB>title<TAB>pages}). Only the file's name is used when
   * the first column holds a path.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the line when a line has no separator or an empty field
   */
  public static Map<String, String> readMapping(Path mappingFile) throws IOException {
    Map<String, String> mapping = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(mappingFile, StandardCharsets.UTF_8);
    int[] columns = lines.isEmpty() ? null : namedColumns(lines.getFirst());
    for (int i = columns == null ? 0 : 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.matches("(?i)file[,\\t]id"))) {
        continue;
      }
      String file;
      String id;
      if (columns != null) {
        String[] fields = lines.get(i).split(columns[2] == 1 ? "\t" : ",", -1);
        boolean complete = fields.length > Math.max(columns[0], columns[1]);
        file = complete ? fields[columns[0]].strip() : "";
        id = complete ? fields[columns[1]].strip() : "";
      } else {
        int cut = firstSeparator(line);
        file = cut < 0 ? "" : line.substring(0, cut).strip();
        id = cut < 0 ? "" : line.substring(cut + 1).strip();
      }
      if (file.isEmpty() || id.isEmpty()) {
        throw new IllegalArgumentException(
            "%s:%d: expected 'file,id', got '%s'".formatted(mappingFile, i + 1, line));
      }
      mapping.put(file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1), id);
    }
    return mapping;
  }

  /**
   * For a header of three or more named columns: the file column, the id column and 1 for tabs or 0
   * for commas; null when the first line is no such header.
   */
  private static int[] namedColumns(String header) {
    boolean tabs = header.contains("\t");
    List<String> names =
        List.of(header.strip().toLowerCase(Locale.ROOT).split(tabs ? "\t" : ",", -1)).stream()
            .map(String::strip)
            .toList();
    if (names.size() < 3) {
      return null;
    }
    int file = firstOf(names, "file", "pdf", "filename");
    int id = firstOf(names, "id", "paper_id", "arxiv_id", "arxiv");
    return file < 0 || id < 0 ? null : new int[] {file, id, tabs ? 1 : 0};
  }

  private static int firstOf(List<String> names, String... wanted) {
    for (String name : wanted) {
      if (names.contains(name)) {
        return names.indexOf(name);
      }
    }
    return -1;
  }

  private static int firstSeparator(String line) {
    int comma = line.indexOf(',');
    int tab = line.indexOf('\t');
    return comma < 0 ? tab : tab < 0 ? comma : Math.min(comma, tab);
  }
}
