package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.SpeakerStats;
import io.github.amivoicetoolkit.analytics.TotalStats;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.core.JobInfo;
import io.github.amivoicetoolkit.core.TokenKind;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import io.github.amivoicetoolkit.core.internal.Clock;
import io.github.amivoicetoolkit.core.internal.TextJoin;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a Word transcript (DOCX): a title and the job's facts, a summary table (one row per speaker and a
 * total), then the transcript by turns — {@code [hh:mm:ss]}, the speaker's name in bold in the speaker's
 * {@link SpeakerPalette colour}, the turn's text with words under the low-confidence threshold
 * highlighted. Fillers are left out unless {@link ReportOptions#includeFillers()} (then shown greyed,
 * without their percent signs), as in the subtitles and the text transcript.
 *
 * <p><b>Memory.</b> POI's XWPF keeps a whole document as XML objects, which grow with every run and
 * paragraph. So XWPF makes only the small part of the document (title, facts, table, styles and a
 * placeholder paragraph), and the transcript's paragraphs are streamed as WordprocessingML in place of
 * the placeholder while the package is copied to the output: beyond the transcript itself, memory holds
 * one turn's paragraph. A ten-hour call (141,287 tokens) is written, with its HTML report, in a 32 MB
 * heap, 13 MB of which is the transcript ({@code LongCallReportTest}).
 *
 * <p>Immutable and thread-safe.
 */
public final class DocxTranscriptWriter {
  private static final String PLACEHOLDER = "amivoice-transcript-placeholder-7f3a";
  private static final String DOCUMENT_PART = "word/document.xml";
  private static final String GREY = "595959";

  private final ReportOptions options;

