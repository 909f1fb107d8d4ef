package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.testkit.ResultJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} reads only inside its input trees and writes only inside OUTDIR, links or not. */
@DisabledOnOs(OS.WINDOWS)
class BatchLinksTest {
  @TempDir
  Path work;

  private Path in;
  private Path out;
  private Path outside;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void tree() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    out = work.resolve("out");
    outside = Files.createDirectories(work.resolve("outside"));
    Files.writeString(in.resolve("call.json"), ResultJson.result().word("hello", 0, 500, "speaker0")
        .utterance(0, 500, 0.9, "hello").json());
  }

  @Test
  void aLinkToAFileOutOfTheTreeIsSkippedAndNotRead() throws IOException {
    Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:secret-token:/root:/bin/bash\n");
    Files.createSymbolicLink(in.resolve("passwd.json"), secret);

    Run run = batch(in.toString(), "-o", out.toString(), "--to", "srt");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("skipped " + in.resolve("passwd.json") + ": a link out of " + in);
    assertThat(run.out() + run.err()).doesNotContain("secret-token", "root:x");
    assertThat(names(out)).containsExactly(".amivoice-batch", "call.srt", "summary.csv");
  }

  @Test
  void aLinkToAFileInsideTheTreeIsRead() throws IOException {
    Files.createDirectories(in.resolve("sub"));
    Files.createSymbolicLink(in.resolve("sub/again.json"), in.resolve("call.json"));

    Run run = batch(in.toString(), "-o", out.toString(), "--to", "srt");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(out.resolve("sub/again.srt")).isNotEmptyFile();
  }

  @Test
  void linksToDirectoriesOutOfTheTreeAreNotEntered() throws IOException {
    Files.writeString(outside.resolve("other.json"), ResultJson.result().word("x", 0, 10, null)
        .utterance(0, 10, 0.9, "x").json());
    Files.createSymbolicLink(in.resolve("linked"), outside);

    Run run = batch(in.toString(), "-o", out.toString(), "--to", "srt");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(out.resolve("linked")).doesNotExist();
  }

  @Test
  void followLinksOptsIntoReadingThem() throws IOException {
    Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:secret-token:/root:/bin/bash\n");
    Files.createSymbolicLink(in.resolve("passwd.json"), secret);
    Files.writeString(outside.resolve("other.json"), ResultJson.result().word("x", 0, 10, null)
        .utterance(0, 10, 0.9, "x").json());
    Files.createSymbolicLink(in.resolve("linked"), outside);

    Run run = batch(in.toString(), "-o", out.toString(), "--to", "srt", "--follow-links");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("failed: passwd.json");
    assertThat(out.resolve("linked/other.srt")).isNotEmptyFile();
  }

  @Test
  void aLinkedDirectoryInsideOutdirIsNotWrittenThrough() throws IOException {
    Files.createDirectories(in.resolve("sub"));
    Files.copy(in.resolve("call.json"), in.resolve("sub/call.json"));
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("sub"), outside);

    Run run = batch(in.toString(), "-o", out.toString(), "--to", "srt");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("failed: " + Path.of("sub", "call.json"), "refusing to write outside " + out);
    assertThat(names(outside)).isEmpty();
    assertThat(out.resolve("call.srt")).isNotEmptyFile();
  }

  @Test
  void aLinkedDirectoryDeeperInOutdirIsNotCreatedThrough() throws IOException {
    Files.createDirectories(in.resolve("sub/deeper"));
    Files.copy(in.resolve("call.json"), in.resolve("sub/deeper/call.json"));
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("sub"), outside);

    Run run = batch(in.toString(), "-o", out.toString(), "--to", "srt");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(names(outside)).as("nothing created outside, not even a directory").isEmpty();
  }

  @Test
  void staleTemporaryFilesOfItsOutputsAreRemoved() throws IOException {
    Files.createDirectories(out);
    Path stale = Files.writeString(out.resolve(".call.srt.99999999-1f2e.partial"), "half a subtitle");
    Path staleJournal = Files.writeString(out.resolve("..amivoice-batch.99999999-3c.partial"), "half");
    Path live = Files.writeString(out.resolve(".call.srt." + ProcessHandle.current().pid() + "-4d.partial"), "x");
    Path notOurs = Files.writeString(out.resolve(".notes.txt.99999999-5e.partial"), "x");

    Run run = batch(in.toString(), "-o", out.toString(), "--to", "srt");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(staleJournal).doesNotExist();
    assertThat(live).exists();
    assertThat(notOurs).exists();
  }

  private static Run batch(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] command = Stream.concat(Stream.of("batch", "--progress", "lines"), Stream.of(args)).toArray(String[]::new);
    int exit = Main.run(command, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
