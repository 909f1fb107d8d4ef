package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that neither the client nor the simulator holds the audio in memory: a JVM with a 64 MiB
 * heap uploads 384 MiB from a stream and 128 MiB from a file.
 */
class LargeUploadTest {

  @Test
  void uploadsSeveralHundredMegabytesUnderA64MegabyteHeap(@TempDir Path dir) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(
        java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        LargeUploadCheck.class.getName(), Long.toString(384L << 20), Long.toString(128L << 20), dir.toString());
    Path log = dir.resolve("check.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log);
    assertThat(finished).as("finished in 5 minutes; output:%n%s", output).isTrue();
    System.out.print(output);

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("stream: 384 MiB", "file: 128 MiB", "OK max heap");
  }
}
