package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM during a long export leaves neither partial outputs nor temporary files; kill -9's are cleaned next run. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptionIT {
  @TempDir
  Path work;

  @Test
  void sigtermDuringALongXlsxExportExits143AndLeavesNothingBehind() throws Exception {
    Path input = work.resolve("long.json");
    SyntheticResults.builder().minutes(6 * 60).speakers(2).seed(18).build().writeTo(input);
    Path out = Files.createDirectory(work.resolve("out"));
    Path tmp = Files.createDirectory(work.resolve("tmp"));

    Process amivoice = Jar.start(work, "-Xmx256m", tmp, "convert", input.toString(), "--to", "xlsx", "-o", out.toString());
    // the export is under way once its .partial exists (the workbook needs no temporary files)
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (names(out).stream().noneMatch(name -> name.endsWith(".partial"))) {
      assertThat(amivoice.isAlive()).as("still exporting; stderr: %s", Jar.stderr(work)).isTrue();
      assertThat(System.nanoTime()).as("export started within 2 minutes").isLessThan(deadline);
      Thread.sleep(20);
    }

    amivoice.destroy();  // SIGTERM
    assertThat(amivoice.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(amivoice.exitValue()).isEqualTo(143);
    assertThat(Jar.stderr(work)).contains("amivoice: interrupted; removed 1 unfinished output, no partial file is left")
        .doesNotContain("Exception", "\tat ");
    assertThat(names(out)).isEmpty();
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void theNextRunRemovesTemporaryDirectoriesOfRunsThatAreGone() throws Exception {
    Path tmp = Files.createDirectory(work.resolve("tmp"));
    Path gone = Files.createDirectories(tmp.resolve("amivoice-poi-99999999"));
    Files.writeString(gone.resolve("poi-sxssf-sheet123.xml"), "<sheetData>");
    Path live = Files.createDirectories(tmp.resolve("amivoice-poi-" + ProcessHandle.current().pid()));
    Path unrelated = Files.createDirectories(tmp.resolve("poifiles"));

    Process amivoice = Jar.start(work, "-Xmx64m", tmp, "--version");
    assertThat(amivoice.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(amivoice.exitValue()).as(Jar.stderr(work)).isZero();
    assertThat(gone).doesNotExist();
    assertThat(live).isDirectory();
    assertThat(unrelated).isDirectory();
  }

  private static List<String> names(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
