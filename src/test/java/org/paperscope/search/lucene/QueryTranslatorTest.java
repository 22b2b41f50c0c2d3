package org.paperscope.search.lucene;

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
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.QueryParser;

/**
 * The Lucene queries phrases become: in abstracts and full text, common words are searched as word
 * pairs.
 */
class QueryTranslatorTest {
  static Directory directory;
  static DirectoryReader reader;

  @BeforeAll
  static void emptyIndex() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(PaperAnalyzers.perField()))) {
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
        "text:\"state of the art\"        | text.exact:\"state of of the the art\"",
        "text:\"learning to rank\"        | text.exact:\"learning to to rank\"",
        "text:\"data augmentation\"       | text.exact:\"data augmentation\"",
        "text:\"of the\"                  | text.exact:of the",
        "text:\"the\"                     | text.exact:the",
        "refs:\"journal of machine\"      | refs.exact:\"journal of of machine\"",
        "abstract:\"state of the art\"    | abstract.exact:\"state of the art\"",
        "tldr:\"state of the art\"        | tldr.exact:\"state of the art\"",
        "title:\"mixture of experts\"     | title.exact:\"mixture of experts\"",
        "author:\"van der maaten\"        | author:\"van der maaten\"~1 author.key:van der maaten",
      })
  void phrasesUseWordPairsOfCommonWords(String query, String lucene) throws Exception {
    String translated =
        new QueryTranslator(reader, QueryLimits.DEFAULTS, false)
            .translate(QueryParser.parse(query, QueryLimits.DEFAULTS))
            .toString();
    assertThat(translated).isEqualTo(lucene);
  }
}
