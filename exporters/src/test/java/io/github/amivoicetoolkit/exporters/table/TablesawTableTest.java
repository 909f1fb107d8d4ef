package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesawTableTest {
  @Test
  void everyColumnTypeKeepsItsKindAndMissingValuesAreEmpty() throws Exception {
    Table table = Table.create("t",
        ShortColumn.create("short", new short[] {-3, 7}),
        FloatColumn.create("float", new float[] {0.1f, Float.NaN}),
        DateColumn.create("date", LocalDate.of(2025, 1, 2), null),
        StringColumn.create("text", "@x", ""));
    StringWriter out = new StringWriter();
    new CsvExporter(CsvOptions.defaults()).write(
        ExportInput.builder(ResultJson.result().read()).speakersTable(table).build(), ExportTable.SPEAKERS, out);

    assertThat(CsvExporterTest.parse(out.toString())).containsExactly(
        List.of("short", "float", "date", "text"),
        List.of("-3", "0.1", "2025-01-02", "'@x"),
        List.of("7", "", "", ""));
  }
}
