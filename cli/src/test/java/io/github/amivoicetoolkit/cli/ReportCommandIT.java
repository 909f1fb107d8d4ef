package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}, {@code convert --to html,docx} and {@code batch --to html} through the real jar. */
class ReportCommandIT {
  private static final Path JAR = Path.of(System.getProperty("amivoice.jar", "target/amivoice.jar"));

  @TempDir
  Path work;

  record Run(int exit, String out, String err) {}

  private Run amivoice(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = work.resolve("stdout.txt");
    Path err = work.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("amivoice %s finished", List.of(args)).isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Path sample(String directory, String name) throws IOException {
    return Samples.copyTo(name, work.resolve(directory));
  }

  @Test
  void reportWritesOneHtmlFilePerResultAndRenamesSpeakers() throws Exception {
    Path a = sample("in", "async-v2-completed-diarized.json");
    Path b = sample("in", "async-v1-completed-sentiment.json");
    Path failed = sample("in", "status-processing.json");
    Run run = amivoice("report", a.toString(), b.toString(), failed.toString(), "-o", "reports",
        "--speakers", "speaker0=Agent");

    assertThat(run.exit()).as(run.err()).isEqualTo(Main.EXIT_INPUT_FAILED);
    assertThat(run.out().lines()).containsExactly(Path.of("reports", "async-v2-completed-diarized.html").toString(),
        Path.of("reports", "async-v1-completed-sentiment.html").toString());
    assertThat(run.err()).contains("status-processing.json: not a completed result");
    String html = Files.readString(work.resolve("reports").resolve("async-v2-completed-diarized.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"timeline\"", ">Agent</span>");
  }

  @Test
  void convertWritesTheReportAndTheWordTranscript() throws Exception {
    Path input = sample("in", "async-v2-completed-diarized.json");
    Run run = amivoice("convert", input.toString(), "--to", "html,docx", "-o", "out");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(work.resolve("out").resolve("async-v2-completed-diarized.html")).isNotEmptyFile();
    try (ZipFile docx = new ZipFile(work.resolve("out").resolve("async-v2-completed-diarized.docx").toFile())) {
      assertThat(docx.getEntry("word/document.xml")).isNotNull();
    }
    Run stdout = amivoice("convert", input.toString(), "--to", "html", "-o", "-");
    assertThat(stdout.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void batchToHtmlWritesAnIndexLinkingEveryReport() throws Exception {
    sample("tree/day1", "async-v2-completed-diarized.json");
    sample("tree/day2", "async-v1-completed-sentiment.json");
    Run run = amivoice("batch", "tree", "-o", "out", "--to", "html", "--jobs", "2");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Wrote " + Path.of("out", "index.html"));
    String index = Files.readString(work.resolve("out").resolve("index.html"));
    assertThat(index).contains("href=\"day1/async-v2-completed-diarized.html\"",
        "href=\"day2/async-v1-completed-sentiment.html\"");
    assertThat(work.resolve("out").resolve("day1").resolve("async-v2-completed-diarized.html")).isNotEmptyFile();
  }
}
