package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code amivoice fake-server}: the local simulator of the async API, for offline work and tests. */
@Command(name = "fake-server", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run a local simulator of the AmiVoice async API on 127.0.0.1 until interrupted.",
        "Jobs go queued -> started -> processing -> completed; the result is a file you give or a synthetic"
            + " one. It accepts the APPKEY in AMIVOICE_APPKEY, or 'fake-appkey' when that is unset."},
    footer = {"", "Example:",
        "  amivoice fake-server --port 8080 &",
        "  AMIVOICE_APPKEY=fake-appkey amivoice submit call.wav \\",
        "      --endpoint http://127.0.0.1:8080/v2/recognitions"})
final class FakeServerCommand implements Callable<Integer> {
  static final String DEFAULT_KEY = "fake-appkey";

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port (default: any free port).")
  private int port;

  @Option(names = "--result", paramLabel = "FILE", description = "Serve this result JSON for every job.")
  private Path result;

  @Option(names = "--synthetic-minutes", paramLabel = "N", defaultValue = "5",
      description = "Without --result: serve a synthetic Japanese result this long (default: ${DEFAULT-VALUE}).")
  private double syntheticMinutes;

  @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
      description = "Time each status lasts (default: ${DEFAULT-VALUE} ms).")
  private long delayMs;

  @Override
  // "try": the shutdown hook closes the server that the try-with-resources also closes (close is idempotent)
  @SuppressWarnings("try")
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (result != null && !Files.isRegularFile(result)) {
      throw new ParameterException(spec.commandLine(), result + ": no such result file");
    }
    if (delayMs < 0) {
      throw new ParameterException(spec.commandLine(), "--delay < 0: " + delayMs);
    }
    String key = System.getenv("AMIVOICE_APPKEY");
    FakeAmiVoiceServer.Builder builder = FakeAmiVoiceServer.builder()
        .port(port)
        .appKeys(key == null || key.isBlank() ? DEFAULT_KEY : key)
        .statusDelay(Duration.ofMillis(delayMs));
    if (result != null) {
      builder.result(result);
    } else {
      SyntheticResults synthetic;
      try {
        synthetic = SyntheticResults.builder().minutes(syntheticMinutes).speakers(2).build();
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      builder.result(synthetic::writeTo);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (FakeAmiVoiceServer server = builder.start()) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (java.io.IOException ignored) {
          // exiting anyway
        }
        stopped.countDown();
      }));
      out.println("amivoice fake-server listening:");
      out.println("  v2: " + server.recognitionsUri(ApiVersion.V2));
      out.println("  v1: " + server.recognitionsUri(ApiVersion.V1));
      out.println("APPKEY: " + (key == null || key.isBlank() ? DEFAULT_KEY : "the value of AMIVOICE_APPKEY"));
      out.println("Stop with Ctrl-C.");
      out.flush();
      stopped.await();
    }
    return Main.EXIT_OK;
  }
}
