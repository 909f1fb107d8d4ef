package io.github.amivoicetoolkit.client;

import java.io.IOException;
import java.time.Duration;

/**
 * Told by {@link AmiVoiceClient#await} how a job progresses. Called on the awaiting thread; a
 * listener that throws ends the wait with its exception.
 */
@FunctionalInterface
public interface StatusListener {

  /** The job reported a status other than the one before, starting with the first one seen. */
  void onStatus(JobStatus status);

  /**
   * A poll failed transiently ({@code cause}) and will be tried again after {@code delay}. The
   * default does nothing.
   */
  default void onRetry(String sessionId, IOException cause, Duration delay) {}

  /** A listener that ignores everything. */
  static StatusListener none() {
    return status -> {};
  }
}
