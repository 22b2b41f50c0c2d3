package org.paperscope.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.paperscope.paper.PaperJson;

/**
 * Where each harvest stopped, one small JSON file per source under the data directory's {@code
 * harvest/}: the day from which the next run fetches ({@code arxiv-cs.LG.json}: {@code {"from":
 * "2026-11-30"}}), or the newest modification time seen, in milliseconds ({@code
 * openreview-ICLR.cc_2025_Conference.json}: {@code {"tmdate": 1732924800000}}). Written atomically
 * after a harvest has committed everything it fetched, so a failed or killed run leaves the
 * previous state and the next run fetches the same again (upserts make that harmless).
 */
public final class HarvestState {
  private final Path file;

  /** The state of one source, e.g. {@code arxiv-cs.LG}, under {@code dir}. */
  public HarvestState(Path dir, String source) {
    this.file = dir.resolve(source.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
  }

  /** The day the next harvest starts from, if one completed before. */
  public Optional<LocalDate> from() throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    JsonNode node = PaperJson.mapper().readTree(file.toFile());
    String from = node.path("from").asText("");
    return from.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(from));
  }

  /** The newest modification time (milliseconds) a completed harvest saw, if one did. */
  public OptionalLong newest() throws IOException {
    if (!Files.exists(file)) {
      return OptionalLong.empty();
    }
    JsonNode tmdate = PaperJson.mapper().readTree(file.toFile()).get("tmdate");
    return tmdate != null && tmdate.canConvertToLong()
        ? OptionalLong.of(tmdate.asLong())
        : OptionalLong.empty();
  }

  /** Records that everything updated before {@code day} is in. */
  public void completed(LocalDate day) throws IOException {
    write(PaperJson.mapper().createObjectNode().put("from", day.toString()));
  }

  /** Records that everything modified up to {@code tmdate} (milliseconds) is in. */
  public void completedNewest(long tmdate) throws IOException {
    write(PaperJson.mapper().createObjectNode().put("tmdate", tmdate));
  }

  private void write(ObjectNode node) throws IOException {
    Files.createDirectories(file.getParent());
    Path part = file.resolveSibling(file.getFileName() + ".part");
    Files.writeString(part, PaperJson.mapper().writeValueAsString(node));
    try {
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
