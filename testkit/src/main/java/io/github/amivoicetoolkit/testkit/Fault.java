package io.github.amivoicetoolkit.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * One misbehaviour of the simulated service, queued in a {@link FaultPlan} for the next job
 * creation or the next poll. Faults that answer a job creation are applied only after the whole
 * request body was read, as a service behind a gateway would.
 *
 * <p>Request faults ({@link #httpStatus}, {@link #tooManyRequests}, {@link #dropConnection},
 * {@link #slowAnswer}) can be queued for creations and polls; job faults ({@link #unsupportedAudio},
 * {@link #jobRejected}, {@link #jobError}, {@link #truncateAudio}) only for creations.
 */
public final class Fault {

  enum Kind {
    HTTP_STATUS,
    TOO_MANY_REQUESTS,
    DROP_CONNECTION,
    SLOW_ANSWER,
    UNSUPPORTED_AUDIO,
    JOB_ERROR,
    TRUNCATE_AUDIO
  }

  /** The message the service gives with {@code amineth_code='o'}. */
  static final String REJECTED_MESSAGE =
      "recognition result is rejected because confidence is below the threshold";

  private final Kind kind;
  private final int httpStatus;
  private final Duration duration;
  private final String aminethCode;
  private final String aminethMessage;
  private final long keepBytes;

  private Fault(
      Kind kind,
      int httpStatus,
      Duration duration,
      String aminethCode,
      String aminethMessage,
      long keepBytes) {
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.duration = duration;
    this.aminethCode = aminethCode;
    this.aminethMessage = aminethMessage;
    this.keepBytes = keepBytes;
  }

  /** Answers with {@code status} (400–599) and a short JSON body instead of doing the work. */
  public static Fault httpStatus(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status is not an HTTP error (400-599): " + status);
    }
    return new Fault(Kind.HTTP_STATUS, status, Duration.ZERO, null, null, -1);
  }

  /** Answers HTTP 429 with {@code Retry-After: <whole seconds>}, rounded up. */
  public static Fault tooManyRequests(Duration retryAfter) {
    requireNonNegative(retryAfter, "retryAfter");
    return new Fault(Kind.TOO_MANY_REQUESTS, 429, retryAfter, null, null, -1);
  }

  /** Closes the connection without any answer. */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, Duration.ZERO, null, null, -1);
  }

  /** Waits {@code delay} before answering normally. */
  public static Fault slowAnswer(Duration delay) {
    requireNonNegative(delay, "delay");
    return new Fault(Kind.SLOW_ANSWER, 0, delay, null, null, -1);
  }

  /** Refuses the job at creation with code {@code +} ("received unsupported audio format"). */
  public static Fault unsupportedAudio() {
    return new Fault(Kind.UNSUPPORTED_AUDIO, 0, Duration.ZERO, null, null, -1);
  }

  /**
   * Accepts the job and ends it in status {@code error} with {@code amineth_code='o'}: the request
   * or audio is at fault and a retry gives the same answer.
   */
  public static Fault jobRejected() {
    return jobError("o", REJECTED_MESSAGE);
  }

  /** Accepts the job and ends it in status {@code error} with the given amineth code and message. */
  public static Fault jobError(String aminethCode, String aminethMessage) {
    Objects.requireNonNull(aminethCode, "aminethCode");
    Objects.requireNonNull(aminethMessage, "aminethMessage");
    if (aminethCode.isEmpty() || aminethCode.indexOf('\'') >= 0) {
      throw new IllegalArgumentException("aminethCode must be non-empty without quotes: " + aminethCode);
    }
    return new Fault(Kind.JOB_ERROR, 0, Duration.ZERO, aminethCode, aminethMessage, -1);
  }

  /**
   * Accepts the job but keeps only the first {@code keepBytes} bytes of its audio, as a proxy that
   * cut the upload short would: {@code audio_size} and {@code audio_md5} then describe fewer bytes
   * than the client sent.
   */
  public static Fault truncateAudio(long keepBytes) {
    if (keepBytes < 0) {
      throw new IllegalArgumentException("keepBytes < 0: " + keepBytes);
    }
    return new Fault(Kind.TRUNCATE_AUDIO, 0, Duration.ZERO, null, null, keepBytes);
  }

  private static void requireNonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " is negative: " + duration);
    }
  }

  Kind kind() {
    return kind;
  }

  int httpStatusCode() {
    return httpStatus;
  }

  Duration duration() {
    return duration;
  }

  String aminethCode() {
    return aminethCode;
  }

  String aminethMessage() {
    return aminethMessage;
  }

  long keepBytes() {
    return keepBytes;
  }

  boolean appliesToPolls() {
    return kind == Kind.HTTP_STATUS
        || kind == Kind.TOO_MANY_REQUESTS
        || kind == Kind.DROP_CONNECTION
        || kind == Kind.SLOW_ANSWER;
  }

  @Override
  public String toString() {
    switch (kind) {
      case HTTP_STATUS:
        return "Fault[HTTP " + httpStatus + "]";
      case TOO_MANY_REQUESTS:
        return "Fault[HTTP 429, Retry-After " + duration + "]";
      case SLOW_ANSWER:
        return "Fault[slow answer, " + duration + "]";
      case JOB_ERROR:
        return "Fault[job error, amineth_code='" + aminethCode + "']";
      case TRUNCATE_AUDIO:
        return "Fault[keep " + keepBytes + " audio bytes]";
      default:
        return "Fault[" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "]";
    }
  }
}
