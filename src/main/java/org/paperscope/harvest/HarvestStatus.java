package org.paperscope.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperscope.paper.PaperJson;

/**
 * What the scheduled harvests of a server did, kept in the data directory ({@code
 * harvest/status.json}) so the status page and any process can read it: per source, when its last
 * run started and ended, whether it succeeded, and its last lines of output.
 *
 * <p>Thread-safe.
 */
public final class HarvestStatus {
  /**
   * One source's last run.
   *
   * @param source {@code arxiv:cs.LG}
   * @param started when it started
   * @param ended when it ended, or {@code null} while it runs
   * @param ok whether it succeeded
   * @param message the last lines it printed, or its error
   */
  public record Entry(String source, Instant started, Instant ended, boolean ok, String message) {}

  private final Path file;

  public HarvestStatus(Path harvestDir) {
    this.file = harvestDir.resolve("status.json");
  }

  /** Every source's last run, in the order they were first run; empty when none ran. */
  public synchronized List<Entry> read() throws IOException {
    List<Entry> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (JsonNode node : PaperJson.mapper().readTree(file.toFile())) {
      out.add(
          new Entry(
              node.path("source").asText(),
              Instant.parse(node.path("started").asText()),
              node.hasNonNull("ended") ? Instant.parse(node.path("ended").asText()) : null,
              node.path("ok").asBoolean(),
              node.path("message").asText("")));
    }
    return out;
  }

  /** Records a source's run (replacing its last one). */
  public synchronized void record(Entry entry) throws IOException {
    Map<String, Entry> all = new LinkedHashMap<>();
    for (Entry e : read()) {
      all.put(e.source(), e);
    }
    all.put(entry.source(), entry);
    ArrayNode array = PaperJson.mapper().createArrayNode();
    for (Entry e : all.values()) {
      ObjectNode node = array.addObject();
      node.put("source", e.source()).put("started", e.started().toString());
      if (e.ended() != null) {
        node.put("ended", e.ended().toString());
      }
      node.put("ok", e.ok()).put("message", e.message());
    }
    Files.createDirectories(file.getParent());
    Path part = file.resolveSibling("status.json.part");
    Files.writeString(part, PaperJson.mapper().writeValueAsString(array));
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
