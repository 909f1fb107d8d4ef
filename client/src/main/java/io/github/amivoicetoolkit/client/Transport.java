package io.github.amivoicetoolkit.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One HTTP exchange over the JDK client, with a timeout for every phase and a bound on the answer.
 *
 * <p>The JDK's own request timeout runs only until the response headers arrive, and counts the
 * upload too; nothing bounds a body that drips or never ends. So the exchange is sent
 * asynchronously and the calling thread watches it: it cancels the exchange when the upload makes
 * no progress for {@code uploadStall}, when the answer does not begin within {@code response}
 * after the request was sent, when no body byte arrives for {@code bodyIdle}, or when the whole
 * exchange passes its deadline. The body is kept in memory up to {@link Limits#memory()} bytes;
 * a poll answer may go on into a file, up to {@link Limits#file()} bytes, but only when it can be a
 * result: a body whose top-level {@code status} says it is not completed is a status answer and
 * ends at the memory limit.
 */
final class Transport {

  /** How often the calling thread looks at a running exchange; bounds how late a timeout fires. */
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The timeouts that hold for every exchange; the deadline is given per exchange. */
  record Timeouts(Duration uploadStall, Duration response, Duration bodyIdle) {}

  /**
   * How much of an answer is kept: {@code memory} bytes in memory; more only when {@code spill} is
   * true, the status is 200 and the body can be a result, then up to {@code file} bytes in a file in
   * {@code directory} (the system's temporary directory when null) named after {@code name}.
   */
  record Limits(long memory, boolean spill, long file, Path directory, String name) {
    static Limits answer(long memory) {
      return new Limits(memory, false, memory, null, null);
    }
  }

  /** An exchange ran out of time. */
  static final class TimedOut extends IOException {
    private static final long serialVersionUID = 1L;
    final RequestTimeoutException.Phase phase;
    final Duration limit;

    TimedOut(RequestTimeoutException.Phase phase, Duration limit, String what) {
      super(what);
      this.phase = phase;
      this.limit = limit;
    }
  }

  /** An answer passed its limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;
    /** Whether the memory limit was passed (a status, creation or error answer), not the file limit. */
    final boolean answerLimit;
    /** The first bytes of the body, to quote. */
    final transient byte[] start;

    TooLarge(long limit, boolean answerLimit, byte[] start) {
      super("more than " + limit + " bytes");
      this.limit = limit;
      this.answerLimit = answerLimit;
      this.start = start;
    }
  }

  /**
   * A complete answer: in memory, or in a file that {@link #close()} deletes unless it was
   * {@linkplain #takeFile() taken}.
   */
  static final class Response implements AutoCloseable {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] bytes;
    private final long size;
    private Path file;

    Response(int status, HttpHeaders headers, byte[] bytes, Path file, long size) {
      this.status = status;
      this.headers = headers;
      this.bytes = bytes;
      this.file = file;
      this.size = size;
    }

    int status() {
      return status;
    }

    HttpHeaders headers() {
      return headers;
    }

    /** The body when it is held in memory; null when it is in a file. */
    byte[] bytes() {
      return bytes;
    }

    /** The start of the body, for a message: all of it when in memory. */
    byte[] start() throws IOException {
      if (bytes != null) {
        return bytes;
      }
      try (var in = Files.newInputStream(file)) {
        return in.readNBytes(4096);
      }
    }

    long size() {
      return size;
    }

    /** The file holding the body; null when it is in memory. */
    Path file() {
      return file;
    }

    /** The file, which the caller now owns. */
    Path takeFile() {
      Path taken = file;
      file = null;
      return taken;
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        Files.deleteIfExists(file);
        file = null;
      }
    }
  }

  private final HttpClient http;
  private final Timeouts timeouts;

  Transport(HttpClient http, Timeouts timeouts) {
    this.http = http;
    this.timeouts = timeouts;
  }

  /**
   * Sends {@code request} and returns the whole answer, whatever its status.
   *
   * @param upload the progress of the request body; null for a request without one
   * @throws TimedOut when a phase took too long; the exchange was cancelled
   * @throws TooLarge when the answer passed its limit; the exchange was cancelled
   * @throws InterruptedException when the calling thread was interrupted; the exchange was cancelled
   */
  Response send(HttpRequest request, MultipartUpload.Progress upload, Limits limits, Duration deadline)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Watch watch = new Watch(start, upload == null ? MultipartUpload.Progress.sentAt(start) : upload, deadline);
    CompletableFuture<HttpResponse<Response>> exchange =
        http.sendAsync(request, info -> watch.answer(new BoundedBody(info, limits, watch)));
    try {
      while (true) {
        long now = System.nanoTime();
        TimedOut expired = watch.expired(now);
        if (expired != null) {
          cancel(exchange, watch, expired);
          throw expired;
        }
        try {
          return exchange.get(Math.min(TICK_NANOS, watch.remaining(now)), TimeUnit.NANOSECONDS).body();
        } catch (TimeoutException e) {
          // look again
        }
      }
    } catch (InterruptedException e) {
      cancel(exchange, watch, new InterruptedIOException("interrupted"));
      throw e;
    } catch (ExecutionException | CancellationException e) {
      throw unwrap(e);
    }
  }

  private static void cancel(
      CompletableFuture<HttpResponse<Response>> exchange, Watch watch, IOException why) {
    watch.abort(why);
    exchange.cancel(true);
    // an answer that completed meanwhile is not wanted: drop its file
    exchange.whenComplete((response, failure) -> {
      if (response != null) {
        try {
          response.body().close();
        } catch (IOException ignored) {
          // a temporary file left behind; nothing else to do
        }
      }
    });
  }

  private static IOException unwrap(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimedOut || t instanceof TooLarge || t instanceof AmiVoiceException) {
        return (IOException) t;
      }
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause instanceof IOException ? (IOException) cause : new IOException(cause.toString(), cause);
  }

  /** What the calling thread knows about one exchange, and the timeouts that hold for it. */
  private final class Watch {
    private final long start;
    private final MultipartUpload.Progress upload;
    private final Duration deadline;
    private volatile long answerNanos;
    private volatile long lastByteNanos;
    private volatile BoundedBody body;

    Watch(long start, MultipartUpload.Progress upload, Duration deadline) {
      this.start = start;
      this.upload = upload;
      this.deadline = deadline;
    }

    BoundedBody answer(BoundedBody b) {
      answerNanos = System.nanoTime();
      body = b;
      return b;
    }

    void byteArrived(long now) {
      lastByteNanos = now;
    }

    void abort(IOException why) {
      BoundedBody b = body;
      if (b != null) {
        b.abort(why);
      }
    }

    /** The timeout that ran out by {@code now}, or null. */
    TimedOut expired(long now) {
      if (over(now, start, deadline)) {
        return new TimedOut(RequestTimeoutException.Phase.DEADLINE, deadline, "the exchange took longer than " + Failures.human(deadline));
      }
      if (answerNanos == 0) {
        if (!upload.sent()) {
          return over(now, upload.lastReadNanos(), timeouts.uploadStall())
              ? new TimedOut(RequestTimeoutException.Phase.UPLOAD_STALL, timeouts.uploadStall(),
                  "the service took no byte of the request for " + Failures.human(timeouts.uploadStall()))
              : null;
        }
        return over(now, upload.sentNanos(), timeouts.response())
            ? new TimedOut(RequestTimeoutException.Phase.RESPONSE, timeouts.response(),
                "no answer began within " + Failures.human(timeouts.response()) + " after the request was sent")
            : null;
      }
      BoundedBody b = body;
      if (b != null && !b.done() && over(now, Math.max(answerNanos, lastByteNanos), timeouts.bodyIdle())) {
        return new TimedOut(RequestTimeoutException.Phase.BODY_IDLE, timeouts.bodyIdle(),
            "no byte of the answer arrived for " + Failures.human(timeouts.bodyIdle()));
      }
      return null;
    }

    /** Nanoseconds to the deadline, at least 1. */
    long remaining(long now) {
      return Math.max(1, saturatedNanos(deadline) - (now - start));
    }
  }

  private static boolean over(long now, long since, Duration limit) {
    return now - since > saturatedNanos(limit);
  }

  static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Takes the body within its limits; see {@link Transport}. */
  private static final class BoundedBody implements HttpResponse.BodySubscriber<Response> {
    private final HttpResponse.ResponseInfo info;
    private final Limits limits;
    private final Watch watch;
    private final CompletableFuture<Response> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private byte[] memory = new byte[1024];
    private long size;
    private Path file;
    private FileChannel channel;

    BoundedBody(HttpResponse.ResponseInfo info, Limits limits, Watch watch) {
      this.info = info;
      this.limits = limits;
      this.watch = watch;
    }

    boolean done() {
      return result.isDone();
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (result.isDone()) {
        s.cancel();
      } else {
        s.request(1);
      }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      try {
        for (ByteBuffer buffer : items) {
          take(buffer);
        }
      } catch (IOException e) {
        abort(e);
        return;
      }
      watch.byteArrived(System.nanoTime());
      subscription.request(1);
    }

    @Override
    public synchronized void onError(Throwable t) {
      fail(t);
    }

    @Override
    public synchronized void onComplete() {
      if (result.isDone()) {
        return;
      }
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException e) {
        fail(e);
        return;
      }
      byte[] bytes = file == null ? Arrays.copyOf(memory, (int) size) : null;
      result.complete(new Response(info.statusCode(), info.headers(), bytes, file, size));
    }

    @Override
    public CompletionStage<Response> getBody() {
      return result;
    }

    synchronized void abort(IOException why) {
      if (fail(why) && subscription != null) {
        subscription.cancel();
      }
    }

    /**
     * Fails the body unless it is already done, deleting its temporary file first: the caller wakes up
     * when the result completes and must find no file left (callers hold this object's lock).
     */
    private boolean fail(Throwable why) {
      if (result.isDone()) {
        return false;
      }
      try {
        if (channel != null) {
          channel.close();
        }
        if (file != null) {
          Files.deleteIfExists(file);
        }
      } catch (IOException ignored) {
        // a temporary file left behind; nothing else to do
      }
      return result.completeExceptionally(why);
    }

    private void take(ByteBuffer buffer) throws IOException {
      int n = buffer.remaining();
      long total = size + n;
      if (channel == null) {
        if (total <= limits.memory()) {
          if (total > memory.length) {
            memory = Arrays.copyOf(memory, (int) Math.min(limits.memory(), Math.max(total, 2L * memory.length)));
          }
          buffer.get(memory, (int) size, n);
          size = total;
          return;
        }
        if (!limits.spill() || info.statusCode() != 200 || unfinishedStatus(memory, (int) size)) {
          throw new TooLarge(limits.memory(), true, start(buffer));
        }
        spill();
      }
      if (total > limits.file()) {
        throw new TooLarge(limits.file(), false, null);
      }
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      size = total;
    }

    /** The body up to the memory limit, this buffer's part included, to quote (redacted whole). */
    private byte[] start(ByteBuffer buffer) {
      int more = (int) Math.min(buffer.remaining(), limits.memory() - size);
      byte[] start = Arrays.copyOf(memory, (int) size + more);
      buffer.get(start, (int) size, more);
      return start;
    }

    private void spill() throws IOException {
      if (limits.directory() == null) {
        file = Files.createTempFile("amivoice-result-", ".json");
      } else {
        // not createTempFile: its owner-only permissions would stay with a file renamed into place
        file = limits.directory().resolve(
            "." + limits.name() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        Files.createFile(file);
      }
      file.toFile().deleteOnExit();
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
      channel.write(ByteBuffer.wrap(memory, 0, (int) size));
      memory = null;
    }
  }

  /**
   * Whether {@code body}, the start of a JSON object, has a top-level {@code status} other than
   * {@code completed} (a status answer, which never needs to be large); false when it cannot
   * tell, for example when the status comes later.
   */
  static boolean unfinishedStatus(byte[] body, int length) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("status".equals(name)) {
          return value == JsonToken.VALUE_STRING && !"completed".equalsIgnoreCase(parser.getString());
        }
        parser.skipChildren();
      }
      return false;
    } catch (JacksonException e) {
      return false; // cut off before the status, or not JSON: let the reader judge the whole body
    }
  }
}