  public DocxTranscriptWriter(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public ReportOptions options() {
    return options;
  }

  /**
   * Writes the transcript of {@code transcript} to {@code target} atomically, computing its figures with
   * {@link ReportOptions#analytics()}.
   *
   * @return {@code target}
   */
  public Path write(Transcript transcript, Path target) throws IOException {
    return write(transcript, TranscriptStats.of(transcript, options.analytics()), target);
  }

  /** {@link #write(Transcript, Path)} with figures already computed from the same transcript. */
  public Path write(Transcript transcript, TranscriptStats stats, Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    AtomicFile.write(target, out -> write(transcript, stats, out));
    return target;
  }

  /** Writes the document to a stream it does not close. */
  public void write(Transcript transcript, TranscriptStats stats, OutputStream out) throws IOException {
    Objects.requireNonNull(transcript, "transcript");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(out, "out");
    Turns turns = Turns.of(transcript);
    String[] names = HtmlReportWriter.names(transcript.speakers());
    Events events = Events.of(transcript, stats);
    byte[] skeleton = skeleton(transcript, stats, events, names);
    ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's stream stays open
      }
    });
    try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(skeleton))) {
      for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(part.getName()));
        if (part.getName().equals(DOCUMENT_PART)) {
          String document = new String(parts.readAllBytes(), StandardCharsets.UTF_8);
          int marker = document.indexOf(PLACEHOLDER);
          int from = Math.max(document.lastIndexOf("<w:p>", marker), document.lastIndexOf("<w:p ", marker));
          int to = document.indexOf("</w:p>", marker) + "</w:p>".length();
          if (marker < 0 || from < 0) {
            throw new IllegalStateException("POI wrote the placeholder paragraph in an unexpected form");
          }
          Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
          writer.write(document, 0, from);
          paragraphs(transcript, turns, names, writer);
          writer.write(document, to, document.length() - to);
          writer.flush();
        } else {
          parts.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    zip.finish();
    zip.close();
  }

  /** The document without the transcript: title, facts, summary table and the placeholder paragraph. */
  private byte[] skeleton(Transcript transcript, TranscriptStats stats, Events events, String[] names)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      String title = "Transcript: " + HtmlReportWriter.title(transcript);
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator("amivoice-toolkit");
      XWPFRun titleRun = doc.createParagraph().createRun();
      titleRun.setText(xmlSafe(title));
      titleRun.setBold(true);
      titleRun.setFontSize(18);

      JobInfo job = transcript.job();
      long endMs = HtmlReportWriter.endMs(transcript, events);
      fact(doc, "Session", job.sessionId());
      fact(doc, "Status", job.status());
      fact(doc, "Result shape", transcript.shape().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      fact(doc, "Audio length", Html.clock(endMs));
      fact(doc, "Content id", job.contentId());

      heading(doc, "Summary");
      summaryTable(doc, stats, names);
      fact(doc, "Silences", events.silences() + " (" + Html.duration(events.silenceTotalMs()) + " in all)");
      fact(doc, "Interruptions", String.valueOf(events.interruptions()));

      heading(doc, "Transcript");
      if (!options.includeFillers()) {
        note(doc, "Words with a confidence under " + options.lowConfidenceThreshold()
            + " are highlighted. Fillers are left out.");
      } else {
        note(doc, "Words with a confidence under " + options.lowConfidenceThreshold()
            + " are highlighted. Fillers are shown in grey.");
      }
      doc.createParagraph().createRun().setText(PLACEHOLDER);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
      doc.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static void fact(XWPFDocument doc, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingAfter(0);
    XWPFRun label = p.createRun();
    label.setBold(true);
    label.setText(name + ": ");
    p.createRun().setText(xmlSafe(value));
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(240);
    XWPFRun run = p.createRun();
    run.setBold(true);
    run.setFontSize(14);
    run.setText(text);
  }

  private static void note(XWPFDocument doc, String text) {
    XWPFRun run = doc.createParagraph().createRun();
    run.setItalic(true);
    run.setColor(GREY);
    run.setText(text);
  }

  private void summaryTable(XWPFDocument doc, TranscriptStats stats, String[] names) {
    List<SpeakerStats> speakers = stats.speakers();
    String[] header = {"Speaker", "Talk", "Share", "Turns", "Words", "Fillers", "Confidence", "Low-confidence words"};
    XWPFTable table = doc.createTable(speakers.size() + 2, header.length);
    table.setWidth("100%");
    for (int c = 0; c < header.length; c++) {
      cell(table.getRow(0), c, header[c], true, null);
    }
    for (int s = 0; s < speakers.size(); s++) {
      SpeakerStats speaker = speakers.get(s);
      XWPFTableRow row = table.getRow(s + 1);
      cell(row, 0, names[s], true, SpeakerPalette.hex(s));
      cell(row, 1, Html.duration(speaker.talkMs()), false, null);
      cell(row, 2, Html.percent(speaker.share()), false, null);
      cell(row, 3, String.valueOf(speaker.turns()), false, null);
      cell(row, 4, String.valueOf(speaker.words()), false, null);
      cell(row, 5, String.valueOf(speaker.fillers()), false, null);
      cell(row, 6, Html.decimal(speaker.confidence().mean(), 3), false, null);
      cell(row, 7, Html.percent(speaker.confidence().lowShare()), false, null);
    }
    TotalStats total = stats.total();
    XWPFTableRow row = table.getRow(speakers.size() + 1);
    cell(row, 0, "Total", true, null);
    cell(row, 1, Html.duration(total.talkMs()), true, null);
    cell(row, 2, speakers.isEmpty() ? "–" : Html.percent(1.0), true, null);
    cell(row, 3, String.valueOf(total.turns()), true, null);
    cell(row, 4, String.valueOf(total.words()), true, null);
    cell(row, 5, String.valueOf(total.fillers()), true, null);
    cell(row, 6, Html.decimal(total.confidence().mean(), 3), true, null);
    cell(row, 7, Html.percent(total.confidence().lowShare()), true, null);
  }

  private static void cell(XWPFTableRow row, int column, String text, boolean bold, String colour) {
    XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
    p.setSpacingAfter(0);
    if (column > 0) {
      p.setAlignment(ParagraphAlignment.RIGHT);
    }
    XWPFRun run = p.createRun();
    run.setBold(bold);
    if (colour != null) {
      run.setColor(colour);
    }
    run.setText(xmlSafe(text));
  }

  /** Streams one paragraph per turn as WordprocessingML; at most one turn's runs are held at a time. */
  private void paragraphs(Transcript transcript, Turns turns, String[] names, Writer out) throws IOException {
    Tokens tokens = transcript.tokens();
    Utterances utterances = transcript.utterances();
    double threshold = options.lowConfidenceThreshold();
    StringBuilder plain = new StringBuilder(256);
    StringBuilder xml = new StringBuilder(1024);
    for (int t = 0; t < turns.size(); t++) {
      xml.append("<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr>");
      long start = turns.isTimed(t) ? turns.startMs(t) : utterances.startMs(turns.utterance(t));
      StringBuilder time = new StringBuilder(12).append('[');
      if (start == Transcript.NO_TIME) {
        time.append("--:--:--");
      } else {
        Clock.appendSeconds(time, start);
      }
      run(xml, time.append("] ").toString(), "<w:color w:val=\"" + GREY + "\"/>");
      int speaker = turns.speakerId(t);
      run(xml, names[speaker], "<w:b/><w:color w:val=\"" + SpeakerPalette.hex(speaker) + "\"/>");
      plain.append(": ");
      int last = ' ';
      for (int i = turns.tokenFrom(t), to = turns.tokenTo(t); i < to; i++) {
        String written = tokens.written(i);
        TokenKind kind = tokens.kind(i);
        if (written == null || kind == TokenKind.FILLER && !options.includeFillers()) {
          continue;
        }
        String shown = kind == TokenKind.FILLER ? written.substring(1, written.length() - 1) : written;
        if (shown.isEmpty()) {
          continue;
        }
        String space = last != ' ' && TextJoin.spaceBetween(last, shown.codePointAt(0)) ? " " : "";
        last = shown.codePointBefore(shown.length());
        boolean low = kind == TokenKind.WORD && tokens.hasConfidence(i) && tokens.confidence(i) < threshold;
        if (low || kind == TokenKind.FILLER) {
          plain.append(space);
          run(xml, plain.toString(), null);
          plain.setLength(0);
          run(xml, shown, low ? "<w:highlight w:val=\"yellow\"/>" : "<w:i/><w:color w:val=\"" + GREY + "\"/>");
        } else {
          plain.append(space).append(shown);
        }
      }
      run(xml, plain.toString(), null);
      plain.setLength(0);
      xml.append("</w:p>");
      out.write(xml.toString());
      xml.setLength(0);
    }
  }

  private static void run(StringBuilder xml, String text, String properties) {
    if (text.isEmpty()) {
      return;
    }
    xml.append("<w:r>");
    if (properties != null) {
      xml.append("<w:rPr>").append(properties).append("</w:rPr>");
    }
    xml.append("<w:t xml:space=\"preserve\">");
    escape(xml, text);
    xml.append("</w:t></w:r>");
  }

  /** XML text: markup escaped, characters XML 1.0 cannot carry left out. */
  private static void escape(StringBuilder xml, String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '&' -> xml.append("&amp;");
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '\n', '\r', '\t' -> xml.append(' ');
        default -> {
          if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) {
            xml.append(c).append(text.charAt(++k));
          } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
            xml.append(c);
          }
        }
      }
    }
  }

  /** Text POI can put into XML: the characters XML 1.0 cannot carry removed. */
  private static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    escape(out, text);
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
