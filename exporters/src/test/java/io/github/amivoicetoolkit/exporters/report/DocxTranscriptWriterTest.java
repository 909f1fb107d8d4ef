package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocxTranscriptWriterTest {
  @TempDir Path directory;

  private static XWPFDocument write(Transcript transcript, ReportOptions options, String name) throws IOException {
    Path file = new DocxTranscriptWriter(options).write(transcript, ReportSamples.out(ReportSamples.OFFICE_OUT,
        name + ".docx"));
    try (InputStream in = Files.newInputStream(file)) {
      return new XWPFDocument(in);
    }
  }

  private static List<XWPFParagraph> transcriptParagraphs(XWPFDocument doc) {
    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    int heading = 0;
    while (!paragraphs.get(heading).getText().equals("Transcript")) {
      heading++;
    }
    return paragraphs.subList(heading + 2, paragraphs.size()); // after the heading and its note
  }

  @Test
  void titleFactsAndSummaryTableCarryTheWorkedExamplesFigures() throws IOException {
    XWPFDocument doc = write(ReportSamples.workedExample(), ReportOptions.defaults(), "worked-example");

    assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Transcript: example.json");
    assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Transcript: example.json");
    assertThat(doc.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
    assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
        .contains("Session: example", "Status: completed", "Audio length: 00:00:09", "Silences: 1 (3.5 s in all)",
            "Interruptions: 1");
    XWPFTable table = doc.getTables().get(0);
    assertThat(table.getRows()).hasSize(4);
    assertThat(cells(table, 0)).containsExactly("Speaker", "Talk", "Share", "Turns", "Words", "Fillers", "Confidence",
        "Low-confidence words");
    assertThat(cells(table, 1)).containsExactly("speaker0", "3.2 s", "45.7 %", "2", "7", "0", "0.750", "14.3 %");
    assertThat(cells(table, 2)).containsExactly("speaker1", "3.8 s", "54.3 %", "2", "5", "1", "0.810", "0.0 %");
    assertThat(cells(table, 3)).containsExactly("Total", "7.0 s", "100.0 %", "4", "12", "1", "0.775", "8.3 %");
    XWPFRun name = table.getRow(2).getCell(0).getParagraphs().get(0).getRuns().get(0);
    assertThat(name.isBold()).isTrue();
    assertThat(name.getColor()).isEqualTo(SpeakerPalette.hex(1));
  }

  @Test
  void transcriptByTurnsWithTimesBoldColouredNamesAndHighlightedLowConfidenceWords() throws IOException {
    XWPFDocument doc = write(ReportSamples.workedExample(), ReportOptions.defaults(), "worked-example");
    List<XWPFParagraph> turns = transcriptParagraphs(doc);

    assertThat(turns).extracting(XWPFParagraph::getText).containsExactly(
        "[00:00:00] speaker0: Hello, how can I help?",
        "[00:00:01] speaker1: my card is blocked",
        "[00:00:03] speaker0: sorry checking.",
        "[00:00:09] speaker1: thanks.");
    List<XWPFRun> runs = turns.get(0).getRuns();
    assertThat(runs.get(1).text()).isEqualTo("speaker0");
    assertThat(runs.get(1).isBold()).isTrue();
    assertThat(runs.get(1).getColor()).isEqualTo(SpeakerPalette.hex(0));
    assertThat(runs.stream().filter(XWPFRun::isHighlighted).map(XWPFRun::text)).containsExactly("help");
    assertThat(transcriptParagraphs(doc).get(1).getRuns().stream().filter(XWPFRun::isHighlighted)).isEmpty();
  }

  @Test
  void fillersAreKeptGreyOnlyWhenAskedFor() throws IOException {
    XWPFDocument doc = write(ReportSamples.workedExample(), ReportOptions.builder().includeFillers(true).build(),
        "worked-example-fillers");
    XWPFParagraph turn = transcriptParagraphs(doc).get(1);

    assertThat(turn.getText()).isEqualTo("[00:00:01] speaker1: um my card is blocked");
    XWPFRun filler = turn.getRuns().stream().filter(r -> r.text().equals("um")).findFirst().orElseThrow();
    assertThat(filler.isItalic()).isTrue();
    assertThat(filler.isHighlighted()).isFalse();
  }

  @Test
  void awkwardNamesAndMarkupSurviveAsText() throws IOException {
    Transcript transcript = Transcripts.synthetic().get("markup-and-symbols")
        .withSpeakerNames(io.github.amivoicetoolkit.core.SpeakerNames.parse("speaker0=<Dr> & \"Co\""));
    XWPFDocument doc = write(transcript, ReportOptions.defaults(), "markup");

    assertThat(transcriptParagraphs(doc).get(0).getText()).startsWith("[00:00:00] <Dr> & \"Co\": AT&T <b> bold </b>");
  }

  static Stream<Arguments> everyInput() {
    return ReportSamples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyInput")
  void everyInputReadsBackWithOneParagraphPerTurnAndOneTableRowPerSpeaker(String name, Transcript transcript)
      throws IOException {
    XWPFDocument doc = write(transcript, ReportOptions.defaults(), name);

    assertThat(doc.getTables().get(0).getRows()).hasSize(TranscriptStats.of(transcript).speakers().size() + 2);
    assertThat(transcriptParagraphs(doc)).hasSize(Turns.of(transcript).size());
  }

  @Test
  void writesToAPathAtomicallyTheSameAsToAStream() throws IOException {
    Transcript transcript = ReportSamples.workedExample();
    DocxTranscriptWriter writer = new DocxTranscriptWriter(ReportOptions.defaults());
    Path file = writer.write(transcript, directory.resolve("r.docx"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.write(transcript, TranscriptStats.of(transcript), bytes);

    try (XWPFDocument a = new XWPFDocument(Files.newInputStream(file));
        XWPFDocument b = new XWPFDocument(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(a.getParagraphs()).extracting(XWPFParagraph::getText)
          .isEqualTo(b.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void wordTranscriptAndWorkbookOfOneCallNameTheSameSpeakersInTheSameOrder() throws IOException {
    Transcript transcript = ReportSamples.all().get("async-v1-completed-sentiment")
        .withSpeakerNames(io.github.amivoicetoolkit.core.SpeakerNames.parse("speaker0=Agent"));
    TranscriptStats stats = TranscriptStats.of(transcript);
    XWPFDocument doc = write(transcript, ReportOptions.defaults(), "sentiment-renamed");
    Path xlsx = new XlsxExporter(XlsxOptions.defaults()).write(ExportInput.builder(transcript).stats(stats).build(),
        ReportSamples.out(ReportSamples.OFFICE_OUT, "sentiment-renamed.xlsx"));

    List<String> docxSpeakers = doc.getTables().get(0).getRows().stream().skip(1).limit(stats.speakers().size())
        .map(r -> r.getCell(0).getText()).toList();
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      List<String> xlsxSpeakers = new java.util.ArrayList<>();
      workbook.getSheet("Speakers").forEach(row -> {
        if (row.getRowNum() > 0) {
          xlsxSpeakers.add(row.getCell(0).getStringCellValue());
        }
      });
      assertThat(docxSpeakers).containsExactlyElementsOf(xlsxSpeakers).contains("Agent");
    }
  }

  private static List<String> cells(XWPFTable table, int row) {
    return table.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
  }
}
