package io.github.amivoicetoolkit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code amivoice} command. */
@Command(
    name = "amivoice",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Read, analyse and convert AmiVoice speech-recognition results; submit audio and wait for results.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input done",
        "1:some inputs failed (unreadable, a failure body, an unfinished job)",
        "2:usage error (unknown option, bad value)",
        "3:the service or the network failed (submit, fetch)",
        "4:out of memory: an input needs a bigger heap (JAVA_OPTS=-Xmx...)",
        "70:internal error (a bug: please report it with --verbose output)",
        "130:interrupted (Ctrl-C); unfinished outputs removed",
        "143:terminated (SIGTERM); unfinished outputs removed"})
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_INPUT_FAILED = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_SERVICE = 3;
  static final int EXIT_OUT_OF_MEMORY = 4;
  static final int EXIT_INTERNAL = 70;

  /**
   * The subcommands, in the order {@code --help} lists them. Registered by {@link #commandLine(String[],
   * PrintWriter, PrintWriter)} rather than in {@code @Command}: picocli builds the model of every registered
   * command by reflection before it parses, a tenth of a second per run spent on commands not run.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      DemoCommand.class,
      ConvertCommand.class,
      StatsCommand.class,
      ReportCommand.class,
      BatchCommand.class,
      SubmitCommand.class,
      FetchCommand.class,
      FakeServerCommand.class,
      AutoComplete.GenerateCompletion.class);

  private Main() {}

  public static void main(String[] args) {
    RunTemporaries temporaries = RunTemporaries.install(System.err);
    int exit = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    temporaries.finished();
    System.exit(exit);
  }

  /** Runs the command with the given output streams and returns the exit code; for tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(args, out, err);
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(err);
    }
  }

  /**
   * Says that the input needs more memory than the heap has and how to give it, without a stack trace:
   * the transcript that filled the heap is garbage by now, so this much can still be printed.
   */
  static int outOfMemory(PrintWriter err) {
    long maxMiB = Runtime.getRuntime().maxMemory() >> 20;
    long suggestedMiB = Math.max(1024, Integer.highestOneBit((int) Math.min(1 << 29, maxMiB)) * 4L);
    String suggested = suggestedMiB % 1024 == 0 ? suggestedMiB / 1024 + "g" : suggestedMiB + "m";
    err.println("amivoice: out of memory: the input needs more than this JVM's " + maxMiB + " MiB heap.");
    err.println("  Give it more: JAVA_OPTS=-Xmx" + suggested + " ./amivoice ...   (or: java -Xmx" + suggested
        + " -jar amivoice.jar ...)");
    err.println("  batch holds --jobs files at once (try --jobs 1); --max-tokens N and --max-bytes SIZE"
        + " refuse oversized inputs up front.");
    err.flush();
    return EXIT_OUT_OF_MEMORY;
  }

  /** The whole command, every subcommand registered: for help and tests. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(new String[0], out, err);
  }

  /**
   * The command as {@code arguments} need it: when the first argument names a subcommand, only that one is
   * registered (its help, errors and run do not depend on the others); a lone {@code --version} needs none;
   * anything else (root help, a mistyped name, {@code generate-completion}, which describes the whole tree)
   * gets all of them.
   */
  static CommandLine commandLine(String[] arguments, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(Main.class);
    for (Class<?> subcommand : subcommandsFor(arguments)) {
      commandLine.addSubcommand(subcommand);
    }
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
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof OutOfMemoryError) {
          return outOfMemory(failed.getErr());  // batch: a worker's OutOfMemoryError, wrapped
        }
      }
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

  private static List<Class<?>> subcommandsFor(String[] arguments) {
    if (arguments.length == 1 && (arguments[0].equals("--version") || arguments[0].equals("-V"))) {
      return List.of();
    }
    if (arguments.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        String name = subcommand.getAnnotation(Command.class).name();
        if (name.equals(arguments[0]) && subcommand != AutoComplete.GenerateCompletion.class) {
          return List.of(subcommand);
        }
      }
    }
    return SUBCOMMANDS;
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
