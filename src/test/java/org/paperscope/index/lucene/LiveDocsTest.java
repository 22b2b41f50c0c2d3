package org.paperscope.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class LiveDocsTest {

  /** No merges: a merge would drop the deleted documents this test is about. */
  private static IndexWriterConfig config() {
    return new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
  }

  private static Document doc(String id) {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.NO));
    doc.add(new StoredField("name", id));
    return doc;
  }

  /** The stored names of the live documents of the only segment, in the order visited. */
  private static List<String> visitedNames(DirectoryReader reader) throws Exception {
    assertThat(reader.leaves()).hasSize(1);
    LeafReader segment = reader.leaves().get(0).reader();
    StoredFields stored = segment.storedFields();
    List<String> names = new ArrayList<>();
    LiveDocs.forEach(segment, doc -> names.add(stored.document(doc).get("name")));
    return names;
  }

  @Test
  void deletedDocumentsAreSkippedAndTheRestVisitedInDocIdOrder() throws Exception {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config())) {
      for (String id : List.of("a", "b", "c", "d", "e")) {
        writer.addDocument(doc(id));
      }
      writer.commit();
      writer.deleteDocuments(new Term("id", "b"), new Term("id", "e"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves().get(0).reader().maxDoc()).isEqualTo(5);
        assertThat(visitedNames(reader)).containsExactly("a", "c", "d");
      }
    }
  }

  @Test
  void aSegmentWithoutDeletionsVisitsEveryDocument() throws Exception {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config())) {
      writer.addDocument(doc("a"));
      writer.addDocument(doc("b"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves().get(0).reader().getLiveDocs()).isNull();
        assertThat(visitedNames(reader)).containsExactly("a", "b");
      }
    }
  }
}
