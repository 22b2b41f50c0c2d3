package org.paperscope.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperscope.accounts.AccountException;
import org.paperscope.accounts.Accounts;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;
import org.paperscope.paper.PaperJson;
import org.paperscope.store.RowIds;
import org.paperscope.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperscope users}: accounts of the deployment, for its operator. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manages accounts: add (the first moderator), list, role, token.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.SetRole.class,
      UsersCommand.Token.class
    })
final class UsersCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CliErrors.UsageException("name what to do: add, list, role or token (see --help)");
  }

  static Accounts accounts(Store store) {
    return new Accounts(store, Clock.systemUTC());
  }

  static Role role(String key) {
    try {
      return Role.of(key);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException(e.getMessage());
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Creates an account. Without --password-stdin a random password is made and printed once.",
        "Example: paperscope users add ada --role moderator"
      })
  static final class Add implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "NAME",
        description = "The account's name (2 to 32 letters, digits, . _ -).")
    String name;

    @Option(
        names = "--role",
        defaultValue = "writer",
        description = "reader, writer or moderator. Default: ${DEFAULT-VALUE}.")
    String role;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException, AccountException {
      Role chosen = role(role);
      String password = passwordStdin ? firstLine() : RowIds.token(12);
      try (Store store = Store.open(common.store())) {
        User user = accounts(store).add(name, password, chosen);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "added %s (%s)%n", user.name(), user.role().key());
        if (!passwordStdin) {
          out.printf(Locale.ROOT, "password: %s%n", password);
        }
        out.flush();
      }
      return 0;
    }

    private static String firstLine() throws IOException {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new CliErrors.UsageException("--password-stdin: standard input is empty");
      }
      return line;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      try (Store store = Store.open(common.store())) {
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode array = PaperJson.mapper().createArrayNode();
        for (User user : accounts(store).list()) {
          if (json) {
            array.addObject().put("name", user.name()).put("role", user.role().key());
          } else {
            out.printf(Locale.ROOT, "%-32s %s%n", user.name(), user.role().key());
          }
        }
        if (json) {
          out.println(CliJson.write(array));
        }
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "role",
      mixinStandardHelpOptions = true,
      description = "Changes an account's role.")
  static final class SetRole implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "ROLE", description = "reader, writer or moderator")
    String role;

    @Override
    public Integer call() throws AccountException {
      Role chosen = role(role);
      try (Store store = Store.open(common.store())) {
        User user = accounts(store).setRole(name, chosen);
        spec.commandLine()
            .getOut()
            .printf(Locale.ROOT, "%s is now %s%n", user.name(), chosen.key());
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }

  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = "Creates an API token for scripts (Authorization: Bearer TOKEN), printed once.")
  static final class Token implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(names = "--label", defaultValue = "cli", description = "What the token is for.")
    String label;

    @Override
    public Integer call() throws AccountException {
      try (Store store = Store.open(common.store())) {
        Accounts accounts = accounts(store);
        User user =
            accounts
                .byName(name)
                .orElseThrow(
                    () ->
                        new AccountException(
                            "name",
                            "account.error.no-such-user",
                            "no account named '" + name + "'"));
        spec.commandLine().getOut().println(accounts.createApiToken(user.id(), label));
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }
}
