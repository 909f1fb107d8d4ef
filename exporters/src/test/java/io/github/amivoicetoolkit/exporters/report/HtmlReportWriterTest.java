package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReportWriterTest {
  @TempDir Path directory;

  private static Document write(Transcript transcript, String name) throws IOException {
    Path file = new HtmlReportWriter(ReportOptions.defaults())
        .write(transcript, ReportSamples.out(ReportSamples.HTML_OUT, name + ".html"));
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  @Test
  void headerGivesTheJobFactsAndTheTotalsOfTheWorkedExample() throws IOException {
    Document page = write(ReportSamples.workedExample(), "worked-example");

    assertThat(page.title()).isEqualTo("Call report: example.json");
    assertThat(fact(page, "Session")).isEqualTo("example");
    assertThat(fact(page, "Status")).isEqualTo("completed");
    assertThat(fact(page, "Result shape")).isEqualTo("async segments");
    assertThat(page.select("dl.facts dt:containsOwn(Audio length) + dd").attr("data-ms")).isEqualTo("9700");
    assertThat(total(page, "Talk (all speakers)")).isEqualTo("7000");
    assertThat(total(page, "Speech (anyone talking)")).isEqualTo("5600");
    assertThat(total(page, "Overlap (two or more talking)")).isEqualTo("1400");
    assertThat(total(page, "Billable")).isEqualTo("8200");
    assertThat(total(page, "Words")).isEqualTo("12");
    assertThat(total(page, "Responses (speaker changes)")).isEqualTo("3");
    assertThat(total(page, "Silences")).isEqualTo("1");
    assertThat(page.select("table.totals th:containsOwn(Silences) + td").text()).isEqualTo("1, 3.5 s");
    assertThat(total(page, "Interruptions")).isEqualTo("1");
  }

  @Test
  void speakersTableHasTheFiguresOfTheDocs() throws IOException {
    Document page = write(ReportSamples.workedExample(), "worked-example");

    Elements rows = page.select("table.speakers tbody tr");
    assertThat(rows).hasSize(2);
    // speaker, talk, share, turns, mean turn, words, fillers, conf mean, low share, responses, interrupted others, was interrupted
    assertThat(values(rows.get(0))).containsExactly("3200", "0.45714285714285713", "2", "1650", "7", "0", "0.75",
        "0.14285714285714285", "1", "1", "0");
    assertThat(values(rows.get(1))).containsExactly("3800", "0.5428571428571428", "2", "2000", "5", "1",
        "0.8099999999999999", "0", "2", "0", "1");
    assertThat(rows.get(0).child(0).text()).isEqualTo("speaker0");
    assertThat(rows.get(0).select(".swatch").hasClass("s0")).isTrue();
  }

  @Test
  void timelineDrawsTurnsSilencesAndInterruptionsWithTheirTimes() throws IOException {
    Document page = write(ReportSamples.workedExample(), "worked-example");
    Element timeline = page.selectFirst("svg.timeline");

    assertThat(timeline.attr("role")).isEqualTo("img");
    assertThat(timeline.selectFirst("title").text()).isEqualTo("Speaker timeline");
    assertThat(timeline.selectFirst("desc").text()).contains("speaker0 2 turns", "1 silence", "1 interruption");
    assertThat(spans(timeline.select("g.lane.s0 rect"))).containsExactly("200-1800", "3800-5500");
    assertThat(spans(timeline.select("g.lane.s1 rect"))).containsExactly("1600-5000", "9000-9600");
    assertThat(spans(timeline.select("g.lane.silence rect"))).containsExactly("5500-9000");
    assertThat(spans(timeline.select("g.lane.interruption rect"))).containsExactly("3800-5000");
    assertThat(timeline.select("g.lane.silence rect title").text()).isEqualTo("00:00:05–00:00:09, silence 3.5 s");
    assertThat(timeline.select("g.lane.interruption rect title").text())
        .isEqualTo("speaker0 interrupted speaker1: 00:00:03–00:00:05, interruption 1.2 s");
    assertThat(timeline.select("g.lane.s1 rect title").eachText()).first().asString()
        .isEqualTo("speaker1: 00:00:01–00:00:05, turn 3.4 s");
    assertThat(timeline.select("g.axis text").eachText()).startsWith("00:00:00", "00:00:01").endsWith("00:00:10");
  }

  @Test
  void chartsCountEveryConfidenceAndResponseGapInItsBin() throws IOException {
    Document page = write(ReportSamples.workedExample(), "worked-example");

    // speaker0: .9 .8 .95 .6 .4 .85 .75; speaker1: .9 .7 1.0 .5 .95 (the filler's .3 is not a word)
    assertThat(binCounts(page, "#confidence-table-0")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0,
        1, 1, 1, 1, 1);
    assertThat(binCounts(page, "#confidence-table-1")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1,
        0, 0, 0, 1, 2);
    assertThat(page.select("#confidence-0 rect").stream().mapToInt(r -> Integer.parseInt(r.attr("data-count"))).sum())
        .isEqualTo(7);
    assertThat(page.select("#confidence-0 line.threshold")).hasSize(1);
    assertThat(page.select("#confidence-0 text:containsOwn(low < 0.5)")).hasSize(1);
    // gaps −200, −1200, 3500
    Elements gaps = page.select("table.gaps tbody tr");
    assertThat(gaps).hasSize(Charts.GAP_BINS);
    assertThat(gaps.stream().filter(r -> !r.child(1).text().equals("0")).map(r -> r.child(0).text() + "=" + r.child(1).text()))
        .containsExactly("-1.5 to <-1.0 s=1", "-0.5 to <0.0 s=1", "3.5 to <4.0 s=1");
    assertThat(page.select("#talk-share rect").eachAttr("width")).containsExactly("219.4", "260.6");
  }

  @Test
  void transcriptShowsTurnsWithTimesSpeakersLowConfidenceWordsAndGreyFillers() throws IOException {
    Document page = write(ReportSamples.workedExample(), "worked-example");

    Elements turns = page.select("#transcript p.turn");
    assertThat(turns.eachText()).containsExactly(
        "[00:00:00]speaker0Hello, how can I help?",
        "[00:00:01]speaker1um my card is blocked",
        "[00:00:03]speaker0sorry checking.",
        "[00:00:09]speaker1thanks.");
    assertThat(turns.get(0).select("mark.low").eachText()).containsExactly("help");
    assertThat(turns.get(0).selectFirst("mark.low").attr("title")).isEqualTo("confidence 0.4");
    assertThat(turns.get(1).select("mark.low")).isEmpty(); // 0.5 is not under 0.5
    assertThat(turns.get(1).select("span.filler").eachText()).containsExactly("um");
    assertThat(turns.get(1).select("span.spk").hasClass("s1")).isTrue();
  }

  @Test
  void pageIsSelfContained() throws IOException {
    Document page = write(ReportSamples.workedExample(), "worked-example");

    assertThat(page.select("link, img, iframe, object, embed, script[src]")).isEmpty();
    assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
    assertThat(page.select("style").html()).contains("@media print");
    for (Element svg : page.select("svg")) {
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.selectFirst("title")).as("title of %s", svg.id()).isNotNull();
      assertThat(svg.selectFirst("desc")).as("desc of %s", svg.id()).isNotNull();
    }
  }

  @Test
  void renamedSpeakersAndMarkupInNamesAreShownAsText() throws IOException {
    Transcript renamed = Transcripts.japaneseDialogue().read("ja-dialogue").withSpeakerNames(Transcripts.AWKWARD_NAMES);
    Document page = write(renamed, "awkward-names");

    assertThat(page.select("table.speakers tbody td.name").eachText())
        .containsExactly("山田 & <Co>", "Dr. \"Smith\" --> B");
    assertThat(page.select("#transcript span.spk").eachText()).contains("山田 & <Co>", "Dr. \"Smith\" --> B");
    assertThat(page.select("#transcript").attr("lang")).isEqualTo("ja");
  }

  @Test
  void theUnlabelledSpeakerIsShownAsNoSpeaker() throws IOException {
    Document page = write(Transcripts.synthetic().get("untimed-everything"), "untimed-everything");

    assertThat(page.select("table.speakers tbody td.name").eachText()).containsExactly(SpeakerNames.UNLABELLED);
    assertThat(page.select("svg.timeline")).isEmpty();
    assertThat(page.select("#timeline-section p:containsOwn(Nothing in this result is timed)")).hasSize(1);
  }

  @Test
  void sentimentParametersAreDrawnOverTime() throws IOException {
    Transcript transcript = ReportSamples.all().get("async-v1-completed-sentiment");
    Document page = write(transcript, "sentiment");

    assertThat(page.select("svg[id^=sentiment-]")).hasSize(transcript.sentiment().parameters().size());
    assertThat(page.select("svg[id^=sentiment-] polyline").first().attr("points")).isNotBlank();
  }

  static Stream<Arguments> everyInput() {
    return ReportSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyInput")
  void everyInputGivesAReportWhoseFiguresMatchItsStatistics(String name, Transcript transcript) throws IOException {
    Document page = write(transcript, name);
    TranscriptStats stats = TranscriptStats.of(transcript);

    assertThat(page.select("table.speakers tbody tr")).hasSize(stats.speakers().size());
    assertThat(total(page, "Words")).isEqualTo(String.valueOf(stats.total().words()));
    assertThat(page.select("#transcript p.turn")).hasSize(io.github.amivoicetoolkit.analytics.Turns.of(transcript).size());
    long confidences = page.select("table.confidence td[data-v]").stream()
        .mapToLong(td -> Long.parseLong(td.attr("data-v"))).sum();
    assertThat(confidences).isEqualTo(stats.total().confidence().n());
  }

  @Test
  void writesToAPathAtomicallyTheSameAsToAWriter() throws IOException {
    Transcript transcript = ReportSamples.workedExample();
    HtmlReportWriter writer = new HtmlReportWriter(ReportOptions.defaults());
    Path file = writer.write(transcript, directory.resolve("sub").resolve("r.html"));
    StringWriter text = new StringWriter();
    writer.write(transcript, TranscriptStats.of(transcript), text);

    assertThat(Files.readString(file)).isEqualTo(text.toString());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  private static String fact(Document page, String name) {
    return page.select("dl.facts dt:containsOwn(" + name + ") + dd").text();
  }

  private static String total(Document page, String name) {
    return page.select("table.totals th").stream().filter(th -> th.text().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no total " + name)).nextElementSibling().attr("data-v");
  }

  private static List<String> values(Element row) {
    return row.select("td[data-v]").eachAttr("data-v");
  }

  private static List<String> spans(Elements rects) {
    return rects.stream().map(r -> r.attr("data-start-ms") + "-" + r.attr("data-end-ms")).toList();
  }

  private static List<Integer> binCounts(Document page, String table) {
    return page.select(table + " tbody td[data-v]").stream().map(td -> Integer.parseInt(td.attr("data-v"))).toList();
  }

}
