package org.paperscope.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.paperscope.data.DataDir;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.enrich.EnrichmentRun;
import org.paperscope.enrich.Enrichments;
import org.paperscope.enrich.TldrEnrichment;
import org.paperscope.index.lucene.PaperIndexWriter;
import org.paperscope.paper.Paper;
import org.paperscope.tldr.AutoTldr;

/**
 * A dozen papers embedded with the real model (all-MiniLM-L6-v2, about a second to load and a few
 * to embed): pairs that say the same thing in other words (two on meta-learning, two on attention,
 * two on GANs, two on residual networks), a second version of one paper under its title, one paper
 * about soil that is near nothing, and one paper written after the embeddings were computed, which
 * has none.
 */
public final class MeaningCorpus {
  /** Model-agnostic meta-learning; its nearest paper is {@link #REPTILE}. */
  public static final String MAML = "maml";

  public static final String REPTILE = "reptile";
  public static final String REPTILE_TITLE = "On First-Order Meta-Learning Algorithms";

  /** The Transformer, with an author's TL;DR; {@link #ATTENTION_V2} is its second version. */
  public static final String ATTENTION = "attn";

  public static final String ATTENTION_V2 = "attn-v2";

  /** Self-attention for sequence transduction: the Transformer in other words. */
  public static final String SELF_ATTENTION = "seq";

  public static final String SELF_ATTENTION_TITLE =
      "Self-Attention Networks for Sequence Transduction";

  public static final String SOIL = "soil";

  /** The paper added after the embeddings were computed: it has no vector. */
  public static final String LATE = "late";

  /** Words that only the two meta-learning papers are about, none of which they use. */
  public static final String FEW_EXAMPLES = "learning to adapt quickly from a handful of examples";

  private MeaningCorpus() {}

  /**
   * Writes, enriches (Auto-TLDR and embedding) and commits the papers, then adds {@link #LATE}
   * without either.
   */
  public static void write(Path dataDir) throws IOException {
    DataDir data = DataDir.of(dataDir);
    try (Enrichments enrichments =
            Enrichments.of(
                data,
                List.of(
                    new TldrEnrichment(AutoTldr.shipped(), data.cache()),
                    new EmbeddingEnrichment(EmbeddingEnrichment.MODEL, data.cache())));
        PaperIndexWriter writer = PaperIndexWriter.open(data.index(), 16, 1, enrichments)) {
      for (Paper paper : papers()) {
        writer.upsert(paper);
      }
      writer.commit();
      embed(enrichments, writer);
      // Written after the run, its text is in no cache: it waits for the next run.
      writer.upsert(
          paper(
              LATE,
              "Bird Migration Timing Across Northern Europe",
              "Arrival dates of migratory birds recorded by volunteers over three decades.",
              "ecology"));
      writer.commit();
    }
  }

  private static void embed(Enrichments enrichments, PaperIndexWriter writer) throws IOException {
    try {
      new EnrichmentRun(enrichments, 2, 8, EnrichmentRun.Progress.NONE)
          .run(writer, Optional.empty(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException stopped = new InterruptedIOException("embedding was interrupted");
      stopped.initCause(e);
      throw stopped;
    }
  }

  /** The embedded papers, {@link #LATE} aside. */
  public static List<Paper> papers() {
    return List.of(
        Paper.builder(ATTENTION, "Attention Is All You Need")
            .authors(List.of("Ashish Vaswani", "Noam Shazeer"))
            .abstractText(
                "We propose the Transformer, a network architecture based solely on attention"
                    + " mechanisms, dispensing with recurrence and convolutions entirely.")
            .tldr("Attention alone, without recurrence, translates well and trains fast.")
            .keywords(List.of("attention", "transformer"))
            .venue("NeurIPS")
            .year(2017)
            .decision("Oral")
            .build(),
        paper(
            ATTENTION_V2,
            "Attention is all you need",
            "A second version of the same paper, posted again with the same title.",
            "attention"),
        Paper.builder(SELF_ATTENTION, SELF_ATTENTION_TITLE)
            .authors(List.of("Jane Doe"))
            .abstractText(
                "A sequence transduction model relying only on self-attention layers, without"
                    + " recurrent or convolutional components, reaches strong translation"
                    + " quality.")
            .tldr("Self-attention replaces recurrence for translation.")
            .keywords(List.of("attention", "machine translation"))
            .venue("ICLR")
            .year(2018)
            .build(),
        Paper.builder(MAML, "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks")
            .authors(List.of("Chelsea Finn", "Pieter Abbeel", "Sergey Levine"))
            .abstractText(
                "We propose an algorithm for meta-learning that is model-agnostic: it learns an"
                    + " initialization from which a few gradient steps adapt to a new task.")
            .keywords(List.of("meta-learning", "few-shot learning"))
            .venue("ICML")
            .year(2017)
            .build(),
        Paper.builder(REPTILE, REPTILE_TITLE)
            .authors(List.of("Alex Nichol", "John Schulman"))
            .abstractText(
                "We analyze first-order meta-learning algorithms that learn a parameter"
                    + " initialization which can be fine-tuned quickly on a new task.")
            .tldr("First-order approximations of MAML work about as well.")
            .keywords(List.of("meta-learning", "few-shot learning"))
            .venue("ICLR")
            .year(2018)
            .build(),
        paper(
            "gan",
            "Generative Adversarial Networks",
            "A generator and a discriminator are trained against each other until the generator's"
                + " samples cannot be told from real data.",
            "generative models"),
        paper(
            "wgan",
            "Wasserstein GAN",
            "Training the generator against a critic that estimates the earth mover's distance"
                + " makes adversarial training of generative models stable.",
            "generative models"),
        paper(
            "resnet",
            "Deep Residual Learning for Image Recognition",
            "Layers learn residual functions with reference to their inputs, which lets very deep"
                + " convolutional networks train and win image classification.",
            "image recognition"),
        paper(
            "highway",
            "Training Very Deep Networks",
            "Gated shortcut connections let information flow across many layers, so networks"
                + " hundreds of layers deep can be trained with plain gradient descent.",
            "deep networks"),
        paper(
            "dropout",
            "Dropout: Preventing Neural Networks from Overfitting",
            "Randomly dropping units during training keeps them from co-adapting and reduces"
                + " overfitting.",
            "regularization"),
        paper(
            SOIL,
            "Soil Moisture Dynamics in Alpine Meadows",
            "Weekly measurements of soil moisture across two growing seasons in alpine meadows.",
            "ecology"));
  }

  private static Paper paper(String id, String title, String abstractText, String tag) {
    return Paper.builder(id, title)
        .authors(List.of("Ann Author"))
        .abstractText(abstractText)
        .keywords(List.of(tag))
        .venue("ICLR")
        .year(2019)
        .build();
  }
}
