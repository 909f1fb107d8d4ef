package io.github.amivoicetoolkit.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.analytics.BatchStats;
import io.github.amivoicetoolkit.exporters.Transcripts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlIndexWriterTest {
  @Test
  void indexPoolsTheFiguresAndLinksOneSortableRowPerFile() throws IOException {
    BatchStats batch = new BatchStats();
    batch.add("calls/example.json", ReportSamples.workedExample());
    batch.add("calls/ja dialogue #1.json", Transcripts.japaneseDialogue().read("ja-dialogue"));
    batch.add("failed.json", Transcripts.samples().get("status-error-rejected.json"));
    Path file = new HtmlIndexWriter().write(batch,
        Map.of("calls/example.json", "calls/example.html", "calls/ja dialogue #1.json", "calls\\ja dialogue #1.html"),
        ReportSamples.out(ReportSamples.HTML_OUT, "index.html"));
    Document page = Jsoup.parse(file.toFile(), "UTF-8");

    assertThat(page.select("table.files tbody tr")).hasSize(2);
    assertThat(page.select("table.files tbody td.name a").eachAttr("href"))
        .containsExactly("calls/example.html", "calls/ja%20dialogue%20%231.html");
    assertThat(page.select("table.files tbody td.name").eachText())
        .containsExactly("calls/example.json", "calls/ja dialogue #1.json");
    assertThat(page.select("table.files tbody tr").first().select("td[data-v]").eachAttr("data-v"))
        .startsWith("2", "9600", "7000", "1400", "4", "12");
    assertThat(page.select("table.files").hasClass("sortable")).isTrue();
    assertThat(page.select("table.totals th:containsOwn(Words) + td").attr("data-v"))
        .isEqualTo(String.valueOf(batch.total().words()));
    assertThat(page.select("#not-completed li").eachText()).containsExactly("failed.json");
    assertThat(page.select("script")).hasSize(1);
  }
}
