package io.github.amivoicetoolkit.core;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a result or status body says about its job, and whether it failed.
 *
 * <p>Every field is {@code null} (or {@code -1} for {@link #audioSize()}) when the body did not
 * carry it. A failed job is not a read error: a failure body reads into a {@link Transcript} whose
 * {@code job().failed()} is true.
 */
public final class JobInfo {
  private static final Pattern AMINETH_CODE = Pattern.compile("amineth_code='([^']*)'");
  private static final Pattern AMINETH_MESSAGE = Pattern.compile("amineth_message='([^']*)'");

  private final String status;
  private final String sessionId;
  private final String serviceId;
  private final String contentId;
  private final long audioSize;
  private final String audioMd5;
  private final String utteranceId;
  private final String code;
  private final String message;
  private final String errorMessage;
  private final String aminethCode;
  private final String aminethMessage;

  JobInfo(
      String status,
      String sessionId,
      String serviceId,
      String contentId,
      long audioSize,
      String audioMd5,
      String utteranceId,
      String code,
      String message,
      String errorMessage) {
    this.status = status;
    this.sessionId = sessionId;
    this.serviceId = serviceId;
    this.contentId = contentId;
    this.audioSize = audioSize;
    this.audioMd5 = audioMd5;
    this.utteranceId = utteranceId;
    this.code = code;
    this.message = message;
    this.errorMessage = errorMessage;
    this.aminethCode = group(AMINETH_CODE, errorMessage);
    this.aminethMessage = group(AMINETH_MESSAGE, errorMessage);
  }

  private static String group(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** {@code queued}, {@code started}, {@code processing}, {@code completed}, {@code error}, or null. */
  public String status() {
    return status;
  }

  /** The job's id: {@code session_id}, or {@code sessionid} of a job-creation answer. */
  public String sessionId() {
    return sessionId;
  }

  public String serviceId() {
    return serviceId;
  }

  public String contentId() {
    return contentId;
  }

  /** Bytes of audio the service received, or {@code -1} when the body does not say. */
  public long audioSize() {
    return audioSize;
  }

  /** Hex MD5 of the audio the service received, or null. */
  public String audioMd5() {
    return audioMd5;
  }

  public String utteranceId() {
    return utteranceId;
  }

  /** The one-character failure code ({@code ""} on success), or null when absent. */
  public String code() {
    return code;
  }

  /** The failure message ({@code ""} on success), or null when absent. */
  public String message() {
    return message;
  }

  /** {@code error_message} of a job in status {@code error}, or null. */
  public String errorMessage() {
    return errorMessage;
  }

  /** {@code amineth_code} parsed from {@link #errorMessage()}, e.g. {@code "o"}, or null. */
  public String aminethCode() {
    return aminethCode;
  }

  /** {@code amineth_message} parsed from {@link #errorMessage()}, or null. */
  public String aminethMessage() {
    return aminethMessage;
  }

  /** True when the body is a finished job's result, or a sync or WebSocket result that did not fail. */
  public boolean completed() {
    return !failed() && (status == null ? code != null : status.equals("completed"));
  }

  /** True for a failure body (non-empty {@code code}) or a job in status {@code error}. */
  public boolean failed() {
    return (code != null && !code.isEmpty()) || "error".equals(status);
  }

  /**
   * Whether submitting the same request again may succeed. A job in status {@code error} with
   * {@code amineth_code='o'} was rejected for its request or audio and will be rejected again; any
   * other error code points at the service. Failure bodies ({@code code} {@code -}: bad APPKEY,
   * {@code +}: unsupported audio, …) are answers about the request and are not retryable.
   */
  public boolean retryable() {
    return "error".equals(status) && !"o".equals(aminethCode);
  }

  /** A short human description, e.g. {@code completed} or {@code error (o: recognition result is rejected…)}. */
  public String describe() {
    if ("error".equals(status)) {
      String detail = aminethMessage != null ? aminethMessage : Objects.toString(errorMessage, "");
      return "error (" + Objects.toString(aminethCode, "?") + ": " + detail + ")";
    }
    if (code != null && !code.isEmpty()) {
      return "failed (" + code + ": " + Objects.toString(message, "") + ")";
    }
    return status != null ? status : (completed() ? "completed" : "unknown");
  }

  @Override
  public String toString() {
    return "JobInfo{status=" + status + ", sessionId=" + sessionId + ", code=" + code
        + ", message=" + message + ", audioSize=" + audioSize + "}";
  }
}
