package io.github.amivoicetoolkit.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What {@code --to} accepts. */
enum OutputFormat {
  CSV("csv"),
  XLSX("xlsx"),
  SRT("srt"),
  VTT("vtt"),
  ASS("ass"),
  TXT("txt"),
  HTML("html"),
  DOCX("docx");

  final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** {@code csv,xlsx} or {@code all}; unknown names are a usage error naming the choices. */
  static Set<OutputFormat> parseList(String list) {
    Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
    for (String name : list.split(",")) {
      String trimmed = name.trim().toLowerCase(Locale.ROOT);
      if (trimmed.equals("all")) {
        formats.addAll(EnumSet.allOf(OutputFormat.class));
      } else if (trimmed.equals("webvtt")) {
        formats.add(VTT);
      } else if (trimmed.equals("ssa")) {
        formats.add(ASS);
      } else {
        formats.add(parse(trimmed));
      }
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no output format given: expected csv, xlsx, srt, vtt, ass, txt, html, docx or all");
    }
    return formats;
  }

  private static OutputFormat parse(String name) {
    for (OutputFormat format : values()) {
      if (format.extension.equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown output format '" + name + "': expected csv, xlsx, srt, vtt, ass, txt, html, docx or all");
  }
}
