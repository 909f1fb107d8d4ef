package io.github.amivoicetoolkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.StatsJson;
import io.github.amivoicetoolkit.analytics.StatsText;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReadException;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.exporters.report.DocxTranscriptWriter;
import io.github.amivoicetoolkit.exporters.report.HtmlReportWriter;
import io.github.amivoicetoolkit.exporters.report.ReportOptions;
import io.github.amivoicetoolkit.exporters.subtitle.AssWriter;
import io.github.amivoicetoolkit.exporters.subtitle.SrtWriter;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleProfile;
import io.github.amivoicetoolkit.exporters.subtitle.TextTranscriptWriter;
import io.github.amivoicetoolkit.exporters.subtitle.WebVttWriter;
import io.github.amivoicetoolkit.exporters.table.CsvDialect;
import io.github.amivoicetoolkit.exporters.table.CsvExporter;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.ExportTable;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the whole read → analyse → export path, in memory: every input is read
 * with the default {@link TranscriptReader}; a transcript the reader accepted goes through the analytics
 * (statistics, JSON, terminal text) and every exporter (CSV in both dialects, every table; XLSX; SRT,
 * WebVTT and text with two option sets).
 *
 * <p>A finding is any throwable other than a {@link TranscriptReadException} from the reader, any
 * throwable at all from analytics or an exporter, or a subtitle file that breaks its format: a cue whose
 * end is before its start or negative, or a text line holding the {@code -->} that only timing lines may
 * hold.
 *
 * <p>Every bug it or issue 18 found (UTF-32 errors in core, cue times near 2^31 ms and {@code -->} in voice
 * names in the subtitle writers, sentiment parameter names that differ only in case in the analytics'
 * tables) is fixed; its reproducer stays in the corpus.
 *
 * <p>{@code ./mvnw verify} runs it in regression mode over the minimised inputs committed under
 * {@code src/test/resources/io/github/amivoicetoolkit/fuzz/PipelineFuzzTestInputs/readAnalyseExport/},
 * which hold a reproducer of each bug the fuzzer or issue 18 found. A fuzzing run (see
 * {@code benchmarks/README.md}, "Fuzzing"):
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -pl cli -am test -Dtest=PipelineFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djazzer.max_duration=30m
 * </pre>
 */
class PipelineFuzzTest {
  private static final TranscriptReader READER = new TranscriptReader();
  private static final AnalyticsOptions ANALYTICS = AnalyticsOptions.defaults();
  private static final List<CsvExporter> CSV = List.of(
      new CsvExporter(CsvOptions.builder().dialect(CsvDialect.SPREADSHEET).build()),
      new CsvExporter(CsvOptions.builder().dialect(CsvDialect.RFC4180).build()));
  private static final XlsxExporter XLSX = new XlsxExporter(XlsxOptions.defaults());
  private static final ReportOptions REPORT = ReportOptions.defaults();
  private static final List<SubtitleOptions> SUBTITLES = List.of(
      SubtitleOptions.defaults(),
      SubtitleOptions.builder().profile(SubtitleProfile.named("en")).wordTiming(true).includeFillers(true)
          .maxLines(1).build());

  @FuzzTest(maxDuration = "5m")
  void readAnalyseExport(byte[] json) throws IOException {
    Transcript transcript;
    try {
      transcript = READER.read(new ByteArrayInputStream(json), "fuzz.json");
    } catch (TranscriptReadException expected) {
      return;
    }
    analyseAndExport(transcript);
  }

  private static void analyseAndExport(Transcript transcript) throws IOException {
    TranscriptStats stats = TranscriptStats.of(transcript, ANALYTICS);
    StatsJson.toJson("fuzz.json", stats);
    StatsText.render("fuzz.json", stats);
    stats.speakersTable();
    stats.totalTable();
    stats.sentimentTable();

    ExportInput input = ExportInput.builder(transcript).stats(stats).build();
    for (CsvExporter csv : CSV) {
      for (ExportTable table : ExportTable.values()) {
        if (input.has(table)) {
          csv.write(input, table, new StringWriter());
        }
      }
    }
    XLSX.write(input, new ByteArrayOutputStream());
    for (SubtitleOptions options : SUBTITLES) {
      StringWriter srt = new StringWriter();
      new SrtWriter(options).write(transcript, srt);
      checkCues("SRT", srt.toString(), transcript);
      StringWriter vtt = new StringWriter();
      new WebVttWriter(options).write(transcript, vtt);
      checkCues("WebVTT", vtt.toString(), transcript);
      new AssWriter(options).write(transcript, new StringWriter());
      new TextTranscriptWriter(options).write(transcript, new StringWriter());
    }
    new HtmlReportWriter(REPORT).write(transcript, stats, new StringWriter());
    new DocxTranscriptWriter(REPORT).write(transcript, stats, new ByteArrayOutputStream());
  }

  private static final Pattern TIMING = Pattern.compile(
      "(-?)(\\d+):(\\d{2}):(\\d{2})[.,](\\d{3}) --> (-?)(\\d+):(\\d{2}):(\\d{2})[.,](\\d{3})( .*)?");

  /** Every cue runs forwards from a time not before zero; no other line holds {@code -->}. */
  private static void checkCues(String format, String subtitles, Transcript transcript) {
    for (String line : subtitles.split("\r?\n", -1)) {
      Matcher timing = TIMING.matcher(line);
      if (timing.matches()) {
        long start = millis(timing, 2);
        long end = millis(timing, 7);
        if (!timing.group(1).isEmpty() || !timing.group(6).isEmpty() || end < start) {
          throw new AssertionError(format + " cue runs backwards or from a negative time: " + line);
        }
      } else if (line.contains("-->")) {
        throw new AssertionError(format + " text line holds -->, which ends a cue's text: " + line);
      }
    }
  }

  private static long millis(Matcher timing, int group) {
    return ((Long.parseLong(timing.group(group)) * 60 + Long.parseLong(timing.group(group + 1))) * 60
        + Long.parseLong(timing.group(group + 2))) * 1000 + Long.parseLong(timing.group(group + 3));
  }
}
