package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.subtitle.AssWriter;
import io.github.amivoicetoolkit.exporters.report.DocxTranscriptWriter;
import io.github.amivoicetoolkit.exporters.report.HtmlReportWriter;
import io.github.amivoicetoolkit.exporters.report.ReportOptions;
import io.github.amivoicetoolkit.exporters.report.XlsxChartSheet;
import io.github.amivoicetoolkit.exporters.subtitle.SrtWriter;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.TextTranscriptWriter;
import io.github.amivoicetoolkit.exporters.subtitle.WebVttWriter;
import io.github.amivoicetoolkit.exporters.table.CsvExporter;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.ExportTable;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Writes one transcript into every chosen format; every file is written atomically by the exporters. */
final class Converter {
  private final Set<OutputFormat> formats;
  private final SpeakerNames speakerNames;
  private final AnalyticsOptions analytics;
  private final CsvOptions csv;
  private final XlsxOptions xlsx;
  private final SubtitleOptions subtitles;

  Converter(Set<OutputFormat> formats, SpeakerNames speakerNames, AnalyticsOptions analytics, CsvOptions csv,
      XlsxOptions xlsx, SubtitleOptions subtitles) {
    this.formats = formats;
    this.speakerNames = speakerNames;
    this.analytics = analytics;
    this.csv = csv;
    this.xlsx = xlsx;
    this.subtitles = subtitles;
    if (formats.contains(OutputFormat.XLSX) || formats.contains(OutputFormat.DOCX)) {
      RunTemporaries.pointPoiHere();  // before anything of POI's runs (batch's summary.xlsx too)
    }
  }

  Set<OutputFormat> formats() {
    return formats;
  }

  AnalyticsOptions analytics() {
    return analytics;
  }

  CsvOptions csvOptions() {
    return csv;
  }

  XlsxOptions xlsxOptions() {
    return xlsx;
  }

  /** {@code transcript} with {@code --speakers} applied (see {@link SpeakerRenaming}); convert that one. */
  Transcript named(Transcript transcript, String inputName, PrintWriter err) {
    return SpeakerRenaming.apply(transcript, speakerNames, inputName, err);
  }

