package io.github.amivoicetoolkit.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One accepted job and where it is in its life. A status is reported to at least one poll before
 * the job moves on, so every client sees every status whatever its polling rhythm; the job then
 * stays in that status for at least the configured delay.
 */
final class SimulatedJob {

  private final ReceivedJob received;
  private final Path audioFile;
  /** The {@code error_message} the job ends with, or null when it completes. */
  private final String errorMessage;
  /** v1 accepts audio without speech and completes with an empty result. */
  private final boolean emptyResult;

  private JobState state = JobState.QUEUED;
  private long stateSinceNanos;
  private boolean stateReported;
  private Path completedBody;

  SimulatedJob(
      ReceivedJob received, Path audioFile, String errorMessage, boolean emptyResult, long nowNanos) {
    this.received = received;
    this.audioFile = audioFile;
    this.errorMessage = errorMessage;
    this.emptyResult = emptyResult;
    this.stateSinceNanos = nowNanos;
  }

  ReceivedJob received() {
    return received;
  }

  String errorMessage() {
    return errorMessage;
  }

  boolean emptyResult() {
    return emptyResult;
  }

  /** Advances at most one status and marks the resulting status as reported. */
  synchronized JobState poll(long nowNanos, long[] delayNanosByState) {
    if (!state.terminal()
        && stateReported
        && nowNanos - stateSinceNanos >= delayNanosByState[state.ordinal()]) {
      state = next();
      stateSinceNanos = nowNanos;
      stateReported = false;
    }
    stateReported = true;
    return state;
  }

  /** Whether the job finished, was reported finished, and has been so for longer than retention. */
  synchronized boolean expired(long nowNanos, long retentionNanos) {
    return state.terminal() && stateReported && nowNanos - stateSinceNanos >= retentionNanos;
  }

  /** The completed body, written on first use with {@code writer}. */
  synchronized Path completedBody(BodyWriter writer) throws IOException {
    if (completedBody == null) {
      completedBody = writer.write(this);
    }
    return completedBody;
  }

  synchronized void deleteFiles() throws IOException {
    Files.deleteIfExists(audioFile);
    if (completedBody != null) {
      Files.deleteIfExists(completedBody);
    }
  }

  private JobState next() {
    switch (state) {
      case QUEUED:
        return JobState.STARTED;
      case STARTED:
        return JobState.PROCESSING;
      default:
        return errorMessage == null ? JobState.COMPLETED : JobState.ERROR;
    }
  }

  @FunctionalInterface
  interface BodyWriter {
    Path write(SimulatedJob job) throws IOException;
  }
}
