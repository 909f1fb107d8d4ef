package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.StatsText;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amivoice demo}: the bundled sample, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Convert the bundled sample result into every format and print its figures.",
        "The sample is a v1 job with two speakers and sentiment; the per-speaker figures and the files"
            + " written are printed."})
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "demo/sample-v1-sentiment.json";
  static final String SAMPLE_NAME = "sample-v1-sentiment";

  @Spec
  private CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "amivoice-demo",
      description = "Where to write the files (default: ./${DEFAULT-VALUE}).")
  private Path output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Transcript transcript;
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
      }
      transcript = new TranscriptReader().read(in, SAMPLE_NAME + ".json (bundled sample)");
    }
    Summaries.print(transcript, out);
    out.println();

    AnalyticsOptions analytics = AnalyticsOptions.defaults();
    TranscriptStats stats = TranscriptStats.of(transcript, analytics);
    out.print(StatsText.render(SAMPLE_NAME + ".json", stats));
    out.println();

    Converter everything = Conversions.withDefaults(EnumSet.allOf(OutputFormat.class));
    Files.createDirectories(output);
    List<Path> written = everything.convert(transcript, stats, output, SAMPLE_NAME);
    out.println("Wrote " + written.size() + " files:");
    for (Path file : written) {
      out.printf("  %-48s %,9d bytes%n", file, Files.size(file));
    }
    out.println();
    out.println("Next: amivoice convert YOUR_RESULT.json --to xlsx,srt   (amivoice --help for everything)");
    out.flush();
    return Main.EXIT_OK;
  }
}
