package org.paperscope.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperscope backup FILE}: a consistent copy of the database of user content, safe while a
 * server writes to it. The index and caches are rebuildable from the sources and this database.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Copies the database of user content (accounts, summaries, votes) to FILE, consistently,"
            + " while a server keeps serving. SQLite only; back PostgreSQL up with pg_dump.")
final class BackupCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The copy to write; it must not exist.")
  Path file;

  @Override
  public Integer call() throws Exception {
    if (!common.store().mayExist()) {
      throw new CliErrors.UsageException(
          "no database at " + common.store().shown() + " yet: nothing to back up");
    }
    try (Store store = Store.open(common.store())) {
      store.backup(file);
    }
    spec.commandLine()
        .getOut()
        .printf(Locale.ROOT, "backed up %s to %s%n", common.store().shown(), file);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
