package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

/** {@code amivoice convert}: result files to spreadsheets, subtitles and text. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Convert AmiVoice result files to csv, xlsx, srt, vtt and txt.",
        "Inputs are .json or .json.gz files, or - for stdin. Outputs are named after the input (call.json ->"
            + " call.xlsx, call.tokens.csv, ...), written to a temporary name and moved into place when"
            + " complete; the paths written are printed on stdout."},
    footer = {"", "Examples:",
        "  amivoice convert call.json --to xlsx,srt -o out/",
        "  amivoice convert call.json --to csv --tables tokens --csv rfc4180 -o - | head",
        "  amivoice convert call.json --to vtt --words \\",
        "      --speakers speaker0=Yamada,speaker1=Sato"})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Result files; - reads standard input.")
  private List<String> files;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output directory (default: beside each input; the current directory for stdin);"
          + " - writes the one output to stdout.")
  private String output;

  @Mixin
  private ConversionOptions conversion;

  @Mixin
  private Verbosity verbosity;

  @Override
  public Integer call() {
    Converter converter = conversion.converter();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean toStdout = "-".equals(output);
    if (toStdout && (files.size() != 1 || !converter.fitsOneStream())) {
      throw new ParameterException(spec.commandLine(),
          "-o - needs one input and one output file (one format; for csv, one table with --tables)");
    }
    TranscriptReader reader = new TranscriptReader();
    int failed = 0;
    for (String argument : files) {
      InputFile input = InputFile.of(argument);
      try {
        Transcript transcript = converter.named(input.read(reader, System.in), input.displayName(), err);
        if (!TranscriptStats.isCompletedResult(transcript)) {
          err.println("amivoice: " + input.displayName() + ": not a completed result: " + transcript.job().describe());
          failed++;
          continue;
        }
        if (toStdout) {
          OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
          converter.convertTo(transcript, stdout);
          stdout.flush();
        } else {
          Path directory = output != null ? Path.of(output)
              : input.isStdin() || input.path().toAbsolutePath().getParent() == null ? Path.of(".")
              : input.path().toAbsolutePath().getParent();
          for (Path written : converter.convert(transcript, directory, input.baseName())) {
            out.println(written);
          }
        }
      } catch (IOException | RuntimeException e) {
        failed++;
        verbosity.report(err, e, InputFile.describeFailure(e, input.displayName()));
      }
    }
    out.flush();
    return failed > 0 ? Main.EXIT_INPUT_FAILED : Main.EXIT_OK;
  }
}
