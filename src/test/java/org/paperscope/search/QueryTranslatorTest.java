package org.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperscope.index.PaperAnalyzers;

/** The Lucene queries phrases become: common words are searched as word pairs where indexed so. */
class QueryTranslatorTest {
  static Directory directory;
  static DirectoryReader reader;

  @BeforeAll
  static void emptyIndex() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.perField()))) {
      writer.commit();
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abstract:\"state of the art\"    | abstract.exact:\"state of of the the art\"",
        "abstract:\"learning to rank\"    | abstract.exact:\"learning to to rank\"",
        "abstract:\"data augmentation\"   | abstract.exact:\"data augmentation\"",
        "abstract:\"of the\"              | abstract.exact:of the",
        "abstract:\"the\"                 | abstract.exact:the",
        "title:\"mixture of experts\"     | title.exact:\"mixture of of experts\"",
        "refs:\"journal of machine\"      | refs.exact:\"journal of of machine\"",
        "author:\"van der maaten\"        | author:\"van der maaten\"",
      })
  void phrasesUseWordPairsOfCommonWords(String query, String lucene) throws Exception {
    String translated =
        new QueryTranslator(reader, QueryLimits.DEFAULTS, false)
            .translate(QueryParser.parse(query, QueryLimits.DEFAULTS))
            .toString();
    assertThat(translated).isEqualTo(lucene);
  }
}
