package org.paperscope.bench;

import java.util.ArrayList;
import java.util.List;
import org.paperscope.glossary.ConceptDetector;
import org.paperscope.glossary.Glossary;
import org.paperscope.glossary.GlossaryBuilder;
import org.paperscope.paper.Paper;
import org.paperscope.tags.AutoTagger;
import org.paperscope.tldr.AutoTldr;

/**
 * Automatic tagging and concept detection per paper, one thread, against the Auto-TLDR writer on
 * the same papers (the enrichment before them, and the baseline of the ratio), alternating rounds
 * in one process; and the whole glossary built from the papers (detection on every core, then
 * merging and finding every mention), once per round.
 */
public final class TaggingBenchmark {
  /**
   * Papers per second of each round.
   *
   * @param tags automatic tags (title and abstract matched against the vocabulary)
   * @param concepts concept detection
   * @param tldr the Auto-TLDR writer (baseline)
   * @param glossaryMillis building the whole glossary, in milliseconds
   */
  public record Result(
      List<Double> tags, List<Double> concepts, List<Double> tldr, List<Double> glossaryMillis) {}

  private TaggingBenchmark() {}

  public static Result run(List<Paper> papers, int rounds) {
    AutoTagger tagger = AutoTagger.shipped();
    ConceptDetector detector = ConceptDetector.standard();
    AutoTldr tldr = AutoTldr.shipped();
    List<Double> tags = new ArrayList<>();
    List<Double> concepts = new ArrayList<>();
    List<Double> tldrs = new ArrayList<>();
    List<Double> glossary = new ArrayList<>();
    // One untimed round of each, so the JIT has compiled them.
    tag(tagger, papers);
    detect(detector, papers);
    write(tldr, papers);
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      tag(tagger, papers);
      tags.add(papers.size() / seconds(start));
      start = System.nanoTime();
      detect(detector, papers);
      concepts.add(papers.size() / seconds(start));
      start = System.nanoTime();
      write(tldr, papers);
      tldrs.add(papers.size() / seconds(start));
      start = System.nanoTime();
      GlossaryBuilder builder = Glossary.builder(detector);
      papers.forEach(p -> builder.add(p, null));
      builder.build();
      glossary.add(seconds(start) * 1000);
    }
    return new Result(tags, concepts, tldrs, glossary);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static int tag(AutoTagger tagger, List<Paper> papers) {
    int n = 0;
    for (Paper p : papers) {
      n += tagger.tag(p.title(), p.abstractText()).size();
    }
    return n;
  }

  private static int detect(ConceptDetector detector, List<Paper> papers) {
    int n = 0;
    for (Paper p : papers) {
      n += detector.detect(p.title(), p.abstractText()).size();
    }
    return n;
  }

  private static int write(AutoTldr tldr, List<Paper> papers) {
    int n = 0;
    for (Paper p : papers) {
      n += tldr.write(p.title(), p.abstractText()).isPresent() ? 1 : 0;
    }
    return n;
  }
}
