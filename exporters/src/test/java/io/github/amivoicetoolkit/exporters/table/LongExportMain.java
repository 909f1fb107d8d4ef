package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.TranscriptReader;
import java.nio.file.Path;

/** Run in a forked JVM with a small heap: reads {@code args[0]}, writes {@code args[1]} (XLSX) and CSVs into {@code args[2]}. */
public final class LongExportMain {
  private LongExportMain() {}

  public static void main(String[] args) throws Exception {
    Transcript transcript = new TranscriptReader().read(Path.of(args[0]));
    ExportInput input = ExportInput.of(transcript);
    new XlsxExporter(XlsxOptions.defaults()).write(input, Path.of(args[1]));
    new CsvExporter(CsvOptions.defaults()).write(input, Path.of(args[2]), "long");
  }
}
