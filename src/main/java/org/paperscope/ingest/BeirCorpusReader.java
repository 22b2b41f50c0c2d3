package org.paperscope.ingest;

import static org.paperscope.ingest.FieldText.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.paperscope.paper.Paper;

/**
 * Reads a BEIR {@code corpus.jsonl}: one object per line with {@code _id}, {@code title} and {@code
 * text} (the abstract); {@code metadata} is ignored. BEIR has no venue or year, so papers get only
 * those of {@link ReadOptions}.
 *
 * <p>Stateless and thread-safe.
 */
public final class BeirCorpusReader implements PaperReader {

  @Override
  public void read(Path file, ReadOptions options, RecordSink sink) throws IOException {
    JsonLines.read(new SourceFile(file, options, sink, SourceName.NONE), BeirCorpusReader::paper);
  }

  private static Paper paper(JsonNode record, SourceFile file) throws MalformedRecordException {
    String id = required("_id", JsonFields.id(record, "_id"));
    String title = required("title", JsonFields.text(record, "title"));
    return Paper.builder(id, title).abstractText(JsonFields.text(record, "text")).build();
  }
}
