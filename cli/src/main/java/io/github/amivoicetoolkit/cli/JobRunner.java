package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.client.AmiVoiceClient;
import io.github.amivoicetoolkit.client.AmiVoiceException;
import io.github.amivoicetoolkit.client.AuthenticationException;
import io.github.amivoicetoolkit.client.Job;
import io.github.amivoicetoolkit.client.JobRejectedException;
import io.github.amivoicetoolkit.client.JobStatus;
import io.github.amivoicetoolkit.client.RecognitionResult;
import io.github.amivoicetoolkit.client.ResultExpiredException;
import io.github.amivoicetoolkit.client.StatusListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Waits for a job, reporting status changes on stderr, and writes its result; shared by submit and fetch. */
final class JobRunner {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Verbosity verbosity;
  private final ServiceOptions service;

  JobRunner(PrintWriter out, PrintWriter err, Verbosity verbosity, ServiceOptions service) {
    this.out = out;
    this.err = err;
    this.verbosity = verbosity;
    this.service = service;
  }

  /**
   * Awaits {@code job}; on success the client has written the raw result to {@code target} (streamed
   * into a temporary file beside it and renamed into place when complete), which is then converted
   * if asked.
   */
  int awaitAndWrite(AmiVoiceClient client, Job job, Path target, Converter converter) {
    String fetch = service.fetchCommand(client, job.sessionId(), target);
    Thread reminder = new Thread(() -> {
      err.printf("%namivoice: interrupted; the job goes on. Fetch it later with:%n  %s%n", fetch);
      err.flush();
    });
    Runtime.getRuntime().addShutdownHook(reminder);
    try {
      RecognitionResult result = client.await(job, new StatusListener() {
        @Override
        public void onStatus(JobStatus status) {
          err.printf("amivoice: %s %s%n", job.sessionId(), status.state().name().toLowerCase(Locale.ROOT));
          err.flush();
        }

        @Override
        public void onRetry(String sessionId, IOException cause, Duration delay) {
          err.printf("amivoice: %s: %s; retrying in %.1f s%n", sessionId, cause.getMessage(), delay.toMillis() / 1000.0);
          err.flush();
        }
      }, target);
      out.println(target);
      if (converter != null) {
        Path directory = target.toAbsolutePath().getParent();
        for (Path written : converter.convert(result.transcript(), directory, InputFile.baseName(
            target.getFileName().toString()))) {
          out.println(written);
        }
      }
      out.flush();
      return Main.EXIT_OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    } catch (JobRejectedException e) {
      verbosity.report(err, e, job.sessionId() + ": rejected: " + e.getMessage());
      return Main.EXIT_INPUT_FAILED;
    } catch (AuthenticationException e) {
      verbosity.report(err, e, "the service refused the APPKEY: " + e.getMessage());
      return Main.EXIT_SERVICE;
    } catch (ResultExpiredException e) {
      // the message says why (expired, or a wrong id); the job cannot finish later, so no fetch hint
      verbosity.report(err, e, job.sessionId() + ": " + e.getMessage());
      return Main.EXIT_SERVICE;
    } catch (AmiVoiceException e) {
      verbosity.report(err, e, job.sessionId() + ": " + e.getMessage() + "\n  the job may still finish: " + fetch);
      return Main.EXIT_SERVICE;
    } catch (IOException e) {
      verbosity.report(err, e, job.sessionId() + ": " + e.getMessage() + "\n  the job may still finish: " + fetch);
      return Main.EXIT_SERVICE;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(reminder);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting: the hook runs and prints the session id
      }
    }
  }

  /** A file name made from a session id: ids are service data, so anything but [A-Za-z0-9._-] is replaced. */
  static String safeFileName(String sessionId) {
    String safe = sessionId.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    return safe.isEmpty() ? "result" : safe;
  }
}
