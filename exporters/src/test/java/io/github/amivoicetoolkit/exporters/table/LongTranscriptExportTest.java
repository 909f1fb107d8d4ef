package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory promise: a ten-hour result exports in a JVM with a 256 MB heap, and prints nothing. */
class LongTranscriptExportTest {
  private static final int HOURS = 10;

  @TempDir Path directory;

  @Test
  void tenHourResultExportsToXlsxAndCsvWithA256MegabyteHeap() throws Exception {
    Path json = directory.resolve("long.json");
    int tokens = LongResultWriter.write(json, HOURS);
    assertThat(tokens).isEqualTo(150_000);
    Path xlsx = directory.resolve("long.xlsx");
    Path csvDirectory = directory.resolve("csv");
    Path stderr = directory.resolve("stderr.txt");

    Process process = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.io.tmpdir=" + directory,
            "-cp", System.getProperty("java.class.path"),
            LongExportMain.class.getName(), json.toString(), xlsx.toString(), csvDirectory.toString()))
        .redirectOutput(directory.resolve("stdout.txt").toFile())
        .redirectError(stderr.toFile())
        .start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }

    assertThat(finished).as("export finished within 5 minutes").isTrue();
    assertThat(process.exitValue()).as("exit code; stderr: %s", Files.readString(stderr)).isZero();
    assertThat(Files.readString(stderr)).as("nothing on stderr (no logging noise)").isEmpty();
    assertThat(sheetRows(xlsx)).containsExactly(
        "Summary", 12 + 1 + 1, "Utterances", tokens / 10 + 1,
        "Turns", tokens / 10 + 1 /* speakers alternate by utterance: one turn each */,
        "Events", 1 /* gaps of 600 ms, no overlap: no silence, no interruption */, "Tokens", tokens + 1,
        "Sentiment", HOURS * 1_800 + 1);
    try (BufferedReader reader = Files.newBufferedReader(csvDirectory.resolve("long.tokens.csv"));
        CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
      assertThat(parser.stream().count()).isEqualTo(tokens + 1);
    }
    assertThat(directory.resolve("poifiles")).as("POI's temporary directory: the export needs none").doesNotExist();
  }

  /** Sheet names and row counts, read by streaming each sheet's XML rather than loading the workbook. */
  private static List<Object> sheetRows(Path xlsx) throws IOException {
    List<Object> result = new ArrayList<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      String workbook = read(zip, zip.getEntry("xl/workbook.xml"));
      int sheet = 1;
      for (String part : workbook.split("<sheet ")) {
        int name = part.indexOf("name=\"");
        if (name < 0 || !part.contains("sheetId")) {
          continue;
        }
        result.add(part.substring(name + 6, part.indexOf('"', name + 6)));
        result.add(countRows(zip, zip.getEntry("xl/worksheets/sheet" + sheet++ + ".xml")));
      }
    }
    return result;
  }

  private static String read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int countRows(ZipFile zip, ZipEntry entry) throws IOException {
    int rows = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
        StandardCharsets.UTF_8))) {
      char[] buffer = new char[1 << 16];
      String carry = "";
      int read;
      while ((read = reader.read(buffer)) > 0) {
        String chunk = carry + new String(buffer, 0, read);
        int from = 0;
        int at;
        while ((at = chunk.indexOf("<row ", from)) >= 0) {
          rows++;
          from = at + 5;
        }
        carry = chunk.substring(Math.max(from, chunk.length() - 4));
      }
    }
    return rows;
  }
}
