package org.paperscope.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.paperscope.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one clear stderr line and an exit code; {@code --verbose} adds the trace.
 */
final class CliErrors {
  private CliErrors() {}

  /** A bad value the user gave; exit code 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  static int exitCode(Throwable t) {
    return t instanceof UsageException || t instanceof QuerySyntaxException
        ? PaperScopeCommand.EXIT_USAGE
        : PaperScopeCommand.EXIT_FAILURE;
  }

  static int handle(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    String message =
        e instanceof QuerySyntaxException q
            ? "bad query: " + q.describe()
            : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    err.println("paperscope " + cli.getCommandName() + ": " + message);
    if (isVerbose(parsed)) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return exitCode(e);
  }

  static int handleUsage(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("paperscope: " + e.getMessage());
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return PaperScopeCommand.EXIT_USAGE;
  }

  private static boolean isVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
