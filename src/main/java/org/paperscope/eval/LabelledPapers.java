package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperscope.enrich.Embedding;
import org.paperscope.enrich.EmbeddingEnrichment;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.WordVectors;

/**
 * The papers of an index that keyword labels are given to: every ICLR paper with an abstract and
 * author keywords is a candidate, and the candidates with a mapped keyword ({@link KeywordLabels})
 * are kept, in id order, with their label. Immutable.
 */
final class LabelledPapers {
  private static final String VENUE = "ICLR";

  private final int candidates;
  private final List<Paper> papers;
  private final List<String> labels;

  /** The word vectors of similar papers, over every paper of the index. */
  private final WordVectors words;

  private LabelledPapers(
      int candidates, List<Paper> papers, List<String> labels, WordVectors words) {
    this.candidates = candidates;
    this.papers = List.copyOf(papers);
    this.labels = List.copyOf(labels);
    this.words = words;
  }

  /**
   * Reads the candidates of {@code searcher} and labels them.
   *
   * @throws IOException when the index cannot be read
   */
  static LabelledPapers read(PaperSearch searcher, KeywordLabels keywordLabels) throws IOException {
    Map<String, Paper> byId = new TreeMap<>();
    List<String> everyText = new ArrayList<>();
    searcher.forEachPaper(
        paper -> {
          everyText.add(WordVectors.text(paper.title(), paper.abstractText()));
          if (isCandidate(paper)) {
            byId.put(paper.id(), paper);
          }
        });
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    byId.forEach((id, paper) -> keywords.put(id, paper.keywords()));
    Map<String, String> labelOf = keywordLabels.assign(keywords);
    List<Paper> papers = new ArrayList<>();
    labelOf.keySet().forEach(id -> papers.add(byId.get(id)));
    return new LabelledPapers(
        byId.size(), papers, new ArrayList<>(labelOf.values()), WordVectors.of(everyText));
  }

  static boolean isCandidate(Paper paper) {
    return VENUE.equalsIgnoreCase(paper.venue())
        && paper.abstractText() != null
        && !paper.abstractText().isBlank()
        && !paper.keywords().isEmpty();
  }

  /** How many candidates there were, labelled or not. */
  int candidates() {
    return candidates;
  }

  /**
   * The labelled papers with their embeddings (read from the cache, computed and cached when
   * missing) and TF-IDF vectors of title and abstract.
   *
   * @param cacheDir the data directory's {@code cache/}
   */
  LabelKnnEvaluation.Corpus corpus(Path cacheDir) {
    EmbeddingEnrichment enrichment = new EmbeddingEnrichment(EmbeddingEnrichment.MODEL, cacheDir);
    float[][] embeddings = new float[papers.size()][];
    List<String> texts = new ArrayList<>();
    WordVectors.Vector[] vectors = new WordVectors.Vector[papers.size()];
    for (int i = 0; i < papers.size(); i++) {
      embeddings[i] = embedding(enrichment, papers.get(i)).vector();
      // Candidates all have an abstract, so this is the TF-IDF's "title abstract" too.
      String text = WordVectors.text(papers.get(i).title(), papers.get(i).abstractText());
      texts.add(text);
      vectors[i] = words.vector(text);
    }
    return new LabelKnnEvaluation.Corpus(labels, embeddings, TfIdfVectors.of(texts), vectors);
  }

  private static Embedding embedding(EmbeddingEnrichment enrichment, Paper paper) {
    String key = enrichment.contentKey(paper).orElseThrow();
    return enrichment.lookup(key).orElseGet(() -> enrichment.compute(paper, key));
  }
}
