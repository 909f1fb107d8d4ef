package io.github.amivoicetoolkit.cli;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.table.CsvOptions;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Converters with default options, for commands whose main job is not converting. */
final class Conversions {
  private Conversions() {}

  static Converter withDefaults(Set<OutputFormat> formats) {
    return new Converter(formats, SpeakerNames.none(), AnalyticsOptions.defaults(), CsvOptions.defaults(), XlsxOptions.defaults(),
        SubtitleOptions.defaults());
  }

  /** {@code --to} of submit and fetch: a bad list is a usage error. */
  static Converter forFormats(CommandSpec spec, String formats) {
    try {
      return withDefaults(OutputFormat.parseList(formats));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
