package org.paperscope.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paperscope.paper.Paper;

/** Records what a reader delivers, in order, for assertions. */
final class CollectingSink implements RecordSink {
  /** One accepted paper and where it was read. */
  record Accepted(Paper paper, String source) {}

  /** One rejection. */
  record Rejected(String source, String reason) {}

  final List<Accepted> accepted = new ArrayList<>();
  final List<Rejected> rejected = new ArrayList<>();

  /** Reads {@code file} with {@code reader} and default options. */
  static CollectingSink read(PaperReader reader, Path file) throws IOException {
    return read(reader, file, ReadOptions.DEFAULTS);
  }

  static CollectingSink read(PaperReader reader, Path file, ReadOptions options)
      throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(file, options, sink);
    return sink;
  }

  @Override
  public void accept(Paper paper, String source) {
    accepted.add(new Accepted(paper, source));
  }

  @Override
  public void reject(String source, String reason) {
    rejected.add(new Rejected(source, reason));
  }

  List<Paper> papers() {
    return accepted.stream().map(Accepted::paper).toList();
  }

  List<String> ids() {
    return papers().stream().map(Paper::id).toList();
  }

  Paper paper(String id) {
    return byId().get(id);
  }

  Map<String, Paper> byId() {
    return papers().stream().collect(Collectors.toMap(Paper::id, Function.identity()));
  }

  List<String> acceptedSources() {
    return accepted.stream().map(Accepted::source).toList();
  }
}
