package io.github.amivoicetoolkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces with error messages. */
final class Verbosity {
  @Option(names = {"-v", "--verbose"}, description = "Show stack traces with errors.")
  boolean verbose;

  void report(PrintWriter err, Throwable e, String message) {
    err.println("amivoice: " + message);
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
  }
}
