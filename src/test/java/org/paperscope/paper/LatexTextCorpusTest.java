package org.paperscope.paper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/**
 * Every title and abstract of the NeurIPS, ICML, ICLR and arXiv lists under shared/data through
 * {@link LatexText}: none throws, and what comes out has no formula left between dollars and no
 * command left with its backslash. The residue (broken source LaTeX, such as a formula missing its
 * closing dollar) is printed and bounded.
 */
class LatexTextCorpusTest {
  private static final Pattern COMMAND = Pattern.compile("\\\\[A-Za-z]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path shared(String relative) {
    return Path.of(System.getProperty("paperscope.shared.data", "../shared/data"))
        .resolve(relative);
  }

  /** The given field of every record of the JSON, JSON Lines and CSV paper lists. */
  private static List<String> field(String name) throws IOException {
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing =
        Stream.of("ml-conference-papers", "iclr-openreview", "arxiv-samples")
            .flatMap(LatexTextCorpusTest::walk)) {
      files = listing.sorted().toList();
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      if (fileName.endsWith(".json")) {
        JSON.readTree(file.toFile()).forEach(r -> out.add(r.path(name).asText("")));
      } else if (fileName.endsWith(".jsonl")) {
        for (String line : Files.readAllLines(file)) {
          out.add(JSON.readTree(line).path(name).asText(""));
        }
      } else if (fileName.endsWith(".csv") && !file.toString().contains("scifact")) {
        try (CSVParser csv =
            CSVParser.parse(
                file, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().get())) {
          if (csv.getHeaderMap().containsKey(name)) {
            csv.forEach(r -> out.add(r.get(name)));
          }
        }
      }
    }
    return out;
  }

  private static Stream<Path> walk(String dir) {
    try {
      return Files.walk(shared(dir)).filter(Files::isRegularFile).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasLatex(String text) {
    return text.indexOf('$') >= 0 || text.indexOf('\\') >= 0 || text.contains("``");
  }

  private static boolean hasResidue(String unicode) {
    return COMMAND.matcher(unicode).find()
        || LatexText.spans(unicode).stream().anyMatch(LatexText.Span::isMath);
  }

  /** Converts every text with LaTeX; returns how many have residue, after printing the count. */
  private static long residue(String what, List<String> texts) {
    List<String> withLatex = texts.stream().filter(LatexTextCorpusTest::hasLatex).toList();
    long residue = withLatex.stream().map(LatexText::toUnicode).filter(t -> hasResidue(t)).count();
    System.out.printf(
        Locale.ROOT,
        "LaTeX in %s: %d of %d have some; residue after conversion in %d (%.2f%%)%n",
        what,
        withLatex.size(),
        texts.size(),
        residue,
        100.0 * residue / Math.max(1, withLatex.size()));
    assertThat(withLatex).as("the corpus should hold titles with LaTeX").hasSizeGreaterThan(300);
    return residue;
  }

  @Test
  void everyTitleWithLatexBecomesPlainUnicode() throws IOException {
    List<String> titles = field("title");
    assertThat(titles).hasSizeGreaterThan(10_000);
    assertThat(residue("titles", titles)).isZero();
  }

  @Test
  void abstractsKeepResidueOnlyWhereTheirLatexIsBroken() throws IOException {
    List<String> abstracts = field("abstract");
    long withLatex = abstracts.stream().filter(LatexTextCorpusTest::hasLatex).count();
    // Measured: 3 of ~4,800, each a formula missing a delimiter in the source.
    assertThat(residue("abstracts", abstracts)).isLessThanOrEqualTo(withLatex / 200);
  }
}
