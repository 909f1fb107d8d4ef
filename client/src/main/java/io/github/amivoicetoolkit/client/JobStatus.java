package io.github.amivoicetoolkit.client;

import io.github.amivoicetoolkit.core.JobInfo;
import java.util.Locale;
import java.util.Objects;

/** What the service reported about a job at one poll. Immutable. */
public final class JobStatus {

  /** The job statuses, in the order the service goes through them. */
  public enum State {
    QUEUED,
    STARTED,
    PROCESSING,
    COMPLETED,
    ERROR,
    /** A status this client does not know; {@link JobStatus#info()} has the service's word. */
    UNKNOWN;

    static State of(JobInfo info) {
      String status = info.status();
      if (status == null) {
        // a result body without a status field is still a finished result
        return info.completed() ? COMPLETED : UNKNOWN;
      }
      switch (status.toLowerCase(Locale.ROOT)) {
        case "queued":
          return QUEUED;
        case "started":
          return STARTED;
        case "processing":
          return PROCESSING;
        case "completed":
          return COMPLETED;
        case "error":
          return ERROR;
        default:
          return UNKNOWN;
      }
    }
  }

  private final String sessionId;
  private final State state;
  private final JobInfo info;

  JobStatus(String sessionId, JobInfo info) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.info = Objects.requireNonNull(info, "info");
    this.state = State.of(info);
  }

  public String sessionId() {
    return sessionId;
  }

  public State state() {
    return state;
  }

  /** Every job field the service reported: {@code audio_size}, {@code error_message}, … */
  public JobInfo info() {
    return info;
  }

  @Override
  public String toString() {
    return "JobStatus[" + sessionId + ", " + (state == State.UNKNOWN ? info.status() : state) + "]";
  }
}
