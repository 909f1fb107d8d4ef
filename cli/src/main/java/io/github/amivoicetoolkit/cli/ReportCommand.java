package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.exporters.report.HtmlReportWriter;
import io.github.amivoicetoolkit.exporters.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amivoice report}: one self-contained HTML call report per result file. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write an HTML call report for each result file.",
        "Job facts and figures, a speaker timeline with silences and interruptions, charts (talk share,"
            + " confidence, response gaps, sentiment) and the transcript by turns. One file per result"
            + " (call.json -> call.html), readable offline; the paths written are printed on stdout."},
    footer = {"", "Examples:",
        "  amivoice report call.json",
        "  amivoice report calls/*.json -o reports/ \\",
        "      --speakers speaker0=Agent,speaker1=Caller"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Result files; - reads standard input.")
  private List<String> files;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output directory (default: beside each input; the current directory for stdin).")
  private Path output;

  @Mixin
  private AnalyticsFlags analyticsFlags;

  @Mixin
  private Verbosity verbosity;

  @Override
  public Integer call() {
    ReportOptions options;
    try {
      options = ReportOptions.builder().analytics(analyticsFlags.analytics().build()).build();
      analyticsFlags.speakerNames();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    HtmlReportWriter writer = new HtmlReportWriter(options);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TranscriptReader reader = new TranscriptReader();
    int failed = 0;
    for (String argument : files) {
      InputFile input = InputFile.of(argument);
      try {
        Transcript transcript = SpeakerRenaming.apply(input.read(reader, System.in), analyticsFlags.speakerNames(),
            input.displayName(), err);
        if (!TranscriptStats.isCompletedResult(transcript)) {
          err.println("amivoice: " + input.displayName() + ": not a completed result: " + transcript.job().describe());
          failed++;
          continue;
        }
        Path directory = output != null ? output
            : input.isStdin() || input.path().toAbsolutePath().getParent() == null ? Path.of(".")
            : input.path().toAbsolutePath().getParent();
        out.println(writer.write(transcript, directory.resolve(input.baseName() + ".html")));
      } catch (IOException | RuntimeException e) {
        failed++;
        verbosity.report(err, e, InputFile.describeFailure(e, input.displayName()));
      }
    }
    out.flush();
    return failed > 0 ? Main.EXIT_INPUT_FAILED : Main.EXIT_OK;
  }
}
