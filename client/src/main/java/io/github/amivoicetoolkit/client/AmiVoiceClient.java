package io.github.amivoicetoolkit.client;

import io.github.amivoicetoolkit.client.Failures.Request;
import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A client of the AmiVoice async HTTP API: {@link #submit} sends audio and returns the
 * {@link Job}, {@link #status} asks once how it is doing, {@link #await} polls until it finishes and
 * returns its {@link RecognitionResult}. Instances are immutable and thread-safe; any number of
 * jobs can be submitted and awaited concurrently.
 *
 * <p><b>Retries.</b> Polls are retried per the {@link RetryPolicy} on HTTP 408, 429 (after
 * {@code Retry-After}), 5xx, timeouts and broken connections. A job creation is retried only when
 * the service cannot have created the job: when the connection failed or stalled before the whole
 * audio was sent, or when the service answered 408, 429 or 5xx other than 504 (it answers 200 when
 * it creates a job). A connection that fails or times out after the whole audio was sent, or a 504
 * from a gateway, leaves it unknown whether a job exists; sending again could create a duplicate,
 * billed job, so the client reports a {@link ServiceException} or {@link RequestTimeoutException}
 * instead. Audio from a stream is sent again only if no byte of it was read yet.
 *
 * <p><b>Bounds.</b> Every phase of every exchange has a timeout (see {@link Builder}), and every
 * answer a size limit: a job creation answer, a status or an error body is read into memory up to
 * {@code maxAnswerBytes}; a result larger than that goes on into a file, up to
 * {@code maxResultBytes}, and is read from there. A service that answers too slowly, drips, or
 * sends without end ends in a {@link RequestTimeoutException} or {@link ResponseTooLargeException}.
 *
 * <p><b>The APPKEY</b> goes into the {@code u} part and the {@code Authorization} header and
 * nowhere else: not into a log record, an exception message, the message of any cause, or a
 * {@code toString}, even when the service echoes it. It is sent over plain {@code http://} only to
 * a loopback address unless {@link Builder#allowInsecureHttp} says otherwise. (The JDK's own HTTP
 * debug logging, {@code -Djdk.httpclient.HttpClient.log=headers}, prints headers and so the key;
 * leave it off in production.)
 *
 * <p>Defaults (each settable on the {@link Builder}): endpoint
 * {@code https://acp-api-async.amivoice.com/v2/recognitions}, APPKEY from the environment variable
 * {@code AMIVOICE_APPKEY}, the timeouts and limits listed on the {@link Builder},
 * {@link PollingPolicy#defaults()}, {@link RetryPolicy#defaults()}. HTTP/1.1 is used throughout.
 */
public final class AmiVoiceClient {

  /** The production recognitions endpoint of the v2 API, the default. */
  public static final URI PRODUCTION_V2 =
      URI.create("https://acp-api-async.amivoice.com/v2/recognitions");

  /** The production recognitions endpoint of the v1 API, the only one with sentiment analysis. */
  public static final URI PRODUCTION_V1 =
      URI.create("https://acp-api-async.amivoice.com/v1/recognitions");

  private static final System.Logger LOG =
      System.getLogger(AmiVoiceClient.class.getPackageName());
  private static final int MAX_QUOTED_BODY = 200;
  private static final int MAX_QUOTED_ANSWER = 800;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Builder settings;
  private final URI endpoint;
  private final boolean v1;
  private final AppKey appKey;
  private final Failures failures;
  private final Transport transport;
  private final TranscriptReader reader = new TranscriptReader();

  private AmiVoiceClient(Builder b, AppKey appKey) {
    this.settings = b.copy();
    this.settings.appKey = appKey;
    this.endpoint = b.endpoint;
    this.v1 = b.endpoint.getPath().endsWith("/v1/recognitions");
    this.appKey = appKey;
    this.failures = new Failures(endpoint, appKey);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.transport =
        new Transport(http, new Transport.Timeouts(b.uploadStallTimeout, b.responseTimeout, b.bodyIdleTimeout));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder with every setting of this client, the APPKEY included. */
  public Builder toBuilder() {
    return settings.copy();
  }

  /** The recognitions endpoint jobs are sent to, e.g. {@code https://acp-api-async.amivoice.com/v2/recognitions}. */
  public URI endpoint() {
    return endpoint;
  }

  // ---- submit ----------------------------------------------------------------------------------

  /**
   * Sends the audio in {@code file} with {@code options} and returns the job the service created.
   *
   * @throws IllegalArgumentException when the options do not suit the endpoint (sentiment analysis
   *     on v2)
   * @throws AuthenticationException when the service refuses the APPKEY
   * @throws JobRejectedException when the service refuses the job (e.g. unsupported audio)
   * @throws RequestTimeoutException when the upload stalled on every attempt, or the service did
   *     not answer in time after the whole audio was sent (the job may exist)
   * @throws ResponseTooLargeException when the answer is over {@code maxAnswerBytes}
   * @throws ServiceException when the service keeps failing, it is unknown whether it created
   *     the job, or it answered something unusable (a session id that cannot be polled: the
   *     exception's {@link ServiceException#sessionId() sessionId} and message keep what it said)
   */
  public Job submit(Path file, RecognitionOptions options) throws IOException, InterruptedException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new NoSuchFileException(file.toString(), null, "not a readable file");
    }
    return submit(MultipartUpload.ofFile(appKey, dParameter(options), file));
  }

  /**
   * Sends the audio read from {@code audio} (to its end, not closed) with {@code options}. The
   * length need not be known: the body is sent chunked. Same failures as
   * {@link #submit(Path, RecognitionOptions)}; a stream is not sent a second time once read.
   */
  public Job submit(InputStream audio, RecognitionOptions options)
      throws IOException, InterruptedException {
    Objects.requireNonNull(audio, "audio");
    return submit(MultipartUpload.ofStream(appKey, dParameter(options), audio));
  }

  private String dParameter(RecognitionOptions options) {
    Objects.requireNonNull(options, "options");
    if (options.sentimentAnalysis() && !v1) {
      throw new IllegalArgumentException(
          "sentimentAnalysis is offered by the v1 API only, but the endpoint is " + endpoint);
    }
    return options.toDParameter();
  }

  private Job submit(MultipartUpload upload) throws IOException, InterruptedException {
    RandomGenerator random = settings.retry.newRandom();
    int maxAttempts = settings.retry.maxAttempts();
    for (int attempt = 1; ; attempt++) {
      HttpRequest request =
          HttpRequest.newBuilder(endpoint)
              .header("Content-Type", upload.contentType())
              .POST(upload.publisher())
              .build();
      LOG.log(Level.DEBUG, "POST {0} (attempt {1,number,#})", endpoint, attempt);
      Transport.Response response;
      try {
        response = transport.send(
            request, upload.progress(), Transport.Limits.answer(settings.maxAnswerBytes), settings.uploadTimeout);
      } catch (Transport.TooLarge e) {
        throw failures.tooLarge(
            "The job creation answer from " + endpoint + " (the service may have created the job)",
            "maxAnswerBytes", e.limit, quoteTruncated(e.start), null);
      } catch (IOException e) {
        if (mayHaveArrived(e, upload)) {
          String context =
              "The connection to " + endpoint + " failed after the whole audio was sent";
          String consequence =
              "; the service may have created the job, so it is not sent again, which could"
                  + " create a duplicate job";
          if (e instanceof Transport.TimedOut) {
            throw failures.timeout(
                Request.CREATION,
                "Job creation at " + endpoint + " timed out after the whole audio was sent" + consequence,
                (Transport.TimedOut) e, null);
          }
          throw failures.service(context + " (" + e + ")" + consequence, null, null, null, -1, e);
        }
        if (attempt >= maxAttempts || !upload.canResend()) {
          String context =
              "Could not send the job to " + endpoint + " in " + attempt + " attempt(s)"
                  + (upload.canResend() ? "" : " (the audio stream cannot be read twice)");
          if (e instanceof Transport.TimedOut) {
            throw failures.timeout(Request.CREATION, context, (Transport.TimedOut) e, null);
          }
          if (e instanceof HttpConnectTimeoutException) {
            throw failures.connectTimeout(context, settings.connectTimeout, e, null);
          }
          throw failures.service(context + ": " + e, null, null, null, -1, e);
        }
        pause(attempt, null, random, "job creation failed: " + appKey.redact(e.toString()));
        continue;
      }
      try (response) {
        int status = response.status();
        if (status == 200) {
          return created(response.bytes(), upload);
        }
        String said = quote(response.bytes());
        boolean retriable = Failures.transientStatus(status) && status != 504;
        if (!retriable || attempt >= maxAttempts || !upload.canResend()) {
          String why =
              status == 504
                  ? "; a gateway timed out, so the job may exist and is not sent again"
                  : retriable && !upload.canResend() ? "; the audio stream cannot be read twice" : "";
          throw failures.httpStatus(Request.CREATION, status, said, null, " after " + attempt + " attempt(s)" + why);
        }
        Duration retryAfter = retryAfter(response);
        if (tooLong(retryAfter)) {
          throw failures.service(
              "Job creation at " + endpoint + " answered HTTP " + status + " asking to wait "
                  + retryAfter.toSeconds() + " s, longer than RetryPolicy.maxRetryAfter ("
                  + settings.retry.maxRetryAfter().toSeconds()
                  + " s); no job was created: submit again later: " + said,
              null, said, null, status, null);
        }
        pause(attempt, retryAfter, random, "job creation answered HTTP " + status);
      }
    }
  }

  /** Whether the service may have received the whole request, so it may have created the job. */
  private static boolean mayHaveArrived(IOException e, MultipartUpload upload) {
    if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
      return false;
    }
    if (e instanceof Transport.TimedOut) {
      return upload.progress().sent();
    }
    MultipartUpload.AudioTracker sent = upload.lastAttempt();
    return sent != null && sent.complete();
  }

  private Job created(byte[] body, MultipartUpload upload) throws IOException {
    JobInfo info = read(body, "job creation answer from " + endpoint, null).job();
    String code = info.code();
    if (code != null && !code.isEmpty()) {
      throw failures.serviceCode(Request.CREATION, code, info.message(), null);
    }
    String id = info.sessionId();
    if (id == null || id.isEmpty()) {
      throw failures.service(
          "The job creation answer has no usable sessionid and no code: " + quote(body),
          null, quote(body), null, 200, null);
    }
    if (!Job.usableSessionId(id)) {
      String said = quote(body, MAX_QUOTED_ANSWER);
      throw failures.service(
          "The service created a job but answered a session id that cannot be put in a polling URL: "
              + Failures.display(id) + "; keep this answer to ask the service about the job, which may"
              + " run and be billed: " + said,
          null, said, id, 200, null);
    }
    MultipartUpload.AudioTracker sent = upload.lastAttempt();
    Job job = new Job(id, sent.size(), sent.md5Hex());
    LOG.log(Level.DEBUG, "created {0}", job);
    return job;
  }

  // ---- status and await ------------------------------------------------------------------------

  /**
   * Asks the service once how {@code job} is doing (retrying transient failures). A job that ended
   * in {@code error} is reported as such, not thrown.
   *
   * @throws ResultExpiredException when the service no longer knows the job (HTTP 404)
   * @throws UploadMismatchException when the service reports other audio than was sent
   * @throws RequestTimeoutException when every attempt timed out
   * @throws ResponseTooLargeException when the answer is over its limit
   */
  public JobStatus status(Job job) throws IOException, InterruptedException {
    Objects.requireNonNull(job, "job");
    try (Answer answer = poll(job, deadline(), StatusListener.none(), null, null)) {
      return answer.status();
    }
  }

  /** {@link #await(Job, StatusListener)} without a listener. */
  public RecognitionResult await(Job job) throws IOException, InterruptedException {
    return await(job, StatusListener.none());
  }

  /**
   * Polls {@code job} per the {@link PollingPolicy} until it completes, telling {@code listener}
   * each new status, and returns the result after checking the service's {@code audio_size} and
   * {@code audio_md5} against what was sent. A result over {@code maxAnswerBytes} is kept in a
   * temporary file: {@linkplain RecognitionResult#close() close} the result when done with it.
   *
   * <p>The job goes on at the service whatever happens here: on {@link InterruptedException} or
   * {@link AwaitTimeoutException}, keep {@code job.sessionId()} (print it) and await
   * {@link Job#of(String)} later.
   *
   * @throws JobRejectedException when the job ended in {@code error} with {@code amineth_code='o'}
   * @throws ServiceException when it ended in {@code error} with another code, or polls kept failing
   * @throws ResultExpiredException when the service no longer knows the job (HTTP 404)
   * @throws UploadMismatchException when the service reports other audio than was sent
   * @throws AwaitTimeoutException when the job did not finish within the policy's max wait
   * @throws RequestTimeoutException when every attempt of a poll timed out
   * @throws ResponseTooLargeException when a status is over {@code maxAnswerBytes} or the result
   *     over {@code maxResultBytes}
   * @throws AuthenticationException when the service refuses the APPKEY
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public RecognitionResult await(Job job, StatusListener listener)
      throws IOException, InterruptedException {
    return await(job, listener, null);
  }

  /**
   * {@link #await(Job, StatusListener)} that saves the result as received to {@code output}: the
   * body is streamed into a hidden temporary file beside it, read and checked from there, and
   * renamed to {@code output} only when complete and checked, so {@code output} is either left as
   * it was or replaced by the whole result. The returned result reads its body from
   * {@code output}. A null {@code output} is {@link #await(Job, StatusListener)}.
   */
  public RecognitionResult await(Job job, StatusListener listener, Path output)
      throws IOException, InterruptedException {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(listener, "listener");
    Path target = output == null ? null : output.toAbsolutePath();
    if (target != null) {
      Files.createDirectories(target.getParent());
    }
    long deadline = deadline();
    RandomGenerator random = settings.polling.newRandom();
    JobStatus last = null;
    for (int poll = 0; ; poll++) {
      try (Answer answer = poll(job, deadline, listener, last, target)) {
        JobStatus status = answer.status();
        if (last == null || !Objects.equals(last.info().status(), status.info().status())) {
          LOG.log(Level.DEBUG, "job {0} is {1}", job.sessionId(), status.info().status());
          listener.onStatus(status);
        }
        last = status;
        if (status.state() == JobStatus.State.COMPLETED) {
          return answer.result(job.sessionId(), target);
        }
        if (status.state() == JobStatus.State.ERROR) {
          throw failures.jobError(status.sessionId(), status.info());
        }
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw timeout(job, last, null);
      }
      Duration wait = settings.polling.interval(poll, random);
      sleep(Duration.ofNanos(Math.min(wait.toNanos(), remaining)));
    }
  }

  private long deadline() {
    long now = System.nanoTime();
    long max = Transport.saturatedNanos(settings.polling.maxWait());
    return now + max < now ? Long.MAX_VALUE : now + max;
  }

  /** One readable poll answer: the status, the body read, and the body itself. */
  private static final class Answer implements AutoCloseable {
    private final JobStatus status;
    private final Transcript transcript;
    private final Transport.Response body;

    Answer(JobStatus status, Transcript transcript, Transport.Response body) {
      this.status = status;
      this.transcript = transcript;
      this.body = body;
    }

    JobStatus status() {
      return status;
    }

    /** The result, its body moved to {@code output} when one is given. */
    RecognitionResult result(String sessionId, Path output) throws IOException {
      if (output != null) {
        Path file = body.file() != null ? body.takeFile() : writeBeside(output, body.bytes());
        moveInto(file, output);
        return new RecognitionResult(sessionId, transcript, output, false, body.size());
      }
      if (body.file() != null) {
        return new RecognitionResult(sessionId, transcript, body.takeFile(), true, body.size());
      }
      return new RecognitionResult(sessionId, body.bytes(), transcript);
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }

  private static Path writeBeside(Path output, byte[] bytes) throws IOException {
    Path file = partFile(output);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  private static Path partFile(Path output) {
    return output.resolveSibling(
        "." + output.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
  }

  private static void moveInto(Path file, Path output) throws IOException {
    try {
      try {
        Files.move(file, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file, output, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private Transport.Limits pollLimits(Path output) {
    return new Transport.Limits(
        settings.maxAnswerBytes, true, settings.maxResultBytes,
        output == null ? null : output.getParent(),
        output == null ? null : output.getFileName().toString());
  }

  /**
   * One poll, retried per the retry policy; {@code last} is the status before, for a timeout;
   * a large body goes into a file beside {@code output}, or a temporary one.
   */
  private Answer poll(Job job, long deadline, StatusListener listener, JobStatus last, Path output)
      throws IOException, InterruptedException {
    String id = job.sessionId();
    URI uri = URI.create(endpoint + "/" + id);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + appKey.value())
            .GET()
            .build();
    RandomGenerator random = settings.retry.newRandom();
    for (int attempt = 1; ; attempt++) {
      IOException failure;
      IOException timedOut = null;
      Duration retryAfter = null;
      int status = -1;
      try {
        Transport.Response response =
            transport.send(request, null, pollLimits(output), settings.requestTimeout);
        try {
          status = response.status();
          if (!Failures.transientStatus(status)) {
            Answer answer = answer(job, response);
            response = null;
            return answer;
          }
          retryAfter = retryAfter(response);
          String said = quote(response.bytes());
          if (tooLong(retryAfter)) {
            throw failures.service(
                "Polling job " + id + " answered HTTP " + status + " asking to wait "
                    + retryAfter.toSeconds() + " s, longer than RetryPolicy.maxRetryAfter ("
                    + settings.retry.maxRetryAfter().toSeconds()
                    + " s); the job goes on at the service: await it again later: " + said,
                null, said, id, status, null);
          }
          failure = failures.httpStatus(Request.POLL, status, said, id, "");
        } finally {
          if (response != null) {
            response.close();
          }
        }
      } catch (AmiVoiceException e) {
        throw e;
      } catch (Transport.TooLarge e) {
        throw tooLarge(id, e.answerLimit, e.limit, e.start);
      } catch (Transport.TimedOut | HttpConnectTimeoutException e) {
        timedOut = e;
        failure = pollTimeout("Polling job " + id + " timed out", e, id);
      } catch (IOException e) {
        failure = failures.service("Polling job " + id + " failed: " + e, null, null, id, -1, e);
      }
      if (attempt >= settings.retry.maxAttempts()) {
        String context = "Polling job " + id + " failed " + attempt + " time(s); last";
        if (timedOut != null) {
          throw pollTimeout(context, timedOut, id);
        }
        String said = failure instanceof AmiVoiceException ? ((AmiVoiceException) failure).serviceMessage() : null;
        Throwable cause = status < 0 ? failure.getCause() : failure;
        throw failures.service(
            context + ": " + (status < 0 ? String.valueOf(cause) : "HTTP " + status), null, said, id, status, cause);
      }
      Duration wait = retryAfter != null ? retryAfter : settings.retry.backoff(attempt, random);
      if (System.nanoTime() + wait.toNanos() - deadline > 0) {
        throw timeout(job, last, failure);
      }
      listener.onRetry(id, failure, wait);
      LOG.log(
          Level.DEBUG,
          "polling job {0} failed ({1}); retrying in {2,number,#} ms",
          id,
          status < 0 ? failure.getMessage() : "HTTP " + status,
          wait.toMillis());
      sleep(wait);
    }
  }

  private RequestTimeoutException pollTimeout(String context, IOException timedOut, String id) {
    return timedOut instanceof Transport.TimedOut
        ? failures.timeout(Request.POLL, context, (Transport.TimedOut) timedOut, id)
        : failures.connectTimeout(context, settings.connectTimeout, timedOut, id);
  }

  private ResponseTooLargeException tooLarge(String id, boolean answerLimit, long limit, byte[] start) {
    return answerLimit
        ? failures.tooLarge(
            "The answer to polling job " + id + " is not a result, and", "maxAnswerBytes", limit,
            quoteTruncated(start), id)
        : failures.tooLarge(
            "The result of job " + id + " (the job goes on at the service)", "maxResultBytes", limit, null, id);
  }

  /** Reads a poll answer that is not transient: a status, a result, or a final failure. */
  private Answer answer(Job job, Transport.Response response) throws IOException {
    String id = job.sessionId();
    try {
      int httpStatus = response.status();
      if (httpStatus != 200) {
        throw failures.httpStatus(Request.POLL, httpStatus, quote(response.bytes()), id, "");
      }
      Transcript transcript =
          response.bytes() != null
              ? read(response.bytes(), "job " + id, id)
              : read(response.file(), "job " + id, id);
      JobInfo info = transcript.job();
      String code = info.code();
      if (info.status() == null && code != null && !code.isEmpty()) {
        throw failures.serviceCode(Request.POLL, code, info.message(), id);
      }
      checkUpload(job, info);
      JobStatus status = new JobStatus(id, info);
      if (response.file() != null && status.state() != JobStatus.State.COMPLETED) {
        throw tooLarge(id, true, settings.maxAnswerBytes, response.start());
      }
      return new Answer(status, transcript, response);
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
  }

  private Transcript read(byte[] body, String source, String sessionId) throws IOException {
    try {
      return reader.read(body, source);
    } catch (IOException e) {
      throw unreadable(source, sessionId, e);
    }
  }

  private Transcript read(Path body, String source, String sessionId) throws IOException {
    try (InputStream in = Files.newInputStream(body)) {
      return reader.read(in, source);
    } catch (IOException e) {
      throw unreadable(source, sessionId, e);
    }
  }

  private ServiceException unreadable(String source, String sessionId, IOException e) {
    return failures.service(
        "The service answered with a body the client cannot read (" + source + "): " + e.getMessage(),
        null, null, sessionId, 200, e);
  }

  private void checkUpload(Job job, JobInfo info) throws UploadMismatchException {
    if (job.audioMd5() == null || info.audioMd5() == null && info.audioSize() < 0) {
      return;
    }
    boolean sizeDiffers = info.audioSize() >= 0 && info.audioSize() != job.audioSize();
    boolean md5Differs = info.audioMd5() != null && !info.audioMd5().equalsIgnoreCase(job.audioMd5());
    if (sizeDiffers || md5Differs) {
      throw failures.uploadMismatch(job, info);
    }
  }

  private AwaitTimeoutException timeout(Job job, JobStatus last, IOException cause) {
    Duration maxWait = settings.polling.maxWait();
    return failures.awaitTimeout(
        "Job " + job.sessionId() + " did not finish within " + maxWait
            + (last == null ? "" : " (last status: " + last.info().status() + ")")
            + "; it goes on at the service: await it again later",
        job.sessionId(), last, maxWait, cause);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private void pause(int attempt, Duration retryAfter, RandomGenerator random, String why)
      throws InterruptedException {
    Duration wait = retryAfter != null ? retryAfter : settings.retry.backoff(attempt, random);
    LOG.log(Level.DEBUG, "{0}; retrying in {1,number,#} ms", why, wait.toMillis());
    sleep(wait);
  }

  private static void sleep(Duration d) throws InterruptedException {
    long nanos = d.toNanos();
    if (nanos > 0) {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
  }

  private boolean tooLong(Duration retryAfter) {
    return retryAfter != null && retryAfter.compareTo(settings.retry.maxRetryAfter()) > 0;
  }

  /** {@code Retry-After} in seconds; an HTTP date or a bad value is ignored. */
  private static Duration retryAfter(Transport.Response response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .map(String::trim)
        .filter(v -> !v.isEmpty() && v.length() < 10 && v.chars().allMatch(Character::isDigit))
        .map(v -> Duration.ofSeconds(Long.parseLong(v)))
        .orElse(null);
  }

  private String quote(byte[] body) {
    return quote(body, MAX_QUOTED_BODY);
  }

  /**
   * The start of a whole body, for a message, with the APPKEY taken out should the body echo it:
   * redacted first and cut after, so a key the cut goes through does not leave its prefix.
   */
  private String quote(byte[] body, int maxChars) {
    if (body == null || body.length == 0) {
      return "(empty body)";
    }
    return cut(appKey.redact(new String(body, StandardCharsets.UTF_8)), maxChars);
  }

  /** {@link #quote} for the start of a body that went on: what was cut may be part of the key. */
  private String quoteTruncated(byte[] start) {
    if (start == null || start.length == 0) {
      return "(empty body)";
    }
    return cut(appKey.redactTruncated(new String(start, StandardCharsets.UTF_8)), MAX_QUOTED_BODY) + " …";
  }

  private static String cut(String text, int maxChars) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > maxChars ? flat.substring(0, maxChars) + "…" : flat;
  }

  @Override
  public String toString() {
    return "AmiVoiceClient[endpoint=" + endpoint + ", appKey=" + appKey + "]";
  }

  /** Whether {@code host} (as a URI gives it) is a loopback address, decided without a DNS lookup. */
  static boolean loopbackHost(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    String[] octets = h.split("\\.", -1);
    if (octets.length == 4 && h.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')) {
      for (String octet : octets) {
        if (octet.isEmpty() || octet.length() > 3 || Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return octets[0].equals("127");
    }
    if (h.indexOf(':') >= 0) {
      try {
        return InetAddress.getByName(h).isLoopbackAddress(); // an IPv6 literal: never looked up
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Configures an {@link AmiVoiceClient}. Every setter rejects a bad value at once, naming it.
   *
   * <table>
   *   <caption>Timeouts and limits, and their defaults</caption>
   *   <tr><th>setting</th><th>default</th><th>bounds</th></tr>
   *   <tr><td>{@link #connectTimeout}</td><td>10 s</td><td>opening a connection</td></tr>
   *   <tr><td>{@link #uploadStallTimeout}</td><td>60 s</td>
   *       <td>a request body the service takes no byte of</td></tr>
   *   <tr><td>{@link #responseTimeout}</td><td>60 s</td>
   *       <td>from the last request byte sent to the first byte of the answer</td></tr>
   *   <tr><td>{@link #bodyIdleTimeout}</td><td>60 s</td>
   *       <td>a pause between two bytes of an answer</td></tr>
   *   <tr><td>{@link #requestTimeout}</td><td>15 min</td>
   *       <td>one poll from start to end, result download included</td></tr>
   *   <tr><td>{@link #uploadTimeout}</td><td>6 h</td>
   *       <td>one job creation from start to end, upload included</td></tr>
   *   <tr><td>{@link #maxAnswerBytes}</td><td>1 MiB</td>
   *       <td>a job creation answer, a status, an error body (status bodies are a few hundred bytes)</td></tr>
   *   <tr><td>{@link #maxResultBytes}</td><td>2 GiB</td>
   *       <td>a result, kept in a file (a 100-hour result is well under 1 GiB)</td></tr>
   * </table>
   *
   * <p>Other defaults: endpoint {@link #PRODUCTION_V2}, APPKEY from {@code AMIVOICE_APPKEY},
   * {@link PollingPolicy#defaults()}, {@link RetryPolicy#defaults()}, plain {@code http://} refused
   * for any host but a loopback address.
   */
  public static final class Builder {
    private URI endpoint = PRODUCTION_V2;
    private AppKey appKey;
    private boolean allowInsecureHttp;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration uploadStallTimeout = Duration.ofSeconds(60);
    private Duration responseTimeout = Duration.ofSeconds(60);
    private Duration bodyIdleTimeout = Duration.ofSeconds(60);
    private Duration requestTimeout = Duration.ofMinutes(15);
    private Duration uploadTimeout = Duration.ofHours(6);
    private long maxAnswerBytes = 1L << 20;
    private long maxResultBytes = 2L << 30;
    private PollingPolicy polling = PollingPolicy.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private Function<String, String> environment = System::getenv;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.endpoint = endpoint;
      b.appKey = appKey;
      b.allowInsecureHttp = allowInsecureHttp;
      b.connectTimeout = connectTimeout;
      b.uploadStallTimeout = uploadStallTimeout;
      b.responseTimeout = responseTimeout;
      b.bodyIdleTimeout = bodyIdleTimeout;
      b.requestTimeout = requestTimeout;
      b.uploadTimeout = uploadTimeout;
      b.maxAnswerBytes = maxAnswerBytes;
      b.maxResultBytes = maxResultBytes;
      b.polling = polling;
      b.retry = retry;
      b.environment = environment;
      return b;
    }

    /**
     * The recognitions endpoint, as the documentation writes it: {@code
     * https://host/v2/recognitions} (or {@code /v1/recognitions}); a trailing slash is dropped.
     * Plain {@code http://} is accepted for a loopback address (a local simulator) only, unless
     * {@link #allowInsecureHttp} is set; {@link #build()} checks.
     */
    public Builder endpoint(URI endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      String scheme = endpoint.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)
          || endpoint.getHost() == null) {
        throw new IllegalArgumentException("endpoint must be an absolute http(s) URI: " + endpoint);
      }
      if (endpoint.getQuery() != null || endpoint.getFragment() != null) {
        throw new IllegalArgumentException("endpoint must have no query or fragment: " + endpoint);
      }
      if (endpoint.getRawUserInfo() != null) {
        throw new IllegalArgumentException("endpoint must have no user info: " + endpoint.getHost());
      }
      String text = endpoint.toString();
      this.endpoint = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /** The production v1 endpoint, {@link #PRODUCTION_V1}: needed for sentiment analysis. */
    public Builder v1() {
      return endpoint(PRODUCTION_V1);
    }

    /** The APPKEY; without this call it is read from {@code AMIVOICE_APPKEY} when building. */
    public Builder appKey(String appKey) {
      this.appKey = AppKey.of(appKey);
      return this;
    }

    /**
     * Whether a plain {@code http://} endpoint on a host other than a loopback address is
     * accepted, sending the APPKEY and the audio unencrypted; false by default.
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** How long opening a connection may take; default 10 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Backoff.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long the upload may go without the service taking a byte of it; default 60 s. */
    public Builder uploadStallTimeout(Duration uploadStallTimeout) {
      this.uploadStallTimeout = Backoff.positive(uploadStallTimeout, "uploadStallTimeout");
      return this;
    }

    /**
     * How long the answer may take to begin once the whole request was sent; default 60 s. After
     * a job creation's upload the job may exist, so this timeout is not retried there.
     */
    public Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = Backoff.positive(responseTimeout, "responseTimeout");
      return this;
    }

    /** How long an answer may pause between two bytes; default 60 s. */
    public Builder bodyIdleTimeout(Duration bodyIdleTimeout) {
      this.bodyIdleTimeout = Backoff.positive(bodyIdleTimeout, "bodyIdleTimeout");
      return this;
    }

    /** How long one poll may take from start to end, result download included; default 15 min. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Backoff.positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** How long one job creation may take from start to end, upload included; default 6 h. */
    public Builder uploadTimeout(Duration uploadTimeout) {
      this.uploadTimeout = Backoff.positive(uploadTimeout, "uploadTimeout");
      return this;
    }

    /**
     * The largest job creation answer, status or error body read, in bytes, from 1 KiB to
     * 256 MiB; default 1 MiB. Results larger than this are kept in a file.
     */
    public Builder maxAnswerBytes(long maxAnswerBytes) {
      if (maxAnswerBytes < 1024 || maxAnswerBytes > 256L << 20) {
        throw new IllegalArgumentException("maxAnswerBytes outside [1024, 268435456]: " + maxAnswerBytes);
      }
      this.maxAnswerBytes = maxAnswerBytes;
      return this;
    }

    /**
     * The largest result read, in bytes; default 2 GiB, which holds results of 100 hours of audio.
     * {@link #build()} checks it is at least {@link #maxAnswerBytes}.
     */
    public Builder maxResultBytes(long maxResultBytes) {
      if (maxResultBytes < 1024) {
        throw new IllegalArgumentException("maxResultBytes < 1024: " + maxResultBytes);
      }
      this.maxResultBytes = maxResultBytes;
      return this;
    }

    public Builder pollingPolicy(PollingPolicy polling) {
      this.polling = Objects.requireNonNull(polling, "polling");
      return this;
    }

    public Builder retryPolicy(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /** Where {@code AMIVOICE_APPKEY} is looked up; the process environment unless a test says otherwise. */
    Builder environment(Function<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * @throws IllegalStateException when no APPKEY was given and {@code AMIVOICE_APPKEY} is unset
     * @throws IllegalArgumentException when the endpoint is plain {@code http://} to a host other
     *     than a loopback address and {@link #allowInsecureHttp} is not set, or
     *     {@code maxResultBytes < maxAnswerBytes}
     */
    public AmiVoiceClient build() {
      String host = endpoint.getHost();
      if ("http".equalsIgnoreCase(endpoint.getScheme()) && !allowInsecureHttp && !loopbackHost(host)) {
        throw new IllegalArgumentException(
            "plain http:// to " + host + " would send the APPKEY and the audio unencrypted: use https://,"
                + " or allowInsecureHttp(true) if the network is trusted (http:// is accepted for a"
                + " loopback address): " + endpoint);
      }
      if (maxResultBytes < maxAnswerBytes) {
        throw new IllegalArgumentException(
            "maxResultBytes < maxAnswerBytes: " + maxResultBytes + " < " + maxAnswerBytes);
      }
      if (appKey != null) {
        return new AmiVoiceClient(this, appKey);
      }
      String key = environment.apply(AppKey.ENVIRONMENT_VARIABLE);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException(
            "No APPKEY: call appKey(...) or set the environment variable "
                + AppKey.ENVIRONMENT_VARIABLE);
      }
      return new AmiVoiceClient(this, AppKey.of(key));
    }

    @Override
    public String toString() {
      return "AmiVoiceClient.Builder[endpoint=" + endpoint + ", appKey="
          + (appKey == null ? "from " + AppKey.ENVIRONMENT_VARIABLE : appKey) + "]";
    }
  }
}
