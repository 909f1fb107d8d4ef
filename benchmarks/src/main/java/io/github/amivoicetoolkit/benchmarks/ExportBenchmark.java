package io.github.amivoicetoolkit.benchmarks;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.exporters.subtitle.SrtWriter;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.WebVttWriter;
import io.github.amivoicetoolkit.exporters.table.CsvExporter;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.ExportTable;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * Every export of a transcript parsed (and analysed) once per trial, written into a {@link CountingSink}
 * so that the disk does not dominate. Each benchmark returns the bytes written and counts the token rows
 * it exported: JMH reports {@code tokenRows} as rows per second beside ops/s.
 *
 * <p>XLSX table sheets are streamed straight into the workbook's zip (no temporary files); POI writes the
 * workbook's skeleton and styles, which is part of what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ExportBenchmark {
  @Param({"90", "600"})
  public int minutes;

  private Transcript transcript;
  private int tokens;
  /** The transcript alone, as {@code convert --to csv} without analytics gives it. */
  private ExportInput plain;
  /** The transcript with the analytics speakers and totals tables: every table can be written. */
  private ExportInput full;

  private final CsvExporter csv = new CsvExporter(CsvOptions.defaults());
  private final XlsxExporter xlsxTokens = new XlsxExporter(XlsxOptions.builder()
      .tables(EnumSet.of(ExportTable.TOKENS)).build());
  private final XlsxExporter xlsxWorkbook = new XlsxExporter(XlsxOptions.defaults());
  private final SrtWriter srt = new SrtWriter(SubtitleOptions.defaults());
  private final WebVttWriter webVtt = new WebVttWriter(SubtitleOptions.defaults());

  /** Token rows exported, reported by JMH per second of measurement. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Rows {
    public long tokenRows;

    @Setup(Level.Iteration)
    public void reset() {
      tokenRows = 0;
    }
  }

  @Setup(Level.Trial)
  public void parse() throws IOException {
    transcript = new TranscriptReader().read(BenchmarkData.japaneseResult(minutes), "bench.json");
    tokens = transcript.tokens().size();
    plain = ExportInput.of(transcript);
    TranscriptStats stats = TranscriptStats.of(transcript);
    full = ExportInput.builder(transcript)
        .speakersTable(stats.speakersTable())
        .summaryTable(stats.totalTable())
        .build();
  }

  /** The tokens table alone: the bulk of any CSV export. */
  @Benchmark
  public long csvTokens(Rows rows) throws IOException {
    CountingSink sink = new CountingSink();
    csv.write(plain, ExportTable.TOKENS, sink);
    rows.tokenRows += tokens;
    return sink.bytes();
  }

  /** Summary, speakers, utterances, tokens and sentiment, as {@code convert --to csv --tables all}. */
  @Benchmark
  public long csvAllTables(Rows rows) throws IOException {
    CountingSink sink = new CountingSink();
    for (ExportTable table : csv.options().tables()) {
      if (full.has(table)) {
        csv.write(full, table, sink);
      }
    }
    rows.tokenRows += tokens;
    return sink.bytes();
  }

  /** A workbook of the Tokens sheet alone. */
  @Benchmark
  public long xlsxTokens(Rows rows) throws IOException {
    CountingSink sink = new CountingSink();
    xlsxTokens.write(plain, sink);
    rows.tokenRows += tokens;
    return sink.bytes();
  }

  /** The default workbook: Summary, Speakers, Utterances, Tokens and Sentiment sheets. */
  @Benchmark
  public long xlsxWorkbook(Rows rows) throws IOException {
    CountingSink sink = new CountingSink();
    xlsxWorkbook.write(full, sink);
    rows.tokenRows += tokens;
    return sink.bytes();
  }

  /** SubRip, encoded to UTF-8 as {@link SrtWriter#write(Transcript, java.nio.file.Path)} does. */
  @Benchmark
  public long srt(Rows rows) throws IOException {
    CountingSink sink = new CountingSink();
    Writer writer = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
    srt.write(transcript, writer);
    writer.flush();
    rows.tokenRows += tokens;
    return sink.bytes();
  }

  /** WebVTT, encoded to UTF-8 as {@link WebVttWriter#write(Transcript, java.nio.file.Path)} does. */
  @Benchmark
  public long webVtt(Rows rows) throws IOException {
    CountingSink sink = new CountingSink();
    Writer writer = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
    webVtt.write(transcript, writer);
    writer.flush();
    rows.tokenRows += tokens;
    return sink.bytes();
  }
}
