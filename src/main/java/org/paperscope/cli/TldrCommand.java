package org.paperscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.EnrichmentException;
import org.paperscope.enrich.EnrichmentReport;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.enrich.GeneratedTldr;
import org.paperscope.enrich.TldrEnrichment;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope tldr [ID…]}: writes Auto-TLDRs. With ids, writes those papers' again (ignoring
 * the cache) and prints them; without, writes every paper's that lacks one.
 */
@Command(
    name = "tldr",
    mixinStandardHelpOptions = true,
    description = {
      "Writes Auto-TLDRs: one sentence from each paper's title and abstract, stored beside the"
          + " authors' TL;DR, never in its place. With paper ids, writes those papers' again and"
          + " prints them; without, writes the TL;DR of every paper that lacks one ('enrich'"
          + " and 'ingest' do this too).",
      "Exit status: 0 done, 1 error or an unknown id, 2 usage error."
    })
final class TldrCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "Papers whose TL;DR to rewrite.")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--json",
      description =
          "Print [{\"id\",\"tldr\",\"tldrSource\",\"autoTldr\"}] (with ids) or the report.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    DataDir data = common.withIndex();
    PrintWriter out = spec.commandLine().getOut();
    try (Enrichments enrichments = Enrichments.standard(data, common.store());
        PaperIndexWriter writer = PaperIndexWriter.open(data.index(), 64, 1, enrichments)) {
      if (ids.isEmpty()) {
        EnrichmentReport report =
            new EnrichmentRun(
                    enrichments,
                    Runtime.getRuntime().availableProcessors(),
                    EnrichmentRun.DEFAULT_BATCH,
                    EnrichProgress.onStderr(spec))
                .run(writer, Optional.of(TldrEnrichment.NAME), false);
        out.print(
            json ? PaperJson.mapper().writeValueAsString(report.toJson()) + "\n" : report.toText());
        out.flush();
        return 0;
      }
      // The index writer's own TL;DR enrichment, so that the document it rewrites finds the TL;DR
      // just written (another instance's cache may believe its folder empty and write none).
      TldrEnrichment tldrs =
          enrichments
              .named(TldrEnrichment.NAME)
              .map(TldrEnrichment.class::cast)
              .orElseThrow(
                  () -> new IllegalStateException("no " + TldrEnrichment.NAME + " enrichment"));
      return rewrite(writer, tldrs, out);
    }
  }

  private int rewrite(PaperIndexWriter writer, TldrEnrichment tldrs, PrintWriter out)
      throws IOException {
    ArrayNode list = PaperJson.mapper().createArrayNode();
    int status = 0;
    for (String id : ids) {
      Optional<Paper> paper = writer.stored(id);
      if (paper.isEmpty()) {
        spec.commandLine().getErr().println("paperscope tldr: no paper with id '" + id + "'");
        status = PaperScopeCommand.EXIT_FAILURE;
        continue;
      }
      String autoTldr = null;
      Optional<String> key = tldrs.contentKey(paper.get());
      if (key.isPresent()) {
        try {
          GeneratedTldr written = tldrs.compute(paper.get(), key.get());
          autoTldr = written.text();
          writer.refresh(id);
        } catch (EnrichmentException e) {
          spec.commandLine().getErr().println("paperscope tldr: " + id + ": " + e.getMessage());
        }
      }
      addJson(list, paper.get(), autoTldr);
      if (!json) {
        out.println(id + "  " + PaperText.tldrLine(paper.get(), autoTldr));
        if (key.isEmpty()) {
          out.println("  (no abstract: no Auto-TLDR)");
        }
      }
    }
    writer.commit();
    if (json) {
      out.println(PaperJson.mapper().writeValueAsString(list));
    }
    out.flush();
    return status;
  }

  /** One paper's TL;DR as JSON: {@code {"id","tldr","tldrSource","autoTldr"?}}. */
  private static void addJson(ArrayNode list, Paper paper, String autoTldr) {
    ObjectNode all = PaperJson.toNode(paper, autoTldr);
    ObjectNode item = list.addObject().put("id", paper.id());
    item.set("tldr", all.get("tldr"));
    item.set("tldrSource", all.get("tldrSource"));
    if (autoTldr != null) {
      item.put("autoTldr", autoTldr);
    }
  }
}
