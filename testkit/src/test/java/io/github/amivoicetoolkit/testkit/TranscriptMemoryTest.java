package io.github.amivoicetoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/**
 * The core's memory promise on the documents it is made for: a 10-hour, 4-speaker Japanese result
 * with sentiment retains at most 20% of its JSON's bytes. Deterministic (JOL walks the object graph),
 * so it belongs in the unit tests; speed is measured in {@code benchmarks/}.
 */
class TranscriptMemoryTest {
  @Test
  void tenHourTranscriptRetainsAtMostAFifthOfItsCompactJson() throws IOException {
    SyntheticResults tenHours = SyntheticResults.builder()
        .seed(20261121L).minutes(600).speakers(4).sentiment(true).pretty(false).build();
    ByteArrayOutputStream json = new ByteArrayOutputStream(32 << 20);
    tenHours.writeTo(json);
    byte[] bytes = json.toByteArray();

    Transcript transcript = new TranscriptReader().read(bytes, "ten-hours.json");
    long retained = GraphLayout.parseInstance(transcript).totalSize();

    assertThat(transcript.tokens().size()).isEqualTo(tenHours.summary().tokens());
    assertThat(retained)
        .as("retained %,d bytes of %,d JSON bytes (%.1f%%)", retained, bytes.length, 100.0 * retained / bytes.length)
        .isLessThanOrEqualTo(bytes.length / 5);
    System.out.printf("retained %,d of %,d JSON bytes (%.1f%%)%n", retained, bytes.length, 100.0 * retained / bytes.length);
  }
}
