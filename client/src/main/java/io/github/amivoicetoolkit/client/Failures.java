package io.github.amivoicetoolkit.client;

import io.github.amivoicetoolkit.core.JobInfo;
import java.net.URI;

/**
 * The one place that turns what the service answered into an {@link AmiVoiceException}: an HTTP
 * status that will not be retried, a {@code code} in an answer, or a job that ended in
 * {@code error}. Which failures are retried is decided by the caller; what a final failure
 * <em>is</em> is decided here.
 *
 * <table>
 *   <caption>HTTP status and service code to exception</caption>
 *   <tr><th>answer</th><th>job creation</th><th>poll</th></tr>
 *   <tr><td>HTTP 401, 403; code {@code -}</td><td colspan="2">{@link AuthenticationException}</td></tr>
 *   <tr><td>HTTP 404</td><td>{@link JobRejectedException}</td><td>{@link ResultExpiredException}</td></tr>
 *   <tr><td>other HTTP 4xx but 408, 429</td><td>{@link JobRejectedException}</td><td>{@link ServiceException}</td></tr>
 *   <tr><td>HTTP 408, 429, 5xx (after the retries)</td><td colspan="2">{@link ServiceException}</td></tr>
 *   <tr><td>another code</td><td>{@link JobRejectedException}</td><td>{@link ServiceException}</td></tr>
 *   <tr><td>status {@code error}, {@code amineth_code='o'}</td><td>-</td><td>{@link JobRejectedException}</td></tr>
 *   <tr><td>status {@code error}, another amineth code</td><td>-</td><td>{@link ServiceException}</td></tr>
 * </table>
 *
 * <p>Every message, service message and cause goes through {@link AppKey#redact} and
 * {@link AppKey#scrub} on its way in, so no exception made here carries the APPKEY.
 */
final class Failures {

  /** Which request an answer belongs to. */
  enum Request {
    CREATION,
    POLL
  }

  private final URI endpoint;
  private final AppKey appKey;

  Failures(URI endpoint, AppKey appKey) {
    this.endpoint = endpoint;
    this.appKey = appKey;
  }

  /** Whether an HTTP status is worth another attempt (408, 429, 5xx). */
  static boolean transientStatus(int status) {
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
  }

  /**
   * A final answer with HTTP {@code status} (not 200). {@code said} is the quoted body;
   * {@code detail} is appended to a {@link ServiceException}'s message (attempts made, why no
   * retry) and may be empty.
   */
  AmiVoiceException httpStatus(Request request, int status, String said, String sessionId, String detail) {
    if (status == 401 || status == 403) {
      return authentication(
          request == Request.CREATION
              ? "The service at " + endpoint + " refused the APPKEY (HTTP " + status + ")"
              : "The service refused the APPKEY when polling job " + sessionId + " (HTTP " + status + ")",
          null, said, sessionId);
    }
    if (request == Request.POLL && status == 404) {
      return new ResultExpiredException(
          appKey.redact(
              "Job " + sessionId + " is unknown to the service (HTTP 404): its result expired after the"
                  + " retention period, or the session id is wrong"),
          appKey.redact(said), sessionId);
    }
    if (request == Request.CREATION && status >= 400 && status < 500 && !transientStatus(status)) {
      return rejected(
          "The service at " + endpoint + " refused the job with HTTP " + status + ": " + said,
          null, said, null);
    }
    String what =
        request == Request.CREATION
            ? "Job creation at " + endpoint + " failed with HTTP " + status + detail
            : "Polling job " + sessionId + " answered HTTP " + status + detail;
    return service(what + ": " + said, null, said, sessionId, status, null);
  }

  /** An answer (HTTP 200) without a status and with a non-empty {@code code}. */
  AmiVoiceException serviceCode(Request request, String code, String message, String sessionId) {
    String where = request == Request.CREATION ? "" : " when polling job " + sessionId;
    if (code.equals("-")) {
      return authentication(
          "The service refused the APPKEY" + where + " (code '-'): " + message, code, message, sessionId);
    }
    if (request == Request.CREATION) {
      return rejected("The service refused the job (code '" + code + "'): " + message, code, message, null);
    }
    return service(
        "Polling job " + sessionId + " failed (code '" + code + "'): " + message,
        code, message, sessionId, 200, null);
  }

