package org.paperscope.web.browse;

import java.util.List;
import org.paperscope.harvest.HarvestStatus;
import org.paperscope.web.Layout;
import org.paperscope.web.Messages;

/**
 * The status of a server's scheduled harvests ({@code serve --harvest}): per source, when its last
 * run started and ended, whether it worked, and its last lines of output.
 *
 * @param layout the page frame
 * @param runs the sources' last runs; empty when the server harvests nothing
 */
public record HarvestPage(Layout layout, List<Run> runs) {

  /** One source's last run, as shown. */
  public record Run(
      String source, String started, String ended, boolean running, boolean ok, String message) {}

  static HarvestPage of(List<HarvestStatus.Entry> entries, Messages messages) {
    List<Run> runs =
        entries.stream()
            .map(
                e ->
                    new Run(
                        e.source(),
                        e.started().toString(),
                        e.ended() == null ? "" : e.ended().toString(),
                        e.ended() == null,
                        e.ok(),
                        e.message()))
            .toList();
    return new HarvestPage(Layout.of(messages.get("harvest.title")), runs);
  }
}
