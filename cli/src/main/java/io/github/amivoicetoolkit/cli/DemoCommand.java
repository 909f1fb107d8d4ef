package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code amivoice demo}: the bundled sample, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Read the bundled sample result (a v1 job with two speakers and sentiment) and summarise it.")
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "demo/sample-v1-sentiment.json";

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Transcript transcript;
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
      }
      transcript = new TranscriptReader().read(in, "sample-v1-sentiment.json (bundled)");
    }
    Summaries.print(transcript, out);
    return Main.EXIT_OK;
  }
}