  /**
   * Per format (its extension), a hash of everything that shapes that format's output: the toolkit's
   * version, the speaker names and the {@code fingerprint()} of the options the format is written with. {@code amivoice batch} keeps these in its
   * journal to tell outputs made with other options.
   */
  Map<String, String> fingerprints() {
    String version = String.valueOf(Converter.class.getPackage().getImplementationVersion());
    Map<String, String> fingerprints = new TreeMap<>();
    for (OutputFormat format : formats) {
      String options = switch (format) {
        case CSV -> csv.fingerprint() + " " + analytics.fingerprint();
        case XLSX -> xlsx.fingerprint() + " " + analytics.fingerprint();
        case HTML, DOCX -> reportOptions().fingerprint();
        default -> subtitles.fingerprint();
      } + " speakers=" + speakerNames;
      fingerprints.put(format.extension, sha256(version + " " + format.extension + " " + options));
    }
    return fingerprints;
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The files that show an output of {@code baseName} exists, one per format, for up-to-date checks. */
  List<Path> markerFiles(Path directory, String baseName) {
    List<Path> markers = new ArrayList<>();
    for (OutputFormat format : formats) {
      if (format == OutputFormat.CSV) {
        ExportTable first = csv.tables().contains(ExportTable.TOKENS) ? ExportTable.TOKENS
            : csv.tables().iterator().next();
        markers.add(directory.resolve(CsvExporter.fileName(baseName, first)));
      } else {
        markers.add(directory.resolve(baseName + "." + format.extension));
      }
    }
    return markers;
  }

  /** Every file {@link #convert} may write for {@code baseName} into {@code directory}. */
  List<Path> outputFiles(Path directory, String baseName) {
    List<Path> files = new ArrayList<>();
    for (OutputFormat format : formats) {
      if (format == OutputFormat.CSV) {
        for (ExportTable table : csv.tables()) {
          files.add(directory.resolve(CsvExporter.fileName(baseName, table)));
        }
      } else {
        files.add(directory.resolve(baseName + "." + format.extension));
      }
    }
    return files;
  }

  /** Writes every format into {@code directory}; returns the files written. */
  List<Path> convert(Transcript transcript, Path directory, String baseName) throws IOException {
    // figures are needed by the tables and the reports only: subtitles and text do not depend on them
    boolean figures = formats.contains(OutputFormat.CSV) || formats.contains(OutputFormat.XLSX)
        || formats.contains(OutputFormat.HTML) || formats.contains(OutputFormat.DOCX);
    return convert(transcript, figures ? TranscriptStats.of(transcript, analytics) : null, directory, baseName);
  }

  List<Path> convert(Transcript transcript, TranscriptStats stats, Path directory, String baseName)
      throws IOException {
    List<Path> written = new ArrayList<>();
    ExportInput input = formats.contains(OutputFormat.CSV) || formats.contains(OutputFormat.XLSX)
        ? exportInput(transcript, stats) : null;
    for (OutputFormat format : formats) {
      Path target = directory.resolve(baseName + "." + format.extension);
      switch (format) {
        case CSV -> written.addAll(new CsvExporter(csv).write(input, directory, baseName));
        case XLSX -> {
          new XlsxExporter(xlsx, new XlsxChartSheet(reportOptions())).write(input, target);
          written.add(target);
        }
        case SRT -> {
          new SrtWriter(subtitles).write(transcript, target);
          written.add(target);
        }
        case VTT -> {
          new WebVttWriter(subtitles).write(transcript, target);
          written.add(target);
        }
        case ASS -> {
          new AssWriter(subtitles).write(transcript, target);
          written.add(target);
        }
        case TXT -> {
          new TextTranscriptWriter(subtitles).write(transcript, target);
          written.add(target);
        }
        case HTML -> written.add(new HtmlReportWriter(reportOptions()).write(transcript, stats, target));
        case DOCX -> written.add(new DocxTranscriptWriter(reportOptions()).write(transcript, stats, target));
      }
    }
    return written;
  }

  /** True when the output fits one stream: one format of one file (csv with one table). */
  boolean fitsOneStream() {
    if (formats.size() != 1) {
      return false;
    }
    OutputFormat only = formats.iterator().next();
    return only != OutputFormat.CSV || csv.tables().size() == 1;
  }

  /** Writes the single output to a stream (for {@code -o -}); see {@link #fitsOneStream()}. */
  void convertTo(Transcript transcript, OutputStream out) throws IOException {
    OutputFormat only = formats.iterator().next();
    switch (only) {
      case CSV -> new CsvExporter(csv).write(exportInput(transcript, TranscriptStats.of(transcript, analytics)),
          csv.tables().iterator().next(), out);
      case XLSX -> new XlsxExporter(xlsx, new XlsxChartSheet(reportOptions()))
          .write(exportInput(transcript, TranscriptStats.of(transcript, analytics)), out);
      case DOCX -> new DocxTranscriptWriter(reportOptions())
          .write(transcript, TranscriptStats.of(transcript, analytics), out);
      case SRT, VTT, ASS, TXT, HTML -> {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (only == OutputFormat.SRT) {
          new SrtWriter(subtitles).write(transcript, writer);
        } else if (only == OutputFormat.VTT) {
          new WebVttWriter(subtitles).write(transcript, writer);
        } else if (only == OutputFormat.ASS) {
          new AssWriter(subtitles).write(transcript, writer);
        } else if (only == OutputFormat.HTML) {
          new HtmlReportWriter(reportOptions()).write(transcript, TranscriptStats.of(transcript, analytics), writer);
        } else {
          new TextTranscriptWriter(subtitles).write(transcript, writer);
        }
        writer.flush();
      }
    }
    out.flush();
  }

  /** The HTML report and Word transcript: the figures' options, and the subtitles' filler rule. */
  ReportOptions reportOptions() {
    return ReportOptions.builder().analytics(analytics).includeFillers(subtitles.includeFillers()).build();
  }

  private ExportInput exportInput(Transcript transcript, TranscriptStats stats) {
    return ExportInput.builder(transcript).stats(stats).build();
  }
}
