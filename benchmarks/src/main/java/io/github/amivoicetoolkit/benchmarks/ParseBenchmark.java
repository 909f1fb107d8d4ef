package io.github.amivoicetoolkit.benchmarks;

import io.github.amivoicetoolkit.core.ReadOptions;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our reader against what a user would otherwise write over the same bytes: a bare jackson-core
 * token loop (the speed limit of any Jackson-based reader), jackson-databind's tree, and
 * jackson-databind binding into plain records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmark {
  @Param({"90", "600"})
  public int minutes;

  private byte[] json;
  // one thread, as before the reader could split a document: the figures stay comparable
  private final TranscriptReader reader =
      new TranscriptReader(ReadOptions.builder().parallelThresholdBytes(-1).build());
  private final TranscriptReader twoThreads =
      new TranscriptReader(ReadOptions.builder().parallelThresholdBytes(0).build());
  private final JsonFactory factory = new JsonFactory();
  private final JsonMapper mapper = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  @Setup
  public void generate() {
    json = BenchmarkData.japaneseResult(minutes);
  }

  @Benchmark
  public Transcript transcriptReader() throws IOException {
    return reader.read(json, "bench.json");
  }

  /** The same document read by two threads (the default from 8 MiB on): the stretch goal of issue #17. */
  @Benchmark
  public Transcript transcriptReaderTwoThreads() throws IOException {
    return twoThreads.read(json, "bench.json");
  }

  /** Every token visited and every scalar's text touched, nothing kept: the floor. */
  @Benchmark
  public void jacksonTokenLoop(Blackhole blackhole) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          blackhole.consume(parser.getStringLength());
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
          blackhole.consume(parser.getIntValue());
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          blackhole.consume(parser.getDoubleValue());
        }
      }
    }
  }

  @Benchmark
  public JsonNode databindTree() {
    return mapper.readTree(json);
  }

  @Benchmark
  public Result databindRecords() {
    return mapper.readValue(json, Result.class);
  }

  /** The plain records a user would bind to. */
  public record Result(String status, String session_id, List<Segment> segments, String text, String code,
      String message, SentimentAnalysis sentiment_analysis) {}

  public record Segment(List<Utterance> results, String text) {}

  public record Utterance(List<Token> tokens, Double confidence, Integer starttime, Integer endtime, String text) {}

  public record Token(String written, String spoken, Integer starttime, Integer endtime, Double confidence,
      String label) {}

  public record SentimentAnalysis(List<java.util.Map<String, Double>> segments) {}
}
