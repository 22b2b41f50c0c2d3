package org.paperscope.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Readable help: an option value without a label of its own is shown as {@code N} when it is a
 * number and as its name in capitals otherwise ({@code --limit=N}, {@code --venue=VENUE}), not as
 * picocli's {@code <fieldName>}, which reads like code and makes usage lines wrap.
 */
final class HelpLabels {
  private HelpLabels() {}

  /** Relabels the options of the command and of all its subcommands. */
  static void apply(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    for (OptionSpec option : List.copyOf(spec.options())) {
      if (option.arity().max() > 0 && option.paramLabel().startsWith("<")) {
        spec.remove(option);
        spec.addOption(option.toBuilder().paramLabel(label(option)).build());
      }
    }
    cli.getSubcommands().values().forEach(HelpLabels::apply);
  }

  private static String label(OptionSpec option) {
    Class<?> type = option.type();
    if (type == int.class
        || type == long.class
        || type == double.class
        || Number.class.isAssignableFrom(type)) {
      return "N";
    }
    String name = option.longestName().replaceFirst("^-+", "");
    return name.replace('-', '_').toUpperCase(Locale.ROOT);
  }
}
