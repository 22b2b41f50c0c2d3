package org.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnseriniFlatRetrieverTest {
  private static final String CORPUS =
      """
      {"_id": "d1", "title": "Graph neural networks", "text": "Message passing on molecules."}
      {"_id": "d2", "title": "", "text": "Transformers for protein folding."}
      {"_id": "d10", "title": "", "text": "Transformers for protein folding."}
      {"_id": "q7", "title": "Dropout", "text": "Regularising deep networks by dropping units."}
      """;

  @TempDir Path dir;
  private AnseriniFlatRetriever retriever;

  @BeforeEach
  void index() throws IOException {
    retriever = AnseriniFlatRetriever.index(Files.writeString(dir.resolve("corpus.jsonl"), CORPUS));
  }

  @AfterEach
  void close() throws IOException {
    retriever.close();
  }

  @Test
  void indexesEveryCorpusLine() {
    assertThat(retriever.documentCount()).isEqualTo(4);
  }

  @Test
  void queryBoostsEachDistinctAnalysedTermByItsCount() throws IOException {
    // "the"/"and" are stopwords; cat's -> cat (possessive), cats/CATS -> cat (lowercase, Porter).
    BooleanQuery query = (BooleanQuery) retriever.query("The cat's cats and CATS running");
    Map<String, Float> boosts = new HashMap<>();
    for (BooleanClause clause : query.clauses()) {
      assertThat(clause.occur()).isEqualTo(BooleanClause.Occur.SHOULD);
      BoostQuery boosted = (BoostQuery) clause.query();
      boosts.put(((TermQuery) boosted.getQuery()).getTerm().text(), boosted.getBoost());
    }
    assertThat(boosts).containsOnly(Map.entry("cat", 3f), Map.entry("run", 1f));
  }

  @Test
  void titleAndTextAreSearchedAsOneField() throws IOException {
    Run run = retriever.retrieve(Map.of("a", "graph molecules"), 10);
    assertThat(run.hits("a")).extracting(Run.Hit::docId).containsExactly("d1");
  }

  @Test
  void flatContentsJoinsTitleAndTextLikeAnserini() {
    assertThat(AnseriniFlatRetriever.flatContents(new BeirDocument("d", "T", "X")))
        .isEqualTo("T\nX");
    assertThat(AnseriniFlatRetriever.flatContents(new BeirDocument("d", "", "X"))).isEqualTo("X");
  }

  @Test
  void exactScoreTiesRankByAscendingIdAsInAnserini() throws IOException {
    // d2 and d10 have identical text; Anserini sorts ties by id ascending ("d10" < "d2") and its
    // tie step keeps that order under trec_eval.
    Run run = retriever.retrieve(Map.of("a", "protein folding"), 10);
    assertThat(TrecMetrics.ranked(run.hits("a")))
        .extracting(Run.Hit::docId)
        .containsExactly("d10", "d2");
  }

  @Test
  void depthCapsHitsAndEveryQueryGetsAnEntry() throws IOException {
    Run run = retriever.retrieve(Map.of("a", "protein folding", "b", "the and of"), 1);
    assertThat(run.hits("a")).hasSize(1);
    assertThat(run.queryIds()).containsExactlyInAnyOrder("a", "b");
    assertThat(run.hits("b")).isEmpty();
  }

  @Test
  void hitNamedLikeTheQueryIsLeftToTheEvaluation() throws IOException {
    Run run = retriever.retrieve(Map.of("q7", "dropout"), 10);
    assertThat(run.hits("q7")).extracting(Run.Hit::docId).containsExactly("q7");
  }
}
