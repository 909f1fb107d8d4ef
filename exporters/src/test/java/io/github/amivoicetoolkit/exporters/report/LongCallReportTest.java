package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import io.github.amivoicetoolkit.testkit.ResultJson;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten-hour calls: the report stays light (SVG element bounds) and both writers run in a small heap.
 *
 * <p>Measured on the ten-hour {@link SyntheticResults} call (2 speakers, sentiment, 141,287 tokens, 66 MB
 * of JSON): the transcript read takes 13 MB of heap; writing the HTML report and the Word transcript then
 * peaks at 31–40 MB of heap pools (garbage included) and runs with {@code -Xmx32m}; the report is 1.3 MB
 * with 801 SVG elements, the Word file 0.27 MB.
 */
class LongCallReportTest {
  /** Heap the writers get in the test's JVM: the ten-hour transcript plus headroom. */
  private static final String HEAP = "-Xmx48m";

  @TempDir Path directory;

  @Test
  void tenHourCallWritesBothReportsInA48MegabyteHeapAndStaysLight() throws Exception {
    Path json = directory.resolve("ten-hours.json");
    SyntheticResults.builder().minutes(600).speakers(2).sentiment(true).build().writeTo(json);
    Path html = directory.resolve("ten-hours.html");
    Path docx = directory.resolve("ten-hours.docx");
    Path stdout = directory.resolve("stdout.txt");
    Path stderr = directory.resolve("stderr.txt");

    Process process = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
            "-cp", System.getProperty("java.class.path"), LongReportMain.class.getName(), json.toString(),
            html.toString(), docx.toString()))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("finished within 5 minutes").isTrue();
    assertThat(process.exitValue()).as("exit code; stderr: %s", Files.readString(stderr)).isZero();
    assertThat(Files.readString(stdout)).startsWith("tokens=");
    Document page = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.select("svg, svg *").size()).as("SVG elements").isLessThan(2_000);
    assertThat(page.select("svg.timeline *").size()).isLessThanOrEqualTo(2 * Timeline.RECT_BUDGET + 100);
    int turns = page.select("#transcript p.turn").size();
    assertThat(turns).isGreaterThan(1_000);
    assertThat(countOccurrences(docx, "<w:p><w:pPr><w:spacing w:after=\"120\"/>")).isEqualTo(turns);
  }

  @Test
  void timelineOfManyShortTurnsOfManySpeakersKeepsToItsBudget() throws IOException {
    ResultJson json = Transcripts.result();
    int speakers = 20;
    // ten hours of 400 ms turns, speakers in rotation, a 3 s silence every 97 turns, some overlaps
    int t = 0;
    for (int k = 0; k < 90_000; k++) {
      if (k % 10 == 0) {
        json.utterance();
      }
      int start = k % 97 == 0 ? t + 3_000 : k % 13 == 0 ? t - 1_200 : t;
      json.word("w" + k, start, start + 1_300, "speaker" + k % speakers);
      t = start + 400;
    }
    Transcript transcript = json.read("many-speakers");
    StringWriter out = new StringWriter();
    new HtmlReportWriter(ReportOptions.defaults()).write(transcript, TranscriptStats.of(transcript), out);
    Document page = Jsoup.parse(out.toString());

    assertThat(page.select("svg.timeline g.lane")).hasSize(speakers + 2);
    assertThat(page.select("svg.timeline rect").size()).isLessThanOrEqualTo(Timeline.RECT_BUDGET);
    assertThat(page.select("svg.timeline *").size()).isLessThanOrEqualTo(2 * Timeline.RECT_BUDGET + 100);
    assertThat(page.select("svg, svg *").size()).isLessThan(5_000);
    long drawnTurns = page.select("svg.timeline g.lane:not(.silence):not(.interruption) rect")
        .stream().mapToLong(r -> Long.parseLong(r.attr("data-count"))).sum();
    assertThat(drawnTurns).as("every timed turn is in some rectangle").isEqualTo(90_000);
  }

  private static int countOccurrences(Path docx, String needle) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int count = 0;
      for (int at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + 1)) {
        count++;
      }
      return count;
    }
  }
}
