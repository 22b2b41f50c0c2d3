package org.paperscope.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.paperscope.search.WordVectors;

class DocumentWordsTest {
  /** 100 texts, each in a group of ten and a set of five (words of 5 to 10% of texts: terms). */
  private static List<String> corpus() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      texts.add("Contrastive views in group" + i % 10 + " of set" + i % 20);
    }
    return texts;
  }

  /** Two segments of documents holding the corpus's texts, in order. */
  private static Directory index(List<String> texts) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int i = 0; i < texts.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "p" + i, Field.Store.NO));
        doc.add(new StoredField("text", texts.get(i)));
        writer.addDocument(doc);
        if (i == texts.size() / 2) {
          writer.commit();
        }
      }
    }
    return directory;
  }

  @Test
  void aDocumentIsVectorisedOnceAndItsVectorIsTheVectorOfItsText() throws IOException {
    List<String> texts = corpus();
    WordVectors vocabulary = WordVectors.of(texts);
    DocumentWords words = new DocumentWords(vocabulary);
    List<Integer> loaded = new ArrayList<>();
    try (Directory directory = index(texts);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.leaves()).hasSize(2);
      DocumentWords.TextLoader load =
          doc -> {
            loaded.add(doc);
            return reader.storedFields().document(doc).get("text");
          };
      for (int doc : new int[] {0, 1, 75, 0, 75, 1}) {
        WordVectors.Vector vector = words.vector(reader, doc, load);
        assertThat(vector.terms()).isNotEmpty();
        assertThat(vector).isEqualTo(vocabulary.vector(texts.get(doc)));
      }
      assertThat(loaded).containsExactly(0, 1, 75);
      assertThat(words.kept()).isEqualTo(3);
    }
    // A closed segment's vectors are let go.
    assertThat(words.kept()).isZero();
  }

  @Test
  void aNewSegmentKeepsTheVectorsOfTheSegmentsItShares() throws IOException {
    List<String> texts = corpus();
    DocumentWords words = new DocumentWords(WordVectors.of(texts));
    List<Integer> loaded = new ArrayList<>();
    try (Directory directory = index(texts);
        DirectoryReader first = DirectoryReader.open(directory)) {
      words.vector(first, 0, doc -> text(first, doc, loaded));
      words.vector(first, 99, doc -> text(first, doc, loaded));
      try (IndexWriter writer =
          new IndexWriter(
              directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        // Deleting from the second segment leaves the first untouched.
        writer.deleteDocuments(new Term("id", "p98"));
        writer.commit();
      }
      try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
        assertThat(second).isNotNull();
        loaded.clear();
        words.vector(second, 0, doc -> text(second, doc, loaded));
        assertThat(loaded).isEmpty();
      }
    }
  }

  private static String text(DirectoryReader reader, int doc, List<Integer> loaded)
      throws IOException {
    loaded.add(doc);
    return reader.storedFields().document(doc).get("text");
  }
}
