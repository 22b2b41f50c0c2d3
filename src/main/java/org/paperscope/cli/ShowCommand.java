package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.export.TagsAndConcepts;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.paper.PdfInfo;
import org.paperscope.search.PaperPart;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperscope show ID}: everything known about one paper. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one paper by id.")
final class ShowCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The paper's id.")
  String id;

  @Option(names = "--json", description = "Print the paper as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Paper paper;
    boolean hasVector;
    String autoTldr;
    List<String> autoTags;
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
      paper = searcher.paper(id).orElse(null);
      hasVector = searcher.has(id, PaperPart.EMBEDDING);
      autoTldr = searcher.autoTldr(id).orElse(null);
      autoTags = searcher.autoTags(id);
    }
    if (paper == null) {
      spec.commandLine().getErr().println("paperscope show: no paper with id '" + id + "'");
      return PaperScopeCommand.EXIT_FAILURE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          CliJson.write(
              TagsAndConcepts.add(
                  PaperJson.toNode(paper, autoTldr).put("hasVector", hasVector), paper, autoTags)));
    } else {
      print(out, paper, autoTldr);
      line(out, "automatic tags", PaperText.tags(autoTags));
      out.println(
          hasVector
              ? "vector: yes (paperscope similar " + paper.id() + ")"
              : "vector: not yet (paperscope enrich)");
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, Paper paper, String autoTldr) {
    out.println(PaperText.title(paper));
    line(out, "id", paper.id());
    line(out, "authors", String.join(", ", paper.authors()));
    line(out, "venue", paper.venueLine());
    line(out, "rating", PaperText.rating(paper));
    out.println(PaperText.tldrLine(paper, autoTldr));
    if (paper.tldr() != null && autoTldr != null) {
      out.println("Auto-TLDR: " + autoTldr);
    }
    line(out, "abstract", LatexText.toUnicode(paper.abstractText()));
    line(out, "tags", PaperText.tags(paper.keywords()));
    Links links = paper.links();
    line(out, "pdf", links.pdf());
    line(out, "forum", links.forum());
    line(out, "code", links.code());
    line(out, "slides", links.slides());
    line(out, "poster", links.poster());
    line(out, "video", links.video());
    PdfInfo pdf = paper.pdf();
    if (pdf != null) {
      line(out, "pdf text", pdf.pageCount() + " pages · sha256 " + pdf.sha256());
      for (PdfInfo.Heading heading : pdf.sections()) {
        out.println("  p. " + heading.page() + "  " + heading.name());
      }
    }
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null && !value.isEmpty()) {
      out.println(label + ": " + value);
    }
  }
}
