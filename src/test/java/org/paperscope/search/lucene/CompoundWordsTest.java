package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperscope.data.DataDir;
import org.paperscope.paper.Paper;
import org.paperscope.search.SearchRequest;
import org.paperscope.search.SearchResult;

/** A compound closed or hyphenated ("finetuning", "fine-tuning") is one word to the search box. */
class CompoundWordsTest {
  @TempDir static Path data;
  static LucenePaperSearch search;
  static DirectoryReader reader;

  static final List<Paper> CORPUS =
      List.of(
          paper("c1", "Rethinking Fine-tuning", "We study fine-tuning of language models."),
          paper("c2", "Finetuning Is Enough", "Finetuning a pretrained model beats training."),
          paper("c3", "Better Fine-Tuning", "Fine-tuning with a warm start."),
          paper("m1", "Meta-learning for Few Shots", "Meta-learning learns to learn."),
          paper("m2", "Metalearning Revisited", "Metalearning across many tasks."),
          paper("m3", "Meta-Learning with Memory", "Meta-learning with memory."),
          paper("n1", "Deep Networks", "A network of networks, trained to work."),
          paper("n2", "A Net Work Plan", "The net work of a fisher."),
          paper("t1", "The Rapist Detector", "We detect the rapist and the therapist."),
          paper("t2", "Therapist Chat Bots", "A therapist bot."),
          paper("g1", "Generalization Bounds", "Bounds on generalization."),
          paper("g2", "Deep Generalization", "Generalization of deep nets."),
          paper("g3", "Generalization in RL", "Agents and generalization."),
          paper("g4", "Broken Lines", "Their gen- eralization is poor."),
          paper("g5", "More Broken Lines", "Good gen- eralization."));

  static Paper paper(String id, String title, String abs) {
    return Paper.builder(id, title).abstractText(abs).build();
  }

  @BeforeAll
  static void index() throws IOException {
    search = TestIndexes.indexed(data, CORPUS);
    reader = DirectoryReader.open(FSDirectory.open(DataDir.of(data).index()));
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
    reader.close();
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of("finetuning", Optional.of("fine-tuning")),
        Arguments.of("Fine-Tuning", Optional.of("finetuning")),
        Arguments.of("metalearning", Optional.of("meta-learning")),
        Arguments.of("meta-learning", Optional.of("metalearning")),
        // One paper writes "net work": too few to be a way of writing "network".
        Arguments.of("network", Optional.empty()),
        // "the" is a stop word: never half of a compound.
        Arguments.of("therapist", Optional.empty()),
        // No paper writes "pretrain-ed" or "pre-trained".
        Arguments.of("pretrained", Optional.empty()),
        Arguments.of("fine tuning", Optional.empty()),
        Arguments.of("models", Optional.empty()));
  }

  @Test
  void aFormRareBesideTheTypedOneIsASlipNotACompound() {
    IndexSearcher searcher = new IndexSearcher(reader);
    // Two papers break "gen- eralization" across lines; three (six fields) write it whole.
    assertThat(new CompoundWords(searcher, 20).apply("generalization")).contains("gen-eralization");
    assertThat(new CompoundWords(searcher, 2).apply("generalization")).isEmpty();
    assertThat(new CompoundWords(searcher, 2).apply("finetuning")).contains("fine-tuning");
  }

  @ParameterizedTest
  @MethodSource("forms")
  void theOtherFormIsTheOneThePapersWrite(String word, Optional<String> other) {
    assertThat(new CompoundWords(new IndexSearcher(reader)).apply(word)).isEqualTo(other);
  }

  private static List<String> ids(String query) throws Exception {
    return search.search(SearchRequest.of(query)).hits().stream()
        .map(h -> h.paper().id())
        .sorted()
        .toList();
  }

  @Test
  void eitherFormFindsThePapersOfBoth() throws Exception {
    assertThat(ids("finetuning")).containsExactly("c1", "c2", "c3");
    assertThat(ids("fine-tuning")).containsExactly("c1", "c2", "c3");
    assertThat(ids("metalearning")).containsExactly("m1", "m2", "m3");
    assertThat(ids("meta-learning")).containsExactly("m1", "m2", "m3");
    assertThat(ids("finetuning pretrained")).containsExactly("c2");
  }

  @Test
  void otherWordsMatchAsBefore() throws Exception {
    assertThat(ids("network")).containsExactly("n1");
    assertThat(ids("therapist")).containsExactly("t1", "t2");
    assertThat(ids("title:finetuning")).containsExactly("c1", "c2", "c3");
    // NOT leaves out both forms: c1 writes "models" and "fine-tuning".
    assertThat(ids("models -finetuning")).isEmpty();
    assertThat(ids("models")).containsExactly("c1", "c2");
  }

  @Test
  void snippetsMarkTheOtherFormToo() throws Exception {
    SearchResult result = search.search(SearchRequest.of("finetuning"));
    String marked =
        result.hits().stream()
            .filter(h -> h.paper().id().equals("c1"))
            .findFirst()
            .orElseThrow()
            .snippets()
            .get(0)
            .marked("[", "]");
    assertThat(marked).isEqualTo("We study [fine-tuning] of language models.");
  }
}
