package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code amivoice.jar} in a separate process, as a user does, and checks outputs, stderr and exit codes. */
class CommandLineIT {
  private static final Path JAR = Path.of(System.getProperty("amivoice.jar", "target/amivoice.jar"));
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "src/test/resources/samples"));

  @TempDir
  Path work;

  record Run(int exit, String out, String err) {}

  private Run amivoice(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("AMIVOICE_APPKEY");
    builder.environment().putAll(env);
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("amivoice %s finished", List.of(args)).isTrue();
    Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private Run amivoice(String... args) throws IOException, InterruptedException {
    return amivoice(Map.of(), args);
  }

  private Path sample(String name) throws IOException {
    Path copy = work.resolve("in").resolve(name);
    Files.createDirectories(copy.getParent());
    Files.copy(SAMPLES.resolve(name), copy);
    return copy;
  }

  @Test
  void demoWritesEveryFormatAndPrintsTheSpeakerTable() throws Exception {
    Run run = amivoice("demo");

    assertThat(run.exit()).as(run.err()).isZero();
    // the names of the files, not their count: other formats and tables join the demo over time
    assertThat(run.out()).contains("speaker0", "speaker1", "share", "Wrote ",
        "Call report (open in a browser): amivoice-demo/sample-v1-sentiment.html",
        "Word transcript:                 amivoice-demo/sample-v1-sentiment.docx");
    for (String file : List.of("sample-v1-sentiment.xlsx", "sample-v1-sentiment.srt", "sample-v1-sentiment.vtt",
        "sample-v1-sentiment.txt", "sample-v1-sentiment.tokens.csv", "sample-v1-sentiment.turns.csv",
        "sample-v1-sentiment.sentiment.csv", "sample-v1-sentiment.html", "sample-v1-sentiment.docx")) {
      assertThat(work.resolve("amivoice-demo").resolve(file)).isNotEmptyFile();
    }
    assertThat(run.err()).isEmpty();
  }

  @Test
  void convertWritesChosenFormatsBesideTheInputAndListsThem() throws Exception {
    Path input = sample("async-v2-completed-diarized.json");
    Run run = amivoice("convert", input.toString(), "--to", "xlsx,srt,vtt,txt,csv", "--tables", "tokens,speakers",
        "--speakers", "speaker0=山田");

    assertThat(run.exit()).as(run.err()).isZero();
    Path dir = input.getParent();
    assertThat(run.out().lines()).containsExactlyInAnyOrder(
        dir.resolve("async-v2-completed-diarized.xlsx").toString(),
        dir.resolve("async-v2-completed-diarized.srt").toString(),
        dir.resolve("async-v2-completed-diarized.vtt").toString(),
        dir.resolve("async-v2-completed-diarized.txt").toString(),
        dir.resolve("async-v2-completed-diarized.tokens.csv").toString(),
        dir.resolve("async-v2-completed-diarized.speakers.csv").toString());
    assertThat(Files.readString(dir.resolve("async-v2-completed-diarized.vtt"))).startsWith("WEBVTT")
        .contains("<v 山田>");
    assertThat(Files.readString(dir.resolve("async-v2-completed-diarized.txt"))).contains("山田:");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void convertWritesOneOutputToStdout() throws Exception {
    Path input = sample("sync-ja-filler-kept.json");
    Run run = amivoice("convert", input.toString(), "--to", "csv", "--tables", "tokens", "--csv", "rfc4180",
        "-o", "-");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("utterance,token,speaker,start_ms").contains("%えーと%", "こんにちは");
  }

  @Test
  void convertReportsABadFileByNameAndPlaceLeavesNoOutputAndGoesOn() throws Exception {
    Path bad = work.resolve("in").resolve("bad.json");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, "{\"results\":[{\"tokens\":[{\"written\":\"a\",\"starttime\":\"10\"}]}]}");
    Path good = sample("async-v2-completed-diarized.json");

    Run run = amivoice("convert", bad.toString(), good.toString(), "--to", "srt", "-o", work.resolve("out").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(bad + ": Expected NUMBER for 'starttime' but was STRING at"
        + " $.results[0].tokens[0].starttime (line 1, column 51)").doesNotContain("Exception", "\tat ");
    try (Stream<Path> files = Files.list(work.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("async-v2-completed-diarized.srt");
    }
  }

  @Test
  void convertRefusesAnUnfinishedJobAndAFailureBody() throws Exception {
    Run run = amivoice("convert", sample("status-processing.json").toString(),
        sample("create-job-failed-auth.json").toString(), "--to", "srt");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("status-processing.json: not a completed result: processing",
        "create-job-failed-auth.json: not a completed result: failed (-: received illegal service authorization)");
  }

  @Test
  void statsPrintsJsonLinesAndFailsForAFailureBody() throws Exception {
    Run run = amivoice("stats", "--json", sample("async-v1-completed-sentiment.json").toString(),
        sample("create-job-failed-auth.json").toString());

    assertThat(run.exit()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"speakers\":[{\"speaker\":\"speaker0\",\"talk_ms\":", "\"sentiment\":[");
    assertThat(lines.get(1)).contains("\"code\":\"-\"", "\"message\":\"received illegal service authorization\"");
  }

  @Test
  void statsPrintsAReadableTable() throws Exception {
    Run run = amivoice("stats", sample("async-v1-completed-sentiment.json").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("speaker0", "speaker1", "total", "billable 4.9 s");
  }

  @Test
  void batchMirrorsTheTreeGoesOnPastABadFileAndSkipsWhatIsUpToDate() throws Exception {
    Path tree = work.resolve("tree");
    Files.createDirectories(tree.resolve("day1/room2"));
    Files.copy(SAMPLES.resolve("async-v1-completed-sentiment.json"), tree.resolve("day1/a.json"));
    Files.copy(SAMPLES.resolve("async-v2-completed-diarized.json"), tree.resolve("day1/room2/b.json"));
    Files.writeString(tree.resolve("day1/room2/broken.json"), "{\"segments\": [");
    Path out = work.resolve("converted");

    Run first = amivoice("batch", tree.toString(), "-o", out.toString(), "--to", "xlsx,srt", "--jobs", "2");

    assertThat(first.exit()).isEqualTo(1);
    assertThat(out.resolve("day1/a.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("day1/room2/b.srt")).isNotEmptyFile();
    assertThat(out.resolve("day1/room2/broken.srt")).doesNotExist();
    assertThat(first.out()).contains("batch: 2 done, 0 skipped (up to date), 1 failed",
        "failed: day1/room2/broken.json: truncated input", "all files");
    assertThat(first.err()).contains("[3/3]");

    Run second = amivoice("batch", tree.toString(), "-o", out.toString(), "--to", "xlsx,srt");
    assertThat(second.out()).contains("batch: 0 done, 2 skipped (up to date), 1 failed");
    // the pooled statistics still cover the skipped files (times and counts; means may differ in the last
    // bit, as files are pooled in the order they finish)
    assertThat(pooledCounts(second.out())).isEqualTo(pooledCounts(first.out())).contains("all files total");

    Run forced = amivoice("batch", tree.toString(), "-o", out.toString(), "--to", "xlsx,srt", "--force");
    assertThat(forced.out()).contains("batch: 2 done, 0 skipped (up to date), 1 failed");
  }

  @Test
  void batchConvertsAgainWhenTheOptionsThatShapedAnOutputChanged() throws Exception {
    Path tree = work.resolve("calls");
    Files.createDirectories(tree);
    Files.copy(SAMPLES.resolve("async-v2-completed-diarized.json"), tree.resolve("b.json"));
    Path out = work.resolve("out");
    assertThat(amivoice("batch", tree.toString(), "-o", out.toString(), "--to", "xlsx,srt").out())
        .contains("batch: 1 done, 0 skipped");

    Run renamed = amivoice("batch", tree.toString(), "-o", out.toString(), "--to", "srt", "--speakers",
        "speaker0=Yamada");
    assertThat(renamed.out()).contains("batch: 1 done, 0 skipped");
    assertThat(Files.readString(out.resolve("b.srt"))).contains("Yamada");

    // srt is now current with the renaming; xlsx was made without it, so asking for both converts again
    assertThat(amivoice("batch", tree.toString(), "-o", out.toString(), "--to", "srt", "--speakers",
        "speaker0=Yamada").out()).contains("batch: 0 done, 1 skipped");
    assertThat(amivoice("batch", tree.toString(), "-o", out.toString(), "--to", "xlsx,srt", "--speakers",
        "speaker0=Yamada").out()).contains("batch: 1 done, 0 skipped");
    assertThat(Files.readString(out.resolve(".amivoice-batch"))).startsWith("done\tb.json\t").contains("srt=", "xlsx=");
  }

  @Test
  void submitUploadsWaitsAndWritesTheResultWithoutEverPrintingTheKey() throws Exception {
    String key = "secret-appkey-7f3a9";
    Path audio = work.resolve("call.wav");
    Files.write(audio, new byte[200_000]);
    Files.write(audio, "RIFF-not-silent".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.WRITE);
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys(key).statusDelay(Duration.ofMillis(50))
        .result(SAMPLES.resolve("async-v2-completed-diarized.json")).start()) {
      Run run = amivoice(Map.of("AMIVOICE_APPKEY", key), "submit", audio.toString(), "--endpoint",
          server.recognitionsUri(ApiVersion.V2).toString(), "--diarize", "--to", "srt", "--verbose");

      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(work.resolve("call.json")).isNotEmptyFile();
      assertThat(work.resolve("call.srt")).isNotEmptyFile();
      assertThat(Files.readString(work.resolve("call.json"))).contains("\"audio_size\"");
      assertThat(run.err()).contains("queued", "processing", "completed");
      assertThat(run.out() + run.err()).doesNotContain(key);

      Run wrongKey = amivoice(Map.of("AMIVOICE_APPKEY", "wrong-key-1234"), "submit", audio.toString(),
          "--endpoint", server.recognitionsUri(ApiVersion.V2).toString(), "--verbose");
      assertThat(wrongKey.exit()).isEqualTo(3);
      assertThat(wrongKey.err()).contains("APPKEY").doesNotContain("wrong-key-1234");
    }
  }

  @Test
  void usageErrorsExitWithTwoAndHelpAndVersionWork() throws Exception {
    Run unknown = amivoice("convert", "x.json", "--to", "pdf");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown output format 'pdf'");

    Run help = amivoice("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("convert", "stats", "batch", "submit", "fetch", "fake-server", "demo",
        "Exit codes");

    for (String command : List.of("convert", "stats", "batch", "submit", "fetch", "fake-server", "demo")) {
      Run commandHelp = amivoice(command, "--help");
      assertThat(commandHelp.exit()).isZero();
      assertThat(commandHelp.err()).as("%s --help", command).isEmpty();
    }

    Run version = amivoice("--version");
    assertThat(version.out()).startsWith("amivoice ");

    Run completion = amivoice("generate-completion");
    assertThat(completion.out()).contains("complete -F");
  }

  /** The "all files" row of a batch summary: talk, share, turns and mean turn. */
  private static String pooledCounts(String out) {
    String row = out.substring(out.indexOf("all files")).lines().findFirst().orElseThrow();
    return String.join(" ", java.util.Arrays.asList(row.trim().split("\\s+")).subList(0, 9));
  }
}
