package io.github.amivoicetoolkit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SentimentTableTest {
  @Test
  void parametersWhoseNamesDifferOnlyInCaseOrSpacesGetTheirOwnColumns() {
    // found by the fuzzer: Tablesaw compares column names without case, so this threw
    Transcript transcript = ResultJson.result()
        .word("a", 0, 1000, "speaker0").utterance(0, 1000, 0.9, "a")
        .segment(0, 1000, "energy", 1, "Energy", 2, "  energy", 3)
        .read();
    TranscriptStats stats = TranscriptStats.of(transcript);

    Table table = stats.sentimentTable();
    assertThat(table.columnNames()).containsExactly("speaker", "segments", "energy", "Energy (2)", "energy (3)");
    assertThat(table.doubleColumn("energy").get(0)).isEqualTo(1.0);
    assertThat(table.doubleColumn("Energy (2)").get(0)).isEqualTo(2.0);
    assertThat(table.doubleColumn(4).get(0)).isEqualTo(3.0);

    BatchStats batch = new BatchStats();
    batch.add("a.json", stats);
    assertThat(batch.sentimentTable().columnNames()).containsExactly("file", "speaker", "segments", "energy",
        "Energy (2)", "energy (3)");
  }
}
