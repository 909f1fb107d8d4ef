package io.github.amivoicetoolkit.client;

import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import io.github.amivoicetoolkit.testkit.ReceivedJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Run in a JVM of its own with a small heap by {@link LargeUploadTest}: uploads a generated stream
 * and a generated file, each far larger than the heap, through the client to the simulator, and
 * checks that both sides saw every byte. Exits non-zero on any failure.
 */
final class LargeUploadCheck {

  private LargeUploadCheck() {}

  public static void main(String[] args) throws Exception {
    long streamBytes = Long.parseLong(args[0]);
    long fileBytes = Long.parseLong(args[1]);
    Path dir = Path.of(args[2]);
    try (FakeAmiVoiceServer server =
        FakeAmiVoiceServer.builder().appKeys(AmiVoiceClientTest.KEY).tempDirectory(dir).start()) {
      AmiVoiceClient client = AmiVoiceClientTest.client(server.recognitionsUri(ApiVersion.V2)).build();

      PatternStream stream = new PatternStream(streamBytes);
      long start = System.nanoTime();
      Job streamed = client.submit(stream, RecognitionOptions.defaults());
      check(server, client, streamed, streamBytes, stream.md5Hex(), "stream", start);

      Path file = dir.resolve("large.raw");
      PatternStream forFile = new PatternStream(fileBytes);
      try (OutputStream out = Files.newOutputStream(file)) {
        forFile.transferTo(out);
      }
      start = System.nanoTime();
      Job uploaded = client.submit(file, RecognitionOptions.defaults());
      check(server, client, uploaded, fileBytes, forFile.md5Hex(), "file", start);
      Files.delete(file);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("OK max heap %d MiB, peak heap used %d MiB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
  }

  private static void check(
      FakeAmiVoiceServer server, AmiVoiceClient client, Job job, long bytes, String md5, String what, long start)
      throws Exception {
    long millis = (System.nanoTime() - start) / 1_000_000;
    ReceivedJob received =
        server.jobs().stream().filter(j -> j.sessionId().equals(job.sessionId())).findFirst().orElseThrow();
    if (job.audioSize() != bytes || received.audioSize() != bytes
        || !md5.equals(job.audioMd5()) || !md5.equals(received.audioMd5())) {
      throw new AssertionError(what + ": sent " + job + ", server got " + received + ", expected "
          + bytes + " bytes with MD5 " + md5);
    }
    client.await(job); // checks audio_size and audio_md5 once more, as the service reports them
    System.out.printf("%s: %d MiB in %d ms%n", what, bytes >> 20, millis);
  }

  /** {@code length} bytes of a repeating pattern, made on the fly, with their MD5. */
  static final class PatternStream extends InputStream {
    private static final byte[] PATTERN = new byte[8191]; // prime length: never aligned with buffers
    static {
      for (int i = 0; i < PATTERN.length; i++) {
        PATTERN[i] = (byte) (i * 31 + 7);
      }
    }

    private final long length;
    private final MessageDigest md5;
    private long position;

    PatternStream(long length) throws Exception {
      this.length = length;
      this.md5 = MessageDigest.getInstance("MD5");
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= length) {
        return -1;
      }
      int offset = (int) (position % PATTERN.length);
      int n = (int) Math.min(Math.min(len, length - position), PATTERN.length - offset);
      System.arraycopy(PATTERN, offset, b, off, n);
      md5.update(b, off, n);
      position += n;
      return n;
    }

    String md5Hex() {
      return HexFormat.of().formatHex(md5.digest());
    }
  }
}
