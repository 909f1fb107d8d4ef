package io.github.amivoicetoolkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.ReadOptions;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.core.Utterances;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Through the public API, on the generator's documents of every kind (1–5 speakers, labels missing,
 * sentiment or not, {@code compatibleWithSync} or segments, compact or pretty, English or Japanese):
 * a reader that reads every plain document by two threads gives what a reader by one thread gives,
 * column by column and id by id, from bytes and from a file.
 */
class TwoThreadReadTest {
  private static final TranscriptReader ONE = new TranscriptReader(
      ReadOptions.builder().parallelThresholdBytes(-1).build());
  private static final TranscriptReader TWO = new TranscriptReader(
      ReadOptions.builder().parallelThresholdBytes(0).build());

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24})
  void generatedResultsReadByTwoThreadsAsByOne(long seed, @TempDir Path dir) throws IOException {
    SyntheticResults result = SyntheticResults.builder()
        .seed(seed)
        .minutes(3 + seed % 7 * 4)
        .speakers(1 + (int) (seed % 5))
        .language(seed % 4 == 3 ? SyntheticResults.Language.ENGLISH : SyntheticResults.Language.JAPANESE)
        .missingLabelRate(seed % 3 == 0 ? 0.3 : 0.02)
        .sentiment(seed % 2 == 0)
        .compatibleWithSync(seed % 3 == 1)
        .fillers(seed % 5 == 0)
        .pretty(seed % 4 == 0)
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result.writeTo(out);
    byte[] json = out.toByteArray();
    Path file = dir.resolve("call.json");
    Files.write(file, json);

    String one = dump(ONE.read(json, "call.json"));
    assertThat(dump(TWO.read(json, "call.json"))).isEqualTo(one);
    assertThat(dump(TWO.read(file)).replace(file.toString(), "call.json")).isEqualTo(one);
  }

  private static String dump(Transcript t) {
    StringBuilder out = new StringBuilder();
    out.append(t).append('|').append(t.job()).append('|').append(t.text()).append('|').append(t.speakers()).append('\n');
    Tokens tokens = t.tokens();
    for (int id = 0; id < tokens.dictionarySize(); id++) {
      out.append(tokens.dictionaryString(id)).append('\u0001');
    }
    out.append('\n');
    for (int i = 0; i < tokens.size(); i++) {
      out.append(tokens.writtenId(i)).append(' ').append(tokens.spokenId(i)).append(' ').append(tokens.startMs(i))
          .append(' ').append(tokens.endMs(i)).append(' ').append(tokens.confidenceId(i)).append(' ')
          .append(tokens.labelId(i)).append(' ').append(tokens.speakerId(i)).append(' ').append(tokens.kind(i))
          .append(' ').append(tokens.utterance(i)).append('\n');
    }
    for (int id = 0; id < tokens.confidenceDistinct(); id++) {
      out.append(tokens.confidenceValue(id)).append(' ');
    }
    Utterances utterances = t.utterances();
    for (int u = 0; u < utterances.size(); u++) {
      out.append(utterances.startMs(u)).append(' ').append(utterances.endMs(u)).append(' ')
          .append(utterances.confidence(u)).append(' ').append(utterances.firstToken(u)).append(' ')
          .append(utterances.text(u)).append('\n');
    }
    Sentiment sentiment = t.sentiment();
    out.append(sentiment.parameters()).append('\n');
    for (int s = 0; s < sentiment.size(); s++) {
      out.append(sentiment.startMs(s)).append('-').append(sentiment.endMs(s));
      for (int p = 0; p < sentiment.parameters().size(); p++) {
        out.append(' ').append(sentiment.value(s, p));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
