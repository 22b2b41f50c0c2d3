package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.paperscope.search.SearchMode;

/**
 * The named ranking setups {@code paperscope eval beir --preset NAME} can evaluate. Adding a preset
 * means adding a constant whose {@link #index} builds its {@link BeirRetriever}.
 */
public enum BeirPreset {
  /** {@link AnseriniFlatRetriever}: Anserini's BM25 flat baseline. */
  ANSERINI_FLAT("anserini-flat") {
    @Override
    public BeirRetriever index(Path corpusFile, BeirSetup setup) throws IOException {
      if (setup.mode() != SearchMode.KEYWORD) {
        throw new IllegalArgumentException("anserini-flat ranks by BM25 only: use mode keyword");
      }
      return AnseriniFlatRetriever.index(corpusFile);
    }
  },
  /** {@link PaperScopeRetriever}: PaperScope's own index and default field weights. */
  PAPERSCOPE("paperscope") {
    @Override
    public BeirRetriever index(Path corpusFile, BeirSetup setup) throws IOException {
      return PaperScopeRetriever.index(corpusFile, setup);
    }
  };

  private final String presetName;

  BeirPreset(String presetName) {
    this.presetName = presetName;
  }

  /**
   * Builds this preset's retriever over a BEIR {@code corpus.jsonl}; the caller closes it.
   *
   * @throws IllegalArgumentException when the preset cannot rank in the setup's mode
   * @throws MalformedLineException on a bad corpus line
   * @throws IOException when the corpus cannot be read
   */
  public abstract BeirRetriever index(Path corpusFile, BeirSetup setup) throws IOException;

  /** The name used on the command line, e.g. {@code anserini-flat}. */
  public String presetName() {
    return presetName;
  }

  /**
   * Looks a preset up by its command-line name, ignoring case.
   *
   * @throws IllegalArgumentException naming the known presets when none matches
   */
  public static BeirPreset fromName(String name) {
    for (BeirPreset preset : values()) {
      if (preset.presetName.equalsIgnoreCase(name)) {
        return preset;
      }
    }
    throw new IllegalArgumentException(
        "unknown preset \"" + name + "\"; known presets: " + names());
  }

  /** The command-line names of all presets, comma separated, e.g. for usage help. */
  public static String names() {
    return Arrays.stream(values()).map(BeirPreset::presetName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return presetName;
  }
}
