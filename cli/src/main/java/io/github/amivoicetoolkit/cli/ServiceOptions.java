package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.client.AmiVoiceClient;
import io.github.amivoicetoolkit.client.PollingPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the service is and how to authenticate. The APPKEY comes from {@code AMIVOICE_APPKEY} or a
 * file, never from an argument: arguments are visible to every user through {@code ps}.
 */
final class ServiceOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Recognitions URL as the documentation writes it; default: production v2,%n"
          + "https://acp-api-async.amivoice.com/v2/recognitions%n(.../v1/recognitions for v1).")
  private URI endpoint;

  @Option(names = "--appkey-file", paramLabel = "FILE",
      description = "Read the APPKEY from this file (default: the AMIVOICE_APPKEY environment variable).")
  private Path appKeyFile;

  @Option(names = "--max-wait", paramLabel = "MINUTES", defaultValue = "120",
      description = "Give up waiting for the result after this many minutes (default: ${DEFAULT-VALUE}).")
  private long maxWaitMinutes;

  AmiVoiceClient client() {
    AmiVoiceClient.Builder builder = AmiVoiceClient.builder();
    if (endpoint != null) {
      builder.endpoint(endpoint);
    }
    if (appKeyFile != null) {
      try {
        String key = Files.readString(appKeyFile).strip();
        if (key.isEmpty()) {
          throw new ParameterException(spec.commandLine(), appKeyFile + ": the APPKEY file is empty");
        }
        builder.appKey(key);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), InputFile.describe(e, appKeyFile.toString()));
      }
    }
    if (maxWaitMinutes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-wait < 1: " + maxWaitMinutes);
    }
    builder.pollingPolicy(PollingPolicy.builder().maxWait(Duration.ofMinutes(maxWaitMinutes)).build());
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String hint = appKeyFile == null && !String.valueOf(e.getMessage()).contains("AMIVOICE_APPKEY")
          ? " (set AMIVOICE_APPKEY or use --appkey-file)" : "";
      throw new ParameterException(spec.commandLine(), e.getMessage() + hint, e);
    }
  }
}