  /** A job that ended in status {@code error}. */
  AmiVoiceException jobError(String sessionId, JobInfo info) {
    String code = info.aminethCode();
    String message = info.aminethMessage() != null ? info.aminethMessage() : info.errorMessage();
    if ("o".equals(code)) {
      return rejected(
          "Job " + sessionId + " was rejected (amineth_code 'o'): " + message
              + "; the audio or the request is at fault, so sending it again gives the same answer",
          code, message, sessionId);
    }
    return service(
        "Job " + sessionId + " failed at the service"
            + (code == null ? "" : " (amineth_code '" + code + "')") + ": " + message
            + "; submitting it again later may succeed",
        code, message, sessionId, 200, null);
  }

  /** The service reports other audio for {@code job} than was sent. */
  UploadMismatchException uploadMismatch(Job job, JobInfo info) {
    return new UploadMismatchException(
        appKey.redact(
            "The service reports other audio for job " + job.sessionId() + " than was sent: "
                + "audio_size " + info.audioSize() + " (sent " + job.audioSize() + "), audio_md5 "
                + info.audioMd5() + " (sent " + job.audioMd5() + ")"),
        job.sessionId(), job.audioSize(), job.audioMd5(), info.audioSize(), appKey.redact(info.audioMd5()));
  }

  ServiceException service(
      String message, String code, String said, String sessionId, int httpStatus, Throwable cause) {
    return new ServiceException(
        appKey.redact(message), code, appKey.redact(said), sessionId, httpStatus, appKey.scrub(cause));
  }

  AuthenticationException authentication(String message, String code, String said, String sessionId) {
    return new AuthenticationException(appKey.redact(message), code, appKey.redact(said), sessionId);
  }

  JobRejectedException rejected(String message, String code, String said, String sessionId) {
    return new JobRejectedException(appKey.redact(message), code, appKey.redact(said), sessionId);
  }

  /**
   * A timed-out exchange, with {@code context} saying which request and what follows for the job;
   * the message ends with the timeout's own words and the builder setting that bounds it.
   */
  RequestTimeoutException timeout(
      Request request, String context, Transport.TimedOut timedOut, String sessionId) {
    String setting = setting(timedOut.phase, request);
    return new RequestTimeoutException(
        appKey.redact(context + ": " + timedOut.getMessage() + " (" + setting + ")"),
        timedOut.phase, timedOut.limit, sessionId, null);
  }

  /** A connection that could not be opened within {@code connectTimeout}. */
  RequestTimeoutException connectTimeout(String context, java.time.Duration limit, Throwable cause, String sessionId) {
    return new RequestTimeoutException(
        appKey.redact(context + ": no connection within " + human(limit) + " (connectTimeout)"),
        RequestTimeoutException.Phase.CONNECT, limit, sessionId, appKey.scrub(cause));
  }

  /** The name of the builder setting that bounds {@code phase} of {@code request}. */
  static String setting(RequestTimeoutException.Phase phase, Request request) {
    switch (phase) {
      case CONNECT:
        return "connectTimeout";
      case UPLOAD_STALL:
        return "uploadStallTimeout";
      case RESPONSE:
        return "responseTimeout";
      case BODY_IDLE:
        return "bodyIdleTimeout";
      default:
        return request == Request.CREATION ? "uploadTimeout" : "requestTimeout";
    }
  }

  /**
   * An answer over its limit; {@code said} is the quoted start of it. {@code setting} names the
   * limit, {@code context} says which answer and what follows for the job.
   */
  ResponseTooLargeException tooLarge(String context, String setting, long limit, String said, String sessionId) {
    return new ResponseTooLargeException(
        appKey.redact(context + " is larger than " + setting + " (" + String.format("%,d", limit) + " bytes)"
            + (said == null ? "" : "; it begins: " + said)),
        appKey.redact(said), sessionId, limit);
  }

  /** {@code 1.5 s}, {@code 250 ms}: a duration as a message shows it. */
  static String human(java.time.Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  /**
   * {@code text} in double quotes with control characters, quotes and backslashes escaped, so an
   * odd value from the service shows exactly what it was.
   */
  static String display(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  AwaitTimeoutException awaitTimeout(
      String message, String sessionId, JobStatus last, java.time.Duration waited, Throwable cause) {
    return new AwaitTimeoutException(appKey.redact(message), sessionId, last, waited, appKey.scrub(cause));
  }
}
