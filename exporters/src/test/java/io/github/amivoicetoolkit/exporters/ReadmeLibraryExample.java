package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.StatsJson;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.WebVttWriter;
import io.github.amivoicetoolkit.exporters.table.ExportInput;
import io.github.amivoicetoolkit.exporters.table.XlsxExporter;
import io.github.amivoicetoolkit.exporters.table.XlsxOptions;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/** The README's library example (without the client part), as a consumer's program runs it: {@code main(dir)}. */
public final class ReadmeLibraryExample {
  private ReadmeLibraryExample() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Transcript t = new TranscriptReader().read(dir.resolve("result.json"));
    TranscriptStats stats = TranscriptStats.of(t, AnalyticsOptions.defaults());
    Table speakers = stats.speakersTable();
    String json = StatsJson.toJson("result.json", stats);
    new XlsxExporter(XlsxOptions.defaults()).write(ExportInput.builder(t).stats(stats).build(), dir.resolve("result.xlsx"));
    new WebVttWriter(SubtitleOptions.defaults()).write(t, dir.resolve("result.vtt"));
    if (speakers.rowCount() == 0 || json.isEmpty()) {
      throw new IllegalStateException("no figures");
    }
  }
}
