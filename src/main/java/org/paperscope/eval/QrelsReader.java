package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads qrels files: BEIR TSV ({@code query-id<TAB>corpus-id<TAB>score} after that header line) and
 * TREC ({@code qid iter docid grade}, whitespace separated, {@code iter} ignored). Blank lines are
 * skipped; a document judged twice for one query is an error (trec_eval rejects it too). Stateless.
 */
public final class QrelsReader {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final List<String> BEIR_HEADER = List.of("query-id", "corpus-id", "score");

  private QrelsReader() {}

  /**
   * Reads {@code file} as BEIR TSV when its first non-blank line is the BEIR header, else as TREC.
   *
   * @throws MalformedLineException on a bad or duplicate line
   * @throws IOException when the file cannot be read
   */
  public static Qrels read(Path file) throws IOException {
    return parse(file, Format.DETECT);
  }

  /**
   * Reads a BEIR qrels TSV; the first non-blank line must be the header {@code query-id corpus-id
   * score}.
   *
   * @throws MalformedLineException on a missing header, a bad or duplicate line
   * @throws IOException when the file cannot be read
   */
  public static Qrels readBeirTsv(Path file) throws IOException {
    return parse(file, Format.BEIR_TSV);
  }

  /**
   * Reads a TREC qrels file, lines {@code qid iter docid grade}.
   *
   * @throws MalformedLineException on a bad or duplicate line
   * @throws IOException when the file cannot be read
   */
  public static Qrels readTrec(Path file) throws IOException {
    return parse(file, Format.TREC);
  }

  /** The layouts a qrels file may have; {@code DETECT} decides from the first non-blank line. */
  private enum Format {
    DETECT,
    BEIR_TSV,
    TREC
  }

  private static Qrels parse(Path file, Format format) throws IOException {
    var state = new State(file, format);
    NumberedLines.forEach(file, state::line);
    return new Qrels(state.judgments);
  }

  /** Parsing state for one file. */
  private static final class State {
    private final Path file;
    private Format format;
    private boolean sawFirstLine;
    private final Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    private final Map<String, Long> firstLine = new HashMap<>();

    State(Path file, Format format) {
      this.file = file;
      this.format = format;
    }

    void line(String line, long number) throws MalformedLineException {
      if (line.isBlank()) {
        return;
      }
      List<String> fields = List.of(WHITESPACE.split(line.strip()));
      if (!sawFirstLine) {
        sawFirstLine = true;
        if (firstLineIsHeader(fields, number)) {
          return;
        }
      }
      if (format == Format.BEIR_TSV) {
        addBeir(line, number);
      } else {
        addTrec(fields, number);
      }
    }

    private boolean firstLineIsHeader(List<String> fields, long number)
        throws MalformedLineException {
      boolean header = fields.equals(BEIR_HEADER);
      if (format == Format.DETECT) {
        format = header ? Format.BEIR_TSV : Format.TREC;
      } else if (format == Format.BEIR_TSV && !header) {
        throw new MalformedLineException(
            file, number, "expected the BEIR header \"query-id<TAB>corpus-id<TAB>score\"");
      }
      return header;
    }

    private void addBeir(String line, long number) throws MalformedLineException {
      String[] fields = line.split("\t", -1);
      if (fields.length != 3) {
        throw new MalformedLineException(
            file,
            number,
            "expected 3 tab-separated fields (query-id, corpus-id, score), found " + fields.length);
      }
      add(fields[0].strip(), fields[1].strip(), fields[2].strip(), number);
    }

    private void addTrec(List<String> fields, long number) throws MalformedLineException {
      if (fields.size() != 4) {
        String hint = fields.size() == 3 ? "; a BEIR TSV must start with its header line" : "";
        throw new MalformedLineException(
            file,
            number,
            "expected 4 fields (qid iter docid grade), found " + fields.size() + hint);
      }
      add(fields.get(0), fields.get(2), fields.get(3), number);
    }

    private void add(String query, String doc, String grade, long number)
        throws MalformedLineException {
      if (query.isEmpty() || doc.isEmpty()) {
        throw new MalformedLineException(file, number, "empty query or document id");
      }
      int value = parseGrade(grade, number);
      Long earlier = firstLine.putIfAbsent(query + '\u0000' + doc, number);
      if (earlier != null) {
        throw new MalformedLineException(
            file,
            number,
            "query %s judges document %s again (first on line %d)".formatted(query, doc, earlier));
      }
      judgments.computeIfAbsent(query, q -> new LinkedHashMap<>()).put(doc, value);
    }

    private int parseGrade(String grade, long number) throws MalformedLineException {
      try {
        return Integer.parseInt(grade);
      } catch (NumberFormatException e) {
        throw new MalformedLineException(
            file, number, "grade \"" + grade + "\" is not an integer", e);
      }
    }
  }
}
