package io.github.amivoicetoolkit.benchmarks;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Analytics over a transcript parsed once per trial: the figures alone ({@link TranscriptStats#of}), and
 * the figures plus the three Tablesaw tables the CLI's {@code stats} and the exporters use. Compare
 * with {@link ParseBenchmark#transcriptReader} at the same length: the target is under 10% of a parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AnalyticsBenchmark {
  @Param({"90", "600"})
  public int minutes;

  private Transcript transcript;
  private final AnalyticsOptions options = AnalyticsOptions.defaults();

  @Setup(Level.Trial)
  public void parse() throws IOException {
    transcript = new TranscriptReader().read(BenchmarkData.japaneseResult(minutes), "bench.json");
  }

  @Benchmark
  public TranscriptStats stats() {
    return TranscriptStats.of(transcript, options);
  }

  @Benchmark
  public void statsWithTables(Blackhole blackhole) {
    TranscriptStats stats = TranscriptStats.of(transcript, options);
    blackhole.consume(stats.speakersTable());
    blackhole.consume(stats.totalTable());
    blackhole.consume(stats.sentimentTable());
  }
}
