package io.github.amivoicetoolkit.exporters.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.NoSpaceLeftException;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Failures of POI's temporary sheet files are clear IOExceptions, never POI's runtime wrappers. */
class XlsxTemporaryFilesTest {
  @TempDir
  Path directory;

  @AfterEach
  void defaultStrategy() {
    TempFile.setThreadLocalTempFileCreationStrategy(null);
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFullTemporaryDiskIsNoSpaceLeftNamingTheDirectory() throws IOException {
    // every temporary sheet file is a link to /dev/full, where each write fails with ENOSPC
    Path poi = Files.createDirectory(directory.resolve("poi"));
    AtomicInteger files = new AtomicInteger();
    TempFile.setThreadLocalTempFileCreationStrategy(strategy(prefix -> Files.createSymbolicLink(
        poi.resolve(prefix + files.incrementAndGet() + ".xml"), Path.of("/dev/full")).toFile()));

    assertThatThrownBy(() -> export(bigTranscript(), directory.resolve("out.xlsx")))
        .isInstanceOf(NoSpaceLeftException.class)
        .hasMessage("No space left on device (XLSX temporary sheet files in " + poi + ")");
    assertThat(directory.resolve("out.xlsx")).doesNotExist();
    try (var left = Files.list(directory)) {
      assertThat(left).containsExactly(poi);
    }
  }

  @Test
  void aTemporaryFileThatCannotBeMadeIsAnIoExceptionSayingWhy() {
    TempFile.setThreadLocalTempFileCreationStrategy(strategy(prefix -> {
      throw new IOException("Permission denied");
    }));

    assertThatThrownBy(() -> export(bigTranscript(), directory.resolve("out.xlsx")))
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("XLSX temporary sheet files: Permission denied");
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

  private interface FileMaker {
    File make(String prefix) throws IOException;
  }

  private static TempFileCreationStrategy strategy(FileMaker maker) {
    return new TempFileCreationStrategy() {
      @Override
      public File createTempFile(String prefix, String suffix) throws IOException {
        return maker.make(prefix);
      }

      @Override
      public File createTempDirectory(String prefix) throws IOException {
        throw new IOException("no temporary directories here");
      }
    };
  }

  private static void export(Transcript transcript, Path file) throws IOException {
    new XlsxExporter(XlsxOptions.defaults()).write(ExportInput.of(transcript), file);
  }

  /** Enough rows that POI flushes its row window to the temporary file. */
  private static Transcript bigTranscript() {
    ResultJson json = ResultJson.result();
    for (int k = 0; k < 2_000; k++) {
      json.word("word" + k, k * 100, k * 100 + 90, "speaker0");
    }
    return json.utterance(0, 200_000, 0.9, "text").read();
  }
}
