package org.paperscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.paperscope.data.DataDir;
import org.paperscope.export.ExportFormat;
import org.paperscope.export.JsonLinesWriter;
import org.paperscope.export.PaperExtras;
import org.paperscope.export.PaperWriter;
import org.paperscope.export.ResultCsv;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperPart;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QuerySyntaxException;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope export [QUERY]}: every paper a query matches (all papers without one), with no
 * cap, as JSON Lines, BibTeX, RIS or CSV. A file is written beside its target and moved into place
 * when complete, so a failed export leaves no half file and an earlier one untouched.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the papers a query matches, all of them (every paper without a query).",
      "Formats: jsonl (default; the shape of 'show --json', reads back with 'paperscope ingest"
          + " --format jsonl'), bib (BibTeX), ris (Zotero, EndNote, Mendeley), csv."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Export the papers this query matches (several words are joined).")
  List<String> query = new ArrayList<>();

  @Option(
      names = "--filter",
      paramLabel = "QUERY",
      description = "Also require this query, e.g. venue:ICLR (repeatable).")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--sort",
      description = "relevance, year or rating. Default: relevance (index order without a query).")
  String sort = "relevance";

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "jsonl, bib, ris or csv. Default: ${DEFAULT-VALUE}.")
  String format = "jsonl";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Option(
      names = "--bom",
      description = "CSV only: start with a UTF-8 byte order mark, which Excel needs for accents.")
  boolean bom;

  @Override
  public Integer call() throws Exception {
    ExportFormat chosen = format();
    SortOrder order = sortOrder();
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
      if (!everyPaper(order)) {
        searcher.search(request(order)); // a malformed query fails here, before any output
      }
      if (output == null) {
        try (Writer out = standardOutput()) {
          export(searcher, chosen, order, out);
        }
        return 0;
      }
      long count = exportToFile(searcher, chosen, order);
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "Wrote %,d paper%s to %s (%s)%n",
          count,
          count == 1 ? "" : "s",
          output,
          chosen.displayName());
      err.flush();
    }
    return 0;
  }

  private ExportFormat format() {
    ExportFormat chosen =
        ExportFormat.named(format)
            .orElseThrow(
                () ->
                    new CliErrors.UsageException(
                        "--format must be one of "
                            + ExportFormat.extensions()
                            + ", not "
                            + format));
    if (bom && chosen != ExportFormat.CSV) {
      throw new CliErrors.UsageException("--bom applies to --format csv only");
    }
    return chosen;
  }

  private SortOrder sortOrder() {
    try {
      return SortOrder.parse(sort);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException("--sort: " + e.getMessage());
    }
  }

  /** Without query, filters or sort, every paper in index order: no search needed. */
  private boolean everyPaper(SortOrder order) {
    return query.isEmpty() && filters.isEmpty() && order == SortOrder.RELEVANCE;
  }

  private SearchRequest request(SortOrder order) {
    return SearchRequest.builder(String.join(" ", query))
        .filters(filters)
        .sort(order)
        .limit(0)
        .facetLimit(0)
        .build();
  }

  /** Writes the export to {@link #output} through a sibling ".part" file; returns the count. */
  private long exportToFile(PaperSearch searcher, ExportFormat chosen, SortOrder order)
      throws IOException, QuerySyntaxException {
    if (Files.isDirectory(output)) {
      throw new IOException("cannot write " + output + ": it is a directory");
    }
    Path part = output.resolveSibling(output.getFileName() + ".part");
    long count;
    try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
      count = export(searcher, chosen, order, out);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(part);
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new IOException("cannot write " + output + ": " + reason(cause), cause);
    }
    try {
      Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(part);
      throw new IOException("cannot write " + output + ": " + reason(e), e);
    }
    return count;
  }

  private long export(PaperSearch searcher, ExportFormat chosen, SortOrder order, Writer out)
      throws IOException, QuerySyntaxException {
    PaperExtras vectors =
        new PaperExtras() {
          @Override
          public boolean hasVector(Paper paper) throws IOException {
            return searcher.has(paper.id(), PaperPart.EMBEDDING);
          }

          @Override
          public String autoTldr(Paper paper) throws IOException {
            return searcher.autoTldr(paper.id()).orElse(null);
          }

          @Override
          public List<String> autoTags(Paper paper) throws IOException {
            return searcher.autoTags(paper.id());
          }
        };
    PaperWriter writer =
        bom
            ? ResultCsv.openForExcel(out, vectors)
            : switch (chosen) {
              case JSONL -> new JsonLinesWriter(out, vectors);
              case CSV -> ResultCsv.open(out, vectors);
              case BIBTEX, RIS -> chosen.open(out);
            };
    long[] count = {0};
    Consumer<Paper> each =
        paper -> {
          try {
            writer.write(paper);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          count[0]++;
        };
    if (everyPaper(order)) {
      searcher.forEachPaper(each);
    } else {
      searcher.forEachMatch(request(order), each);
    }
    return count[0];
  }

  /** Why a file could not be written, in a few words ("permission denied"). */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private Writer standardOutput() {
    return new FilterWriter(spec.commandLine().getOut()) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
