package org.paperscope.summaries;

import java.time.Clock;
import org.paperscope.accounts.Accounts;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;
import org.paperscope.store.Store;
import org.paperscope.store.StoreLocation;

/**
 * A child process for {@link StoreKillIT}: writes summaries one by one into the store named by its
 * arguments (kind, JDBC URL, user) and prints "ack ID" after each committed write, until killed.
 */
public final class SummaryWriterProcess {
  private SummaryWriterProcess() {}

  public static void main(String[] args) throws Exception {
    StoreLocation location =
        new StoreLocation(
            org.paperscope.store.StoreKind.valueOf(args[0]),
            args[1],
            args[2].isEmpty() ? null : args[2],
            null,
            "child");
    try (Store store = Store.open(location)) {
      User writer =
          new Accounts(store, Clock.systemUTC())
              .add("killed-writer", "correct horse battery", Role.WRITER);
      Summaries summaries = new Summaries(store, Clock.systemUTC());
      for (int i = 0; ; i++) {
        Summary s =
            summaries.create(
                "paper" + (i % 7), writer, new SummaryInput("summary " + i, "en", false));
        System.out.println("ack " + s.id());
        System.out.flush();
      }
    }
  }
}
