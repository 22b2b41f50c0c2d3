package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperscope.glossary.ConceptDetector;
import org.paperscope.glossary.CorpusGlossary;
import org.paperscope.glossary.Glossary;
import org.paperscope.glossary.GlossaryEntry;
import org.paperscope.glossary.GlossaryJson;
import org.paperscope.paper.LatexText;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope glossary [NAME]}: the named methods, models and datasets the papers introduce;
 * with a name, "What is NAME?" answered by the paper that introduced it.
 */
@Command(
    name = "glossary",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the concepts the papers introduce (methods, models, datasets, systems: \"we propose"
          + " X\", \"called X\", \"Long Form (ACR)\"), each defined by the first paper that"
          + " introduced it. With NAME (any alias, any case): what it is, from that paper.",
      "Exit status: 0 done, 1 error or no such concept, 2 usage error."
    })
final class GlossaryCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "A concept's name or alias.")
  String name;

  @Option(
      names = "--sort",
      description = "name, mentions (most mentioned first) or year (newest first). Default: name.")
  String sort = "name";

  @Option(names = "--limit", paramLabel = "N", description = "List at most N concepts.")
  Integer limit;

  @Option(
      names = "--json",
      description =
          "Print [{\"name\",\"aliases\",\"definedBy\",\"year\",\"mentions\"}]; with NAME, one"
              + " object with definers, mentionedBy and related too.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Comparator<GlossaryEntry> order = order(sort);
    if (limit != null && limit < 0) {
      throw new CliErrors.UsageException("--limit: must be 0 or more, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PaperSearch searcher =
        SearchBackend.openConfigured(common.withIndex(), QueryLimits.DEFAULTS)) {
      Glossary glossary = CorpusGlossary.of(searcher, ConceptDetector.standard());
      if (name != null) {
        return explain(glossary, searcher, out);
      }
      List<GlossaryEntry> entries = new ArrayList<>(glossary.entries());
      entries.sort(order);
      List<GlossaryEntry> shown =
          entries.stream().limit(limit == null ? Long.MAX_VALUE : limit).toList();
      if (json) {
        out.println(PaperJson.mapper().writeValueAsString(GlossaryJson.summaries(shown)));
      } else {
        for (GlossaryEntry e : shown) {
          out.printf(
              Locale.ROOT,
              "%6d  %4s  %s%s  (%s)%n",
              e.mentions(),
              e.year() == null ? "" : e.year(),
              LatexText.toUnicode(e.name()),
              e.aliases().isEmpty()
                  ? ""
                  : " = " + LatexText.toUnicode(String.join(" = ", e.aliases())),
              e.definedBy());
        }
        out.printf(Locale.ROOT, "%,d concepts%n", glossary.size());
      }
    }
    out.flush();
    return 0;
  }

  private int explain(Glossary glossary, PaperSearch searcher, PrintWriter out) throws Exception {
    Optional<GlossaryEntry> found = glossary.find(name);
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("paperscope glossary: no concept named '" + name + "'");
      return PaperScopeCommand.EXIT_FAILURE;
    }
    GlossaryEntry entry = found.get();
    if (json) {
      out.println(PaperJson.mapper().writeValueAsString(GlossaryJson.detail(entry, glossary)));
      out.flush();
      return 0;
    }
    Optional<Paper> definer = searcher.paper(entry.definedBy());
    out.println("What is " + LatexText.toUnicode(entry.name()) + "?");
    if (!entry.aliases().isEmpty()) {
      out.println("  also: " + LatexText.toUnicode(String.join("; ", entry.aliases())));
    }
    if (definer.isPresent()) {
      Paper p = definer.get();
      out.println(
          "  introduced by: "
              + LatexText.toUnicode(p.title())
              + " ("
              + p.id()
              + ")  "
              + p.venueLine());
      String auto = searcher.autoTldr(p.id()).orElse(null);
      out.println("  " + PaperText.tldrLine(p, auto));
      if (p.abstractText() != null) {
        out.println("  abstract: " + LatexText.toUnicode(p.abstractText()));
      }
    }
    out.printf(Locale.ROOT, "  mentioned by %,d papers%n", entry.mentions());
    List<GlossaryEntry> related = glossary.related(entry);
    if (!related.isEmpty()) {
      out.println(
          "  related: "
              + String.join(
                  ", ", related.stream().map(r -> LatexText.toUnicode(r.name())).toList()));
    }
    out.flush();
    return 0;
  }

  private static Comparator<GlossaryEntry> order(String sort) {
    try {
      return Glossary.order(sort);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException("--sort: use name, mentions or year, not '" + sort + "'");
    }
  }
}
