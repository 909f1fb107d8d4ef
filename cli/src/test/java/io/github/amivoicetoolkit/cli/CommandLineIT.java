package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Samples;
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
    return Samples.copyTo(name, work.resolve("in"));
  }

  @Test
  void demoWritesEveryFormatAndPrintsTheSpeakerTable() throws Exception {
    Run run = amivoice("demo");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("speaker0", "speaker1", "share", "Wrote 11 files", "conversation", "switches");
    for (String file : List.of("sample-v1-sentiment.xlsx", "sample-v1-sentiment.srt", "sample-v1-sentiment.vtt",
        "sample-v1-sentiment.txt", "sample-v1-sentiment.tokens.csv", "sample-v1-sentiment.turns.csv",
        "sample-v1-sentiment.sentiment.csv", "sample-v1-sentiment.events.csv")) {
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
  void convertWritesTheEventsTableWithTheThresholdsGiven() throws Exception {
    Path input = sample("async-v1-completed-sentiment.json");
    Run defaults = amivoice("convert", input.toString(), "--to", "csv", "--tables", "events", "--csv", "rfc4180",
        "-o", "-");
    Run everyGap = amivoice("convert", input.toString(), "--to", "csv", "--tables", "events", "--csv", "rfc4180",
        "-o", "-", "--silence-ms", "0", "--interruption-ms", "0");

    assertThat(defaults.exit()).as(defaults.err()).isZero();
    assertThat(defaults.out().lines().toList())
        .containsExactly("event,type,start_ms,end_ms,start,end,duration_ms,speaker,interrupted");
    assertThat(everyGap.exit()).as(everyGap.err()).isZero();
    assertThat(everyGap.out().lines().skip(1)).isNotEmpty().allMatch(line -> line.contains(",silence,")
        || line.contains(",interruption,"));
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
    // one line per file, then the pooled line of several files
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"speakers\":[{\"speaker\":\"speaker0\",\"talk_ms\":", "\"sentiment\":[");
    assertThat(lines.get(1)).contains("\"code\":\"-\"", "\"message\":\"received illegal service authorization\"");
    assertThat(lines.get(2)).startsWith("{\"pooled\":true,\"files\":2,\"failed\":1,");
  }

  @Test
  void statsJsonOverSeveralFilesEndsWithOnePooledLine() throws Exception {
    Path a = sample("async-v1-completed-sentiment.json");
    Path b = sample("async-v2-completed-diarized.json");
    Run run = amivoice("stats", "--json", a.toString(), b.toString(), sample("status-processing.json").toString(),
        work.resolve("missing.json").toString(), "--silence-ms", "100", "--interruption-ms", "0");

    assertThat(run.exit()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).contains("\"longest_turn_ms\":", "\"response_gap_p50\":", "\"non_talk_ms\":");
    assertThat(lines.get(4)).startsWith("{\"pooled\":true,\"files\":4,\"failed\":2,\"total\":{\"talk_ms\":")
        .contains("\"switches\":", "\"silences\":", "\"longest_silence_ms\":").endsWith("}}");
    Run single = amivoice("stats", "--json", a.toString());
    assertThat(single.out().lines().toList()).hasSize(1);
    assertThat(amivoice("stats", a.toString(), "--silence-ms", "-1").exit()).isEqualTo(2);
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
    Samples.copyAs("async-v1-completed-sentiment.json", tree.resolve("day1/a.json"));
    Samples.copyAs("async-v2-completed-diarized.json", tree.resolve("day1/room2/b.json"));
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
    // figures first, in input order; then the counts, the summary files and the failures, last
    String firstOut = first.out();
    assertThat(firstOut.indexOf("day1/a.json")).isLessThan(firstOut.indexOf("day1/room2/b.json"));
    assertThat(firstOut.indexOf("all files")).isLessThan(firstOut.indexOf("batch: 2 done"));
    assertThat(firstOut.strip().lines().reduce((x, y) -> y).orElseThrow())
        .startsWith("  failed: day1/room2/broken.json: truncated input");
    assertThat(firstOut).contains("summary: " + out.resolve("summary.csv") + ", " + out.resolve("summary.xlsx"));
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertThat(summary.get(0)).startsWith("\uFEFFlevel,file,speaker,talk_ms,share");
    assertThat(summary).hasSize(1 + 3 + 2 + 1);
    assertThat(summary.get(summary.size() - 1)).startsWith("pooled,,,");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out.resolve("summary.xlsx")))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
      var files = workbook.getSheet("Files");
      assertThat(files.getRow(0).getCell(0).getStringCellValue()).isEqualTo("file");
      assertThat(files.getLastRowNum()).isEqualTo(3);
      assertThat(files.getRow(1).getCell(1).getStringCellValue()).isEqualTo("done");
      assertThat(files.getRow(3).getCell(1).getStringCellValue()).isEqualTo("failed");
      assertThat(files.getRow(3).getCell(2).getStringCellValue()).startsWith("truncated input");
      // span_ms, then span as a time-formatted number
      assertThat(files.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("[hh]:mm:ss.000");
      assertThat(workbook.getSheet("Summary").getRow(6).getCell(0).getStringCellValue()).isEqualTo("pooled");
    }

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
    Samples.copyAs("async-v2-completed-diarized.json", tree.resolve("b.json"));
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
        .result(Samples.copyTo("async-v2-completed-diarized.json", work.resolve("served"))).start()) {
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

  // ---- submit and fetch: bounds, hints and messages (issue #18) ----------------------------------

  private record Started(Process process, Path err) {
    String errText() throws IOException {
      return Files.readString(err);
    }
  }

  /** Starts amivoice without waiting for it; stdout is discarded. */
  private Started start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("AMIVOICE_APPKEY");
    builder.environment().putAll(env);
    Path err = Files.createTempFile(work, "stderr", ".txt");
    Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    return new Started(process, err);
  }

  private static void awaitText(Started started, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!started.errText().contains(text)) {
      assertThat(started.process().isAlive()).as("still running, waiting for '%s'; stderr:%n%s", text, started.errText())
          .isTrue();
      assertThat(System.nanoTime() - deadline).as("'%s' within 60 s", text).isNegative();
      Thread.sleep(50);
    }
  }

  /** SIGTERM, then the exit code within 20 s. */
  private static int terminate(Started started) throws Exception {
    started.process().destroy();
    assertThat(started.process().waitFor(20, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
    return started.process().exitValue();
  }

  /** Serves every connection with {@code script} on raw sockets, from a daemon thread per connection. */
  private static java.net.ServerSocket rawServer(RawScript script) throws IOException {
    java.net.ServerSocket listener = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!listener.isClosed()) {
        try {
          java.net.Socket socket = listener.accept();
          Thread worker = new Thread(() -> {
            try (socket) {
              java.io.InputStream in = socket.getInputStream();
              StringBuilder head = new StringBuilder();
              while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                  return;
                }
                head.append((char) b);
              }
              String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
              int at = lower.indexOf("content-length:");
              if (at >= 0) {
                in.skipNBytes(Long.parseLong(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim()));
              }
              script.serve(head.toString(), socket.getOutputStream());
            } catch (Exception e) {
              // the client hung up
            }
          });
          worker.setDaemon(true);
          worker.start();
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return listener;
  }

  @FunctionalInterface
  private interface RawScript {
    void serve(String head, java.io.OutputStream out) throws Exception;
  }

  private static String endpointOf(java.net.ServerSocket listener) {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/v2/recognitions";
  }

  private static void chunk(java.io.OutputStream out, byte[] bytes) throws IOException {
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void startChunked(java.io.OutputStream out, String start) throws IOException {
    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII));
    chunk(out, start.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void anInterruptedSubmitPrintsAFetchCommandThatWorksAndNoLogLines() throws Exception {
    String key = "interrupt-appkey-55";
    Path audio = Files.write(work.resolve("call.wav"), "RIFF-not-silent audio".getBytes(StandardCharsets.US_ASCII));
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys(key).statusDelay(Duration.ofSeconds(2))
        .start()) {
      server.faults().onCreate(io.github.amivoicetoolkit.testkit.Fault.httpStatus(503));
      String endpoint = server.recognitionsUri(ApiVersion.V2).toString();
      Started submit = start(Map.of("AMIVOICE_APPKEY", key), "submit", audio.toString(), "--endpoint", endpoint);
      awaitText(submit, " queued");
      assertThat(terminate(submit)).isEqualTo(143);
      String err = submit.errText();

      String id = server.jobs().get(0).sessionId();
      String fetch = "amivoice fetch " + id + " --endpoint " + endpoint + " -o call.json";
      assertThat(err).contains("interrupted; the job goes on", fetch)
          .doesNotContain("INFO", "FINE", "WARNING", "io.github.amivoicetoolkit", "AmiVoiceClient");

      Run fetched = amivoice(Map.of("AMIVOICE_APPKEY", key), fetch.substring("amivoice ".length()).split(" "));
      assertThat(fetched.exit()).as(fetched.err()).isZero();
      assertThat(Files.readString(work.resolve("call.json"))).contains("\"session_id\":\"" + id + "\"");
      assertThat(server.jobs()).hasSize(1);
    }
  }

  @Test
  void aFetchOfAJobTheServiceDoesNotKnowGivesOneHint() throws Exception {
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys("k-404-key").start()) {
      Run run = amivoice(Map.of("AMIVOICE_APPKEY", "k-404-key"), "fetch", "0123456789abcdef01234567", "--endpoint",
          server.recognitionsUri(ApiVersion.V2).toString());

      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.err()).contains("HTTP 404", "expired", "session id is wrong")
          .doesNotContain("may still finish", "amivoice fetch");
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @Test
  void aMissingKeyAndPlainHttpOffThisMachineAreExplainedInCommandLineTerms() throws Exception {
    Run noKey = amivoice("fetch", "abc");
    assertThat(noKey.exit()).isEqualTo(2);
    assertThat(noKey.err()).contains("AMIVOICE_APPKEY", "--appkey-file").doesNotContain("appKey(");

    Run insecure = amivoice(Map.of("AMIVOICE_APPKEY", "k"), "fetch", "abc", "--endpoint",
        "http://example.invalid/v2/recognitions");
    assertThat(insecure.exit()).isEqualTo(2);
    assertThat(insecure.err()).contains("plain http://", "unencrypted", "--allow-insecure-http")
        .doesNotContain("allowInsecureHttp(");
  }

  @Test
  void aSessionIdThatCannotBePolledIsAUsageErrorForFetchAndKeptForSubmit() throws Exception {
    Run fetch = amivoice(Map.of("AMIVOICE_APPKEY", "k"), "fetch", "%zz");
    assertThat(fetch.exit()).isEqualTo(2);
    assertThat(fetch.err()).contains("not a session id", "\"%zz\"");

    String answer = "{\"sessionid\":\"a\\\\b\",\"text\":\"...\"}";
    Path audio = Files.write(work.resolve("odd.wav"), "RIFF audio".getBytes(StandardCharsets.US_ASCII));
    try (java.net.ServerSocket server = rawServer((head, out) -> {
      byte[] body = answer.getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    })) {
      Run submit = amivoice(Map.of("AMIVOICE_APPKEY", "k"), "submit", audio.toString(), "--endpoint", endpointOf(server));

      assertThat(submit.exit()).as(submit.err()).isEqualTo(3);
      assertThat(submit.err()).contains("created a job", "\"a\\\\b\"", answer).doesNotContain("internal error");
    }
  }

  @Test
  void anEndlessStatusBodyEndsAtTheAnswerLimitAndSigtermStopsADrippingOne() throws Exception {
    byte[] pad = new byte[64 * 1024];
    java.util.Arrays.fill(pad, (byte) 'x');
    try (java.net.ServerSocket endless = rawServer((head, out) -> {
      startChunked(out, "{\"status\":\"processing\",\"pad\":\"");
      while (true) {
        chunk(out, pad);
      }
    })) {
      Run run = amivoice(Map.of("AMIVOICE_APPKEY", "k"), "fetch", "abc", "--endpoint", endpointOf(endless));

      assertThat(run.exit()).as(run.err()).isEqualTo(3);
      assertThat(run.err()).contains("maxAnswerBytes (1,048,576 bytes)").doesNotContain("internal error", "OutOfMemory");
    }
    try (java.net.ServerSocket dripping = rawServer((head, out) -> {
      startChunked(out, "{\"segments\":[],\"pad\":\"");
      while (true) {
        chunk(out, new byte[] {'x'});
        Thread.sleep(200);
      }
    })) {
      Started fetch = start(Map.of("AMIVOICE_APPKEY", "k"), "fetch", "abc", "--endpoint", endpointOf(dripping));
      Thread.sleep(3000);
      assertThat(fetch.process().isAlive()).as(fetch.errText()).isTrue();

      assertThat(terminate(fetch)).isEqualTo(143);
      assertThat(fetch.errText()).contains("amivoice fetch abc --endpoint " + endpointOf(dripping));
    }
  }

  @Test
  void aKeyTheServiceEchoesWhereTheParserQuotesItIsNotInTheVerboseStackTrace() throws Exception {
    String key = "EchoedKey7f3a9c0d1e2b44";
    Path audio = Files.write(work.resolve("echo.wav"), "RIFF audio".getBytes(StandardCharsets.US_ASCII));
    try (java.net.ServerSocket server = rawServer((head, out) -> {
      byte[] body = ("{\"sessionid\": " + key + "}").getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    })) {
      Run run = amivoice(Map.of("AMIVOICE_APPKEY", key), "submit", audio.toString(), "--endpoint", endpointOf(server),
          "--verbose");

      assertThat(run.exit()).isEqualTo(3);
      assertThat(run.err()).contains("Unrecognized token '***'", "Caused by", "\tat ").doesNotContain(key);
    }
  }
}
