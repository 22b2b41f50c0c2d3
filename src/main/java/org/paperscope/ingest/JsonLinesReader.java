package org.paperscope.ingest;

import static org.paperscope.ingest.FieldText.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Path;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/**
 * Reads PaperScope JSON Lines: one object per line with {@code id}, {@code title}, {@code
 * authors[]}, {@code abstract}, {@code tldr}, {@code keywords[]}, {@code venue}, {@code year},
 * {@code decision}, {@code rating} and {@code links{pdf, forum, code, slides, poster, video}}.
 *
 * <p>Lenient where real exports differ (see docs/formats.md): {@code status} for {@code decision};
 * top-level {@code pdf}, {@code forum}, {@code code}, {@code slides}, {@code poster}, {@code video}
 * for the {@code links} members; {@code rating} as a number, an array of numbers or {@code "4;6;7"}
 * (the mean); {@code tldrs[0]} when {@code tldr} is absent; {@code authors} and {@code keywords} as
 * {@code ;}-separated strings. The file name is not used: records carry their own venue and year.
 * Stateless and thread-safe.
 */
public final class JsonLinesReader implements PaperReader {
  private static final String LIST_SEPARATOR = ";";

  @Override
  public void read(Path file, ReadOptions options, RecordSink sink) throws IOException {
    JsonLines.read(new SourceFile(file, options, sink, SourceName.NONE), JsonLinesReader::paper);
  }

  private static Paper paper(JsonNode record, SourceFile file) throws MalformedRecordException {
    String id = required("id", JsonFields.id(record, "id"));
    String title = required("title", JsonFields.text(record, "title"));
    return Paper.builder(id, title)
        .authors(JsonFields.list(record, LIST_SEPARATOR, "authors"))
        .abstractText(JsonFields.text(record, "abstract"))
        .tldr(tldr(record))
        .keywords(JsonFields.list(record, LIST_SEPARATOR, "keywords"))
        .venue(JsonFields.text(record, "venue"))
        .year(JsonFields.year(record, "year"))
        .decision(JsonFields.text(record, "decision", "status"))
        .rating(JsonFields.rating(record, "rating"))
        .links(links(record))
        .build();
  }

  private static String tldr(JsonNode record) throws MalformedRecordException {
    if (PaperJson.tldrIsGenerated(record)) {
      // PaperScope's own export: its "tldr" is the generated one, not the authors'.
      return null;
    }
    String tldr = JsonFields.text(record, "tldr");
    if (tldr != null) {
      return tldr;
    }
    // A string "tldrs" holds one TL;DR per line.
    return JsonFields.list(record, "\\R", "tldrs").stream().findFirst().orElse(null);
  }

  private static Links links(JsonNode record) throws MalformedRecordException {
    JsonNode nested = JsonFields.object(record, "links");
    JsonNode links = nested == null ? MissingNode.getInstance() : nested;
    return new Links(
        link(links, record, "pdf"),
        link(links, record, "forum"),
        link(links, record, "code"),
        link(links, record, "slides"),
        link(links, record, "poster"),
        link(links, record, "video"));
  }

  private static String link(JsonNode links, JsonNode record, String name)
      throws MalformedRecordException {
    String nested = JsonFields.url(links, name);
    return nested != null ? nested : JsonFields.url(record, name);
  }
}
