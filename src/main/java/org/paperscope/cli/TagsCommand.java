package org.paperscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import org.paperscope.data.DataDir;
import org.paperscope.paper.LatexText;
import org.paperscope.search.FacetDimension;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchResultJson;
import org.paperscope.tags.TagInspiration;
import org.paperscope.tags.TagNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope tags}: every tag with the number of papers carrying it, under the name papers
 * write most often and with its other forms; {@code --random N}: N tags as search inspiration.
 */
@Command(
    name = "tags",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every tag with its count. Keywords written differently are one tag (\"GAN\","
          + " \"GANs\", \"generative adversarial networks\"): the name shown is the one papers"
          + " write most often, the others follow after '='. 'tag:' in a search matches any of"
          + " them. --random N draws N of the 200 most used tags as search inspiration."
    })
final class TagsCommand implements Callable<Integer> {
  /** The most used tags --random draws from, as the home page does. */
  static final int INSPIRATION_POOL = 200;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--sort",
      description = "count (most used first) or name. Default: ${DEFAULT-VALUE}.")
  String sort = "count";

  @Option(
      names = "--random",
      paramLabel = "N",
      description = "Print N tags drawn at random from the 200 most used, as inspiration.")
  Integer random;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of --random: the same seed and index draw the same tags.")
  Long seed;

  @Option(
      names = "--json",
      description = "Print {\"tags\":[{\"tag\",\"name\",\"aliases\",\"count\"}]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!sort.equals("count") && !sort.equals("name")) {
      throw new CliErrors.UsageException("--sort: use count or name, not '" + sort + "'");
    }
    if (random != null && random < 0) {
      throw new CliErrors.UsageException("--random: must be 0 or more, not " + random);
    }
    if (seed != null && random == null) {
      throw new CliErrors.UsageException("--seed needs --random");
    }
    List<Map.Entry<String, Long>> tags;
    TagNames names;
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(common.dataDir), QueryLimits.DEFAULTS)) {
      Map<String, Long> counts = searcher.facet(FacetDimension.TAG);
      TagNames.Builder builder = TagNames.builder();
      searcher.forEachPaper(p -> p.keywords().forEach(builder::add));
      names = builder.build();
      tags = random == null ? new ArrayList<>(counts.entrySet()) : drawn(counts);
    }
    if (sort.equals("name") && random == null) {
      tags.sort(
          Map.Entry.comparingByKey(
              (a, b) ->
                  names.name(a).compareToIgnoreCase(names.name(b)) != 0
                      ? names.name(a).compareToIgnoreCase(names.name(b))
                      : a.compareTo(b)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CliJson.write(SearchResultJson.tags(tags, names)));
    } else {
      for (Map.Entry<String, Long> t : tags) {
        List<String> aliases = names.aliases(t.getKey());
        out.printf(
            Locale.ROOT,
            "%7d  %s%s%n",
            t.getValue(),
            LatexText.toUnicode(names.name(t.getKey())),
            aliases.isEmpty() ? "" : "  = " + LatexText.toUnicode(String.join(" = ", aliases)));
      }
    }
    out.flush();
    return 0;
  }

  private List<Map.Entry<String, Long>> drawn(Map<String, Long> counts) {
    RandomGenerator generator = seed == null ? new SplittableRandom() : new SplittableRandom(seed);
    Map<String, Long> picked = new LinkedHashMap<>();
    for (String tag : TagInspiration.pick(counts, INSPIRATION_POOL, random, generator)) {
      picked.put(tag, counts.get(tag));
    }
    return new ArrayList<>(picked.entrySet());
  }
}
