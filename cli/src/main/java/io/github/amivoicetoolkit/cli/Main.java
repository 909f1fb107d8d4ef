package io.github.amivoicetoolkit.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code amivoice} command. */
@Command(
    name = "amivoice",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Read, analyse and convert AmiVoice speech-recognition results; submit audio and wait for results.",
    subcommands = {
        DemoCommand.class,
        ConvertCommand.class,
        StatsCommand.class,
        ReportCommand.class,
        BatchCommand.class,
        SubmitCommand.class,
        FetchCommand.class,
        FakeServerCommand.class,
        AutoComplete.GenerateCompletion.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input done",
        "1:some inputs failed (unreadable, a failure body, an unfinished job)",
        "2:usage error (unknown option, bad value)",
        "3:the service or the network failed (submit, fetch)",
        "70:internal error (a bug: please report it with --verbose output)",
        "130:interrupted"})
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_INPUT_FAILED = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_SERVICE = 3;
  static final int EXIT_INTERNAL = 70;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given output streams and returns the exit code; for tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(out, err);
    return commandLine.execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(Main.class);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(exception -> EXIT_INTERNAL);
    commandLine.getCommandSpec().exitCodeOnUsageHelp(EXIT_OK);
    commandLine.setParameterExceptionHandler((exception, args) -> {
      CommandLine failed = exception.getCommandLine();
      failed.getErr().println("amivoice: " + exception.getMessage());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      return EXIT_USAGE;
    });
    commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
      boolean verbose = parseResult.hasMatchedOption("--verbose")
          || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"));
      failed.getErr().println("amivoice: internal error: " + exception);
      if (verbose) {
        exception.printStackTrace(failed.getErr());
      } else {
        failed.getErr().println("(run again with --verbose for the stack trace)");
      }
      return EXIT_INTERNAL;
    });
    return commandLine;
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"amivoice " + (version == null ? "(development build)" : version),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
