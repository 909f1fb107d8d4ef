package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleProfile;
import io.github.amivoicetoolkit.exporters.table.CsvDialect;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.ExportTable;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options {@code convert}, {@code batch} and {@code submit} share: what to write and how. */
final class ConversionOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--to", paramLabel = "FORMATS", defaultValue = "csv,xlsx",
      description = "Output formats, comma-separated: csv, xlsx, srt, vtt, txt, or all (default: ${DEFAULT-VALUE}).")
  private String formats;

  @Option(names = "--tables", paramLabel = "TABLES", defaultValue = "all",
      description = "Tables for csv and xlsx: summary, speakers, utterances, turns, events, tokens, sentiment, or all"
          + " (default: ${DEFAULT-VALUE}).")
  private String tables;

  @Option(names = "--csv", paramLabel = "DIALECT", defaultValue = "spreadsheet",
      description = "CSV dialect: spreadsheet (UTF-8 BOM, CRLF, formula injection neutralised) or rfc4180"
          + " (exact data for pipelines) (default: ${DEFAULT-VALUE}).")
  private String csvDialect;

  @Mixin
  private AnalyticsFlags analyticsFlags;

  @Option(names = "--profile", paramLabel = "ja|en",
      description = "Subtitle profile (default: chosen from the text's script).")
  private String profile;

  @Option(names = "--max-line-width", paramLabel = "N",
      description = "Subtitle line width: full-width characters for ja, characters for en.")
  private Double maxLineWidth;

  @Option(names = "--max-lines", paramLabel = "N", description = "Subtitle lines per cue.")
  private Integer maxLines;

  @Option(names = "--words", description = "WebVTT: word timing (karaoke timestamps).")
  private boolean words;

  @Option(names = "--fillers", description = "Keep filler words (%%えーと%%) in subtitles and text.")
  private boolean fillers;

  /** Builds the converter, turning a bad value into a usage error that names the option. */
  Converter converter() {
    try {
      Set<OutputFormat> outputFormats = OutputFormat.parseList(formats);
      AnalyticsOptions analytics = analyticsFlags.analytics().build();
      SpeakerNames names = analyticsFlags.speakerNames();
      Set<ExportTable> tableSet = ExportTable.parseList(tables);
      CsvOptions csv = CsvOptions.builder().dialect(CsvDialect.parse(csvDialect)).tables(tableSet).build();
      XlsxOptions xlsx = XlsxOptions.builder().tables(tableSet).build();
      SubtitleOptions.Builder subtitles = SubtitleOptions.builder()
          .includeFillers(fillers)
          .wordTiming(words);
      if (profile != null) {
        subtitles.profile(SubtitleProfile.named(profile));
      }
      if (maxLineWidth != null) {
        subtitles.maxLineWidth(maxLineWidth);
      }
      if (maxLines != null) {
        subtitles.maxLines(maxLines);
      }
      return new Converter(outputFormats, names, analytics, csv, xlsx, subtitles.build());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
