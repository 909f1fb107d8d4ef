package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook is written without temporary files, and a failure of the stream it goes to is that
 * stream's own IOException — wherever in the workbook it happens — never one of POI's runtime wrappers.
 */
class XlsxWriteFailureTest {
  @TempDir
  Path directory;

  @AfterEach
  void defaultStrategy() {
    TempFile.setThreadLocalTempFileCreationStrategy(null);
  }

  @Test
  void writesNoTemporaryFiles() throws IOException {
    TempFile.setThreadLocalTempFileCreationStrategy(new TempFileCreationStrategy() {
      @Override
      public File createTempFile(String prefix, String suffix) throws IOException {
        throw new IOException("no temporary files: " + prefix + suffix);
      }

      @Override
      public File createTempDirectory(String prefix) throws IOException {
        throw new IOException("no temporary directories: " + prefix);
      }
    });
    Path file = directory.resolve("out.xlsx");

    export(bigTranscript(), file);

    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(workbook.getSheet("Tokens").getLastRowNum()).isEqualTo(2_000);
    }
  }

  @Test
  void aFailingStreamIsItsOwnIoExceptionInTheSheetsAndInPoisPartsAlike() throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    exporter().write(ExportInput.of(bigTranscript()), whole);
    // the table sheets go first, POI's parts (workbook, styles, content types) last
    for (long failAt : new long[] {0, 10_000, whole.size() - 2_000, whole.size() - 10}) {
      OutputStream failing = new OutputStream() {
        long written;

        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          if (written + length > failAt) {
            throw new IOException("disk gone at " + failAt);
          }
          written += length;
        }
      };

      assertThatThrownBy(() -> exporter().write(ExportInput.of(bigTranscript()), failing))
          .as("failing at byte %,d of %,d", failAt, whole.size())
          .isExactlyInstanceOf(IOException.class)
          .hasMessage("disk gone at " + failAt);
    }
  }

  @Test
  void onlyWrappedIoExceptionsAreUnwrapped() {
    IOException io = new IOException("disk");
    assertThat(XlsxExporter.ioCause(new RuntimeException(io))).isSameAs(io);
    assertThat(XlsxExporter.ioCause(new IllegalStateException(new RuntimeException(io)))).isSameAs(io);
    assertThat(XlsxExporter.ioCause(new UncheckedIOException(io))).isSameAs(io);
    assertThat(XlsxExporter.ioCause(new IllegalArgumentException("bad"))).isNull();
    assertThat(XlsxExporter.ioCause(new RuntimeException(new Error(io)))).isNull();
  }

  private static XlsxExporter exporter() {
    return new XlsxExporter(XlsxOptions.defaults());
  }

  private static void export(Transcript transcript, Path file) throws IOException {
    exporter().write(ExportInput.of(transcript), file);
  }

  /** Enough rows that the Tokens sheet passes through the writer's buffer many times. */
  private static Transcript bigTranscript() {
    ResultJson json = ResultJson.result();
    for (int k = 0; k < 2_000; k++) {
      json.word("word" + k, k * 100, k * 100 + 90, "speaker0");
    }
    return json.utterance(0, 200_000, 0.9, "text").read();
  }
}
