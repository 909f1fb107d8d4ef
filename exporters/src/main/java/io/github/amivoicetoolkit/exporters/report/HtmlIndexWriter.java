package io.github.amivoicetoolkit.exporters.report;

import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.analytics.FileStats;
import io.github.amivoicetoolkit.analytics.TotalStats;
import io.github.amivoicetoolkit.exporters.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the index of a batch of reports: the figures pooled over every completed file ({@link
 * BatchStats#total()}, {@code docs/figures.md#batches}), then one row per file (by name), linking its report, in a
 * table the page's small script sorts by any column (the page reads fully without it), and the files
 * that were not completed results. Self-contained like the reports. Immutable and thread-safe.
 */
public final class HtmlIndexWriter {
  /**
   * Writes the index to {@code target} atomically (UTF-8).
   *
   * @param reports each file's report as a link relative to the index ({@code calls/a.html}), by the
   *     file name the batch knows it by; a file without one is listed without a link
   * @return {@code target}
   */
  public Path write(BatchStats batch, Map<String, String> reports, Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    AtomicFile.writeUtf8(target, out -> {
      write(batch, reports, out);
      return null;
    });
    return target;
  }

  /** Writes the index to a writer it does not close. */
  public void write(BatchStats batch, Map<String, String> reports, Writer out) throws IOException {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(out, "out");
    StringBuilder page = new StringBuilder(1 << 14);
    Page.open(page, "Call reports");
    page.append("<header>\n<h1>Call reports</h1>\n<p>").append(batch.files().size())
        .append(batch.files().size() == 1 ? " completed result" : " completed results");
    if (!batch.notCompleted().isEmpty()) {
      page.append(", ").append(batch.notCompleted().size()).append(" not completed");
    }
    page.append(".</p>\n</header>\n<main>\n<section id=\"pooled\">\n<h2>Pooled figures</h2>\n")
        .append("<table class=\"totals\">\n<tbody>\n");
    TotalStats total = batch.total();
    pooled(page, "Talk (all speakers)", Html.duration(total.talkMs()), total.talkMs());
    pooled(page, "Speech (anyone talking)", Html.duration(total.speechMs()), total.speechMs());
    pooled(page, "Overlap", Html.duration(total.overlapMs()), total.overlapMs());
    pooled(page, "Span (first to last utterance, summed)", Html.duration(total.spanMs()), total.spanMs());
    pooled(page, "Utterances", String.valueOf(total.utterances()), total.utterances());
    pooled(page, "Turns", String.valueOf(total.turns()), total.turns());
    pooled(page, "Words", String.valueOf(total.words()), total.words());
    page.append("<tr><th class=\"name\" scope=\"row\">Word confidence, mean</th><td>")
        .append(Html.decimal(total.confidence().mean(), 3)).append("</td></tr>\n")
        .append("<tr><th class=\"name\" scope=\"row\">Words under ").append(batch.options().lowConfidenceThreshold())
        .append("</th><td>").append(Html.percent(total.confidence().lowShare())).append("</td></tr>\n")
        .append("</tbody>\n</table>\n</section>\n");

    page.append("<section id=\"files\">\n<h2>Files</h2>\n<table class=\"files sortable\">\n<thead><tr>")
        .append("<th class=\"name\" scope=\"col\">File</th><th scope=\"col\">Speakers</th><th scope=\"col\">Span</th>")
        .append("<th scope=\"col\">Talk</th><th scope=\"col\">Overlap</th><th scope=\"col\">Utterances</th>")
        .append("<th scope=\"col\">Words</th><th scope=\"col\">Confidence</th>")
        .append("<th scope=\"col\">Low-confidence words</th></tr></thead>\n<tbody>\n");
    List<FileStats> files = new ArrayList<>(batch.files());
    files.sort(Comparator.comparing(FileStats::file)); // a parallel batch adds files in no fixed order
    for (FileStats file : files) {
      TotalStats t = file.total();
      page.append("<tr><td class=\"name\">");
      String link = reports.get(file.file());
      if (link != null) {
        page.append("<a href=\"");
        Html.text(page, href(link)).append("\">");
        Html.text(page, file.file()).append("</a>");
      } else {
        Html.text(page, file.file());
      }
      page.append("</td>");
      cell(page, file.speakers().size(), String.valueOf(file.speakers().size()));
      cell(page, t.spanMs(), Html.duration(t.spanMs()));
      cell(page, t.talkMs(), Html.duration(t.talkMs()));
      cell(page, t.overlapMs(), Html.duration(t.overlapMs()));
      cell(page, t.utterances(), String.valueOf(t.utterances()));
      cell(page, t.words(), String.valueOf(t.words()));
      page.append("<td data-v=\"").append(t.confidence().mean().orElse(-1)).append("\">")
          .append(Html.decimal(t.confidence().mean(), 3)).append("</td><td data-v=\"")
          .append(t.confidence().lowShare().orElse(-1)).append("\">").append(Html.percent(t.confidence().lowShare()))
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n</section>\n");
    if (!batch.notCompleted().isEmpty()) {
      page.append("<section id=\"not-completed\">\n<h2>Not completed</h2>\n<ul>\n");
      for (String file : batch.notCompleted()) {
        page.append("<li>");
        Html.text(page, file).append("</li>\n");
      }
      page.append("</ul>\n</section>\n");
    }
    page.append("</main>\n");
    Page.close(page);
    out.write(page.toString());
    out.flush();
  }

  /** A relative link: path separators as {@code /}, and characters a URL cannot hold percent-encoded. */
  static String href(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    byte[] bytes = path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static void pooled(StringBuilder page, String name, String shown, long value) {
    page.append("<tr><th class=\"name\" scope=\"row\">").append(name).append("</th><td data-v=\"").append(value)
        .append("\">").append(shown).append("</td></tr>\n");
  }

  private static void cell(StringBuilder page, long value, String shown) {
    page.append("<td data-v=\"").append(value).append("\">").append(shown).append("</td>");
  }
}
