package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class TranscriptReaderStreamTest {
  /** Remembers whether it was closed. */
  private static final class CloseTracking extends FilterInputStream {
    boolean closed;

    CloseTracking(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void readingAStreamLeavesItOpenForItsOwner() throws IOException {
    CloseTracking plain = new CloseTracking(Samples.bytes("sync-ja-filler-kept.json"));
    new TranscriptReader().read(plain, "plain.json");
    assertThat(plain.closed).isFalse();

    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write(Samples.bytes("sync-ja-filler-kept.json"));
    }
    CloseTracking compressed = new CloseTracking(gzipped.toByteArray());
    assertThat(new TranscriptReader().read(compressed, "c.json.gz").tokens().size()).isPositive();
    assertThat(compressed.closed).isFalse();
  }
}
