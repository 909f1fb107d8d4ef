package io.github.amivoicetoolkit.client;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The body of a job creation: parts {@code u}, {@code d} and, last, {@code a}. The audio is read
 * from its source while the request is sent, never held in memory, and its size and MD5 are worked
 * out on the way. Each call of {@link #publisher()} is one attempt; {@link #lastAttempt()} tells
 * how far it got.
 */
final class MultipartUpload {

  private final String boundary = "amivoice-toolkit-" + UUID.randomUUID();
  private final byte[] head;
  private final byte[] tail;
  private final Path file;
  private final InputStream stream;
  private volatile AudioTracker lastAttempt;
  private volatile Progress progress;

  private MultipartUpload(AppKey key, String d, String filename, Path file, InputStream stream) {
    String h =
        "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"u\"\r\n\r\n"
            + key.value() + "\r\n"
            + "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"d\"\r\n\r\n"
            + d + "\r\n"
            + "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"a\"; filename=\"" + filename + "\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n";
    this.head = h.getBytes(StandardCharsets.UTF_8);
    this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    this.file = file;
    this.stream = stream;
  }

  static MultipartUpload ofFile(AppKey key, String d, Path file) {
    return new MultipartUpload(key, d, safeFilename(file), file, null);
  }

  static MultipartUpload ofStream(AppKey key, String d, InputStream stream) {
    return new MultipartUpload(key, d, "audio", null, stream);
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * A publisher for one attempt. With a file the length is known and sent as
   * {@code Content-Length}; a stream of unknown length is sent chunked.
   */
  HttpRequest.BodyPublisher publisher() throws IOException {
    progress = new Progress(System.nanoTime());
    if (file == null) {
      return HttpRequest.BodyPublishers.ofInputStream(body(() -> stream));
    }
    long length = head.length + Files.size(file) + tail.length;
    Supplier<InputStream> opener =
        () -> {
          try {
            return Files.newInputStream(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    return HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofInputStream(body(opener)), length);
  }

  private Supplier<InputStream> body(Supplier<InputStream> audio) {
    return () -> {
      AudioTracker tracker = new AudioTracker(audio.get());
      lastAttempt = tracker;
      return new ProgressStream(
          new SequenceInputStream(
              Collections.enumeration(
                  List.of(new ByteArrayInputStream(head), tracker, new ByteArrayInputStream(tail)))),
          progress);
    };
  }

  /** How far the body of the current attempt (the last {@link #publisher()}) has been taken. */
  Progress progress() {
    return progress;
  }

  /**
   * When the HTTP client last took a byte of the body, and whether it took all of it: what tells a
   * stalled upload from a slow one, and when the wait for the answer begins.
   */
  static final class Progress {
    private volatile long lastReadNanos;
    private volatile long sentNanos;
    private volatile boolean sent;

    Progress(long startNanos) {
      this.lastReadNanos = startNanos;
    }

    /** A request without a body: sent as soon as it starts. */
    static Progress sentAt(long startNanos) {
      Progress p = new Progress(startNanos);
      p.finished(startNanos);
      return p;
    }

    long lastReadNanos() {
      return lastReadNanos;
    }

    boolean sent() {
      return sent;
    }

    /** When the last byte was taken; meaningful once {@link #sent()}. */
    long sentNanos() {
      return sentNanos;
    }

    void read(long now) {
      lastReadNanos = now;
    }

    void finished(long now) {
      lastReadNanos = now;
      sentNanos = now;
      sent = true;
    }
  }

  /** Reports every read of the body to a {@link Progress}. */
  private static final class ProgressStream extends FilterInputStream {
    private final Progress progress;

    ProgressStream(InputStream in, Progress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? -1 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return count(super.read(b, off, len));
    }

    private int count(int n) {
      long now = System.nanoTime();
      if (n < 0) {
        progress.finished(now);
      } else {
        progress.read(now);
      }
      return n;
    }
  }

  /** What the last attempt read of the audio; null before the first. */
  AudioTracker lastAttempt() {
    return lastAttempt;
  }

  /**
   * Whether another attempt can send the same audio: always from a file, from a stream only if no
   * byte of it was read yet.
   */
  boolean canResend() {
    AudioTracker last = lastAttempt;
    return file != null || last == null || last.size() == 0;
  }

  private static String safeFilename(Path file) {
    Path name = file.getFileName();
    String s = name == null ? "" : name.toString();
    boolean safe =
        !s.isEmpty() && s.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
    return safe ? s : "audio";
  }

  /** Counts and digests the audio as the HTTP client reads it, and notices its end. */
  static final class AudioTracker extends FilterInputStream {
    private final MessageDigest md5;
    private long size;
    private volatile boolean complete;

    AudioTracker(InputStream in) {
      super(in);
      try {
        md5 = MessageDigest.getInstance("MD5");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has MD5", e);
      }
    }

    @Override
    public synchronized int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        complete = true;
      } else {
        md5.update((byte) b);
        size++;
      }
      return b;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) {
        complete = true;
      } else {
        md5.update(b, off, n);
        size += n;
      }
      return n;
    }

    @Override
    public long skip(long n) {
      return 0; // every byte must pass through the digest
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    synchronized long size() {
      return size;
    }

    /** Whether the whole audio was read, so the service may have received all of it. */
    boolean complete() {
      return complete;
    }

    /** The MD5 of the audio read, in lower-case hex; call once, after {@link #complete()}. */
    synchronized String md5Hex() {
      return HexFormat.of().formatHex(md5.digest());
    }
  }
}
