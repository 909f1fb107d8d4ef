package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input too big for the heap ends in a message that says how to give more, and limits refuse it up front. */
class MemoryIT {
  private static final int TOKENS = 10_000_000;

  @TempDir
  Path work;

  private Path input;

  @BeforeEach
  void tenMillionEmptyTokens() throws IOException {
    input = work.resolve("tokens.json");
    byte[] token = "{\"written\":\"\"},".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input), 1 << 16)) {
      out.write("{\"results\":[{\"tokens\":[".getBytes(StandardCharsets.US_ASCII));
      for (int k = 0; k < TOKENS - 1; k++) {
        out.write(token);
      }
      out.write("{\"written\":\"\"}]}],\"text\":\"\"}".getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Test
  void outOfMemorySaysHowToGiveMoreWithoutAStackTrace() throws Exception {
    int exit = run("-Xmx128m", "stats", input.toString());

    String err = Jar.stderr(work);
    assertThat(exit).as(err).isEqualTo(4);
    assertThat(err).contains("amivoice: out of memory", "JAVA_OPTS=-Xmx1g", "--max-tokens")
        .doesNotContain("Exception", "\tat ", "OutOfMemoryError");
  }

  @Test
  void maxTokensRefusesTheInputUpFront() throws Exception {
    int exit = run("-Xmx128m", "stats", "--max-tokens", "1000", input.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(Jar.stderr(work)).contains(input + ": ", "1000").doesNotContain("\tat ");
  }

  @Test
  void maxBytesRefusesTheInputUpFront() throws Exception {
    int exit = run("-Xmx128m", "convert", "--max-bytes", "1m", "--to", "srt", input.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(Jar.stderr(work)).contains(input + ": ").doesNotContain("\tat ");
    assertThat(work.resolve("tokens.srt")).doesNotExist();
  }

  @Test
  void badLimitsAreUsageErrors() throws Exception {
    assertThat(run("-Xmx64m", "stats", "--max-bytes", "lots", input.toString())).isEqualTo(2);
    assertThat(Jar.stderr(work)).contains("--max-bytes", "lots");
    assertThat(run("-Xmx64m", "stats", "--max-tokens", "-1", input.toString())).isEqualTo(2);
    assertThat(Jar.stderr(work)).contains("maxTokens < 0: -1");
  }

  private int run(String heap, String... args) throws Exception {
    Process amivoice = Jar.start(work, heap, work, args);
    assertThat(amivoice.waitFor(3, TimeUnit.MINUTES)).as("amivoice finished").isTrue();
    return amivoice.exitValue();
  }
}
