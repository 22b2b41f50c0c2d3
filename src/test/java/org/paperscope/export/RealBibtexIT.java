package org.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * Runs the real {@code bibtex} (Debian texlive-binaries) over an export of hostile papers: it must
 * read every entry, with every field, and find no entry the data planted. A missing {@code bibtex}
 * fails the test with a message saying how to install it (never a silent skip).
 */
class RealBibtexIT {
  private static final Pattern BIBITEM = Pattern.compile("\\\\bibitem\\{([^}]*)\\}");
  private static final Pattern ENTRY =
      Pattern.compile("^@(?:misc|inproceedings)\\{([a-z0-9]+),$", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void bibtexReadsEveryHostileEntryWholeAndNoOther() throws Exception {
    requireBibtex();
    List<Paper> papers = fixture();
    StringWriter bib = new StringWriter();
    BibTexWriter writer = new BibTexWriter(bib);
    writer.comment("holds papers 1 to 16 of 20 } @misc{planted, title={x}}");
    for (Paper paper : papers) {
      writer.write(paper);
    }
    Files.writeString(dir.resolve("x.bib"), bib.toString(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("x.aux"), "\\citation{*}\n\\bibstyle{plain}\n\\bibdata{x}\n");

    Process bibtex =
        new ProcessBuilder("bibtex", "x").directory(dir.toFile()).redirectErrorStream(true).start();
    String console = new String(bibtex.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bibtex.waitFor(60, TimeUnit.SECONDS)).isTrue();

    String log = Files.readString(dir.resolve("x.blg"), StandardCharsets.ISO_8859_1);
    assertThat(bibtex.exitValue()).as(console).isZero();
    assertThat(log).as(log).doesNotContain("Warning--", "error message", "I was expecting");
    String bbl = Files.readString(dir.resolve("x.bbl"), StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    Matcher item = BIBITEM.matcher(bbl);
    while (item.find()) {
      keys.add(item.group(1));
    }
    assertThat(keys).as(bbl).hasSize(papers.size()).doesNotHaveDuplicates();
    assertThat(keys).containsExactlyInAnyOrderElementsOf(written(bib.toString()));
    for (Paper paper : papers) {
      // Every fixture paper has its own year: a field cut short would lose it.
      assertThat(bbl).as(bbl).contains(paper.year() + ".");
    }
  }

  /** The keys of the entries written, read from the start of their lines. */
  private static List<String> written(String bib) {
    List<String> keys = new ArrayList<>();
    Matcher entry = ENTRY.matcher(bib);
    while (entry.find()) {
      keys.add(entry.group(1));
    }
    return keys;
  }

  private List<Paper> fixture() throws IOException, URISyntaxException {
    Path file = Path.of(getClass().getResource("/hostile/bibtex-breakers.jsonl").toURI());
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(PaperJson::fromJson)
        .toList();
  }

  private static void requireBibtex() {
    for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, "bibtex"))) {
        return;
      }
    }
    fail("bibtex is not installed (apt-get install texlive-binaries; .ci/run does)");
  }
}
