package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleProfile;
import io.github.amivoicetoolkit.exporters.table.CsvDialect;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.ExportTable;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.util.Locale;
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
      description = "Output formats, comma-separated: csv, xlsx, srt, vtt, ass, txt, or all (default: ${DEFAULT-VALUE}).")
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

  @Option(names = "--min-duration", paramLabel = "TIME",
      description = "Shortest subtitle cue (default: the profile's, 833ms). TIME: ms, or with ms or s: 1.5s.")
  private String minDuration;

  @Option(names = "--max-duration", paramLabel = "TIME", description = "Longest subtitle cue (default: 7s).")
  private String maxDuration;

  @Option(names = "--min-gap", paramLabel = "TIME", description = "Smallest gap between cues (default: 83ms).")
  private String minGap;

  @Option(names = "--max-gap", paramLabel = "TIME",
      description = "Longest pause inside a cue; a longer one splits it (default: 1.5s).")
  private String maxGap;

  @Option(names = "--max-cps", paramLabel = "N",
      description = "Reading speed in characters per second: cues are extended into the following silence to"
          + " meet it (default: 4 for ja, 20 for en).")
  private Double maxCps;

  @Option(names = "--merge-short", negatable = true,
      description = "Merge consecutive cues of one speaker that fit together (default: on in ja and en).")
  private Boolean mergeShort;

  @Option(names = "--offset", paramLabel = "TIME",
      description = "Shift every subtitle and text time, e.g. -2.5s; times below 0 become 0.")
  private String offset;

  @Option(names = "--words", description = "WebVTT and ASS: word timing (karaoke).")
  private boolean words;

  @Option(names = "--ruby", description = "WebVTT: furigana over words written with kanji, from their readings.")
  private boolean ruby;

  @Option(names = "--speaker-prefix",
      description = "WebVTT: speaker names in the cue text too (Name: ...), for players that drop <v>.")
  private boolean speakerPrefix;

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
          .wordTiming(words)
          .ruby(ruby)
          .speakerPrefix(speakerPrefix)
          .mergeShortCues(mergeShort);
      if (minDuration != null) {
        subtitles.minDurationMs(toIntMs("--min-duration", minDuration));
      }
      if (maxDuration != null) {
        subtitles.maxDurationMs(toIntMs("--max-duration", maxDuration));
      }
      if (minGap != null) {
        subtitles.minGapMs(toIntMs("--min-gap", minGap));
      }
      if (maxGap != null) {
        subtitles.maxGapMs(toIntMs("--max-gap", maxGap));
      }
      if (maxCps != null) {
        subtitles.maxCharsPerSecond(maxCps);
      }
      if (offset != null) {
        subtitles.offsetMs(durationMs("--offset", offset));
      }
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

  /**
   * A time given on the command line in whole milliseconds: {@code 833}, {@code 833ms}, {@code 1.5s},
   * {@code -2s}.
   */
  static long durationMs(String option, String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    double scale = 1;
    if (text.endsWith("ms")) {
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("s")) {
      text = text.substring(0, text.length() - 1);
      scale = 1000;
    }
    try {
      double ms = Double.parseDouble(text.trim()) * scale;
      if (!Double.isFinite(ms) || Math.abs(ms) > SubtitleOptions.MAX_OFFSET_MS || !text.matches(" *[-+]?[0-9.]+ *")) {
        throw new NumberFormatException();
      }
      return Math.round(ms);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": expected a time such as 833, 833ms or 1.5s but was '" + value
          + "'");
    }
  }

  private static int toIntMs(String option, String value) {
    long ms = durationMs(option, value);
    if (ms < Integer.MIN_VALUE || ms > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(option + ": too large: " + value);
    }
    return (int) ms;
  }
}
