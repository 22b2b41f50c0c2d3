package org.paperscope.cli;

import picocli.CommandLine.Option;

/** Where the web server listens: shared by {@code serve} and {@code demo}. */
final class ServerOptions {
  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Interface to listen on. Default: ${DEFAULT-VALUE}.")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port = 8080;
}
