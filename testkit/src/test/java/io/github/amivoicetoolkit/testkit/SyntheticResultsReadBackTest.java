package io.github.amivoicetoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.ResultShape;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core reader against the generator's ground truth, and on files far larger than the heap. */
class SyntheticResultsReadBackTest {
  private final TranscriptReader reader = new TranscriptReader();

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234})
  void readerAgreesWithTheGeneratorsSummary(long seed) throws IOException {
    for (SyntheticResults generator : List.of(
        SyntheticResults.builder().seed(seed).minutes(20).speakers(3).fillers(true).sentiment(true).build(),
        SyntheticResults.builder().seed(seed).minutes(20).language(SyntheticResults.Language.ENGLISH)
            .compatibleWithSync(true).pretty(false).build(),
        SyntheticResults.builder().seed(seed).minutes(5).diarization(false).build())) {
      Transcript t = reader.read(bytes(generator), "synthetic.json");
      SyntheticResults.Summary truth = generator.summary();

      assertThat(t.shape()).isEqualTo(generator.compatibleWithSync() ? ResultShape.ASYNC_RESULTS
          : ResultShape.ASYNC_SEGMENTS);
      assertThat((long) t.tokens().size()).isEqualTo(truth.tokens());
      assertThat((long) t.utterances().size()).isEqualTo(truth.utterances());
      assertThat((long) t.sentiment().size()).isEqualTo(truth.sentimentSegments());
      assertThat(count(t.tokens(), TokenKind.FILLER)).isEqualTo(truth.fillerTokens());
      assertThat(count(t.tokens(), TokenKind.PUNCTUATION)).isEqualTo(truth.punctuationTokens());
      long billable = 0;
      for (int u = 0; u < t.utterances().size(); u++) {
        billable += t.utterances().durationMs(u);
      }
      assertThat(billable).isEqualTo(truth.billableMs());
      long unlabelled = 0;
      for (int i = 0; i < t.tokens().size(); i++) {
        unlabelled += t.tokens().labelId(i) < 0 ? 1 : 0;
      }
      assertThat(unlabelled).isEqualTo(truth.unlabelledTokens());
      assertThat(t.speakers()).hasSize(generator.diarization() ? truth.speakers() : 1);
    }
  }

  @Test
  void readsAFileOfHundredsOfMegabytesWithASmallHeap(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("forty-hours.json");
    SyntheticResults generator = SyntheticResults.builder().seed(7).minutes(40 * 60).speakers(4).sentiment(true)
        .build();
    generator.writeTo(big);
    assertThat(Files.size(big)).isGreaterThan(250L << 20);

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
        "-cp", System.getProperty("java.class.path"), ReadAndCount.class.getName(), big.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.trim()).isEqualTo("tokens=" + generator.summary().tokens());
  }

  /** Runs in the small-heap child JVM. */
  static final class ReadAndCount {
    public static void main(String[] args) throws IOException {
      Transcript t = new TranscriptReader().read(Path.of(args[0]));
      System.out.println("tokens=" + t.tokens().size());
    }
  }

  private static long count(Tokens tokens, TokenKind kind) {
    long n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      n += tokens.kind(i) == kind ? 1 : 0;
    }
    return n;
  }

  private static byte[] bytes(SyntheticResults generator) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    generator.writeTo(out);
    return out.toByteArray();
  }
}
