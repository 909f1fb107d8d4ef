package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.client.AmiVoiceClient;
import io.github.amivoicetoolkit.client.PollingPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the service is and how to authenticate. The APPKEY comes from {@code AMIVOICE_APPKEY} or a
 * file, never from an argument: arguments are visible to every user through {@code ps}.
 */
final class ServiceOptions {
  static final String APPKEY_VARIABLE = "AMIVOICE_APPKEY";
  /** Words a shell takes as they are; anything else is single-quoted in a printed command. */
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/:=@%+,-]+");
  /** Held here: java.util.logging keeps loggers only weakly, and with them the level set. */
  private static final Logger ROOT_LOG = Logger.getLogger("");
  private static final Logger TOOLKIT_LOG = Logger.getLogger("io.github.amivoicetoolkit");

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Recognitions URL as the documentation writes it; default: production v2,%n"
          + "https://acp-api-async.amivoice.com/v2/recognitions%n(.../v1/recognitions for v1).")
  private URI endpoint;

  @Option(names = "--appkey-file", paramLabel = "FILE",
      description = "Read the APPKEY from this file (default: the AMIVOICE_APPKEY environment variable).")
  private Path appKeyFile;

  @Option(names = "--allow-insecure-http",
      description = "Accept a plain http:// --endpoint on a host other than this machine, sending the APPKEY"
          + " and the audio unencrypted (http:// to 127.0.0.1 or localhost is always accepted).")
  private boolean allowInsecureHttp;

  @Option(names = "--max-wait", paramLabel = "MINUTES", defaultValue = "120",
      description = "Give up waiting for the result after this many minutes (default: ${DEFAULT-VALUE}).")
  private long maxWaitMinutes;

  /**
   * The client these options describe. Logging is quiet unless {@code verbose}: status goes to
   * stderr in the command's own words, never as java.util.logging records.
   */
  AmiVoiceClient client(boolean verbose) {
    configureLogging(verbose);
    AmiVoiceClient.Builder builder = AmiVoiceClient.builder().allowInsecureHttp(allowInsecureHttp);
    if (endpoint != null) {
      try {
        builder.endpoint(endpoint);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--endpoint: " + e.getMessage(), e);
      }
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
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), appKeyFile + ": " + e.getMessage(), e);
      }
    } else {
      String key = System.getenv(APPKEY_VARIABLE);
      if (key == null || key.isBlank()) {
        throw new ParameterException(spec.commandLine(), "no APPKEY: set the environment variable " + APPKEY_VARIABLE
            + ", or put the key in a file and give --appkey-file FILE");
      }
    }
    if (maxWaitMinutes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-wait < 1: " + maxWaitMinutes);
    }
    builder.pollingPolicy(PollingPolicy.builder().maxWait(Duration.ofMinutes(maxWaitMinutes)).build());
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      if (!allowInsecureHttp && endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme())
          && String.valueOf(e.getMessage()).startsWith("plain http://")) {
        throw new ParameterException(spec.commandLine(), "--endpoint " + endpoint + ": plain http:// would send the"
            + " APPKEY and the audio unencrypted to " + endpoint.getHost() + "; use https://, or add"
            + " --allow-insecure-http if the network is trusted", e);
      }
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * The command that picks the job up again with these options, e.g. after an interrupt:
   * {@code amivoice fetch ID --endpoint URL --appkey-file FILE -o OUTPUT} with every option that
   * is not the default, quoted for a POSIX shell where needed.
   */
  String fetchCommand(AmiVoiceClient client, String sessionId, Path output) {
    StringBuilder command = new StringBuilder("amivoice fetch ").append(shellWord(sessionId));
    if (!client.endpoint().equals(AmiVoiceClient.PRODUCTION_V2)) {
      command.append(" --endpoint ").append(shellWord(client.endpoint().toString()));
    }
    if (appKeyFile != null) {
      command.append(" --appkey-file ").append(shellWord(appKeyFile.toString()));
    }
    if (allowInsecureHttp) {
      command.append(" --allow-insecure-http");
    }
    if (output != null) {
      command.append(" -o ").append(shellWord(output.toString()));
    }
    return command.toString();
  }

  static String shellWord(String word) {
    return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /**
   * Quiet: no java.util.logging record reaches stderr. Verbose: the toolkit's records down to
   * debug detail, one line each, marked as log lines.
   */
  private static void configureLogging(boolean verbose) {
    if (!verbose) {
      ROOT_LOG.setLevel(Level.OFF);
      TOOLKIT_LOG.setLevel(Level.OFF);
      return;
    }
    TOOLKIT_LOG.setLevel(Level.FINE);
    TOOLKIT_LOG.setUseParentHandlers(false);
    SimpleFormatter formatter = new SimpleFormatter() {
      @Override
      public String format(LogRecord record) {
        return "amivoice: [log] " + formatMessage(record) + System.lineSeparator();
      }
    };
    Handler handler = new StreamHandler(System.err, formatter) {
      @Override
      public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
      }
    };
    handler.setLevel(Level.FINE);
    TOOLKIT_LOG.addHandler(handler);
  }
}
