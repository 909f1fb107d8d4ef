package io.github.amivoicetoolkit.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --to} of submit and fetch: convert the result once it is written, with default options. */
final class AlsoConvert {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--to", paramLabel = "FORMATS",
      description = "Also convert the result: csv, xlsx, srt, vtt, txt or all (beside the result file).")
  private String to;

  /** The converter, or null when {@code --to} was not given. */
  Converter converter() {
    return to == null ? null : Conversions.forFormats(spec, to);
  }
}
