package io.github.amivoicetoolkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.testkit.ApiVersion;
import io.github.amivoicetoolkit.testkit.FakeAmiVoiceServer;
import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the client streams a result into a file and reads it from there: a JVM with a 64 MiB heap
 * awaits a result larger than that heap (40 hours of speech, about 80 MiB). Reading the body into a byte array first, as the client
 * did, runs out of heap.
 */
class LargeResultTest {

  @Test
  void awaitsAResultLargerThanTheHeapUnderA64MegabyteHeap(@TempDir Path dir) throws Exception {
    String key = "large-result-key";
    SyntheticResults generated = SyntheticResults.builder().seed(11).minutes(2400).speakers(3).build();
    try (FakeAmiVoiceServer server = FakeAmiVoiceServer.builder().appKeys(key).result(generated::writeTo)
        .tempDirectory(dir).start()) {
      AmiVoiceClient client = AmiVoiceClient.builder().endpoint(server.recognitionsUri(ApiVersion.V2)).appKey(key).build();
      Job job = client.submit(Files.write(dir.resolve("a.wav"), "audio".getBytes(StandardCharsets.US_ASCII)),
          RecognitionOptions.defaults());
      Path output = dir.resolve("out").resolve("large.json");

      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> command = List.of(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
          LargeResultCheck.class.getName(), server.recognitionsUri(ApiVersion.V2).toString(), job.sessionId(),
          output.toString());
      Path log = dir.resolve("check.log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("AMIVOICE_APPKEY", key);
      Process process = builder.start();
      boolean finished = process.waitFor(5, TimeUnit.MINUTES);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      String outputText = Files.readString(log);
      System.out.print(outputText);

      assertThat(finished).as("finished in 5 minutes; output:%n%s", outputText).isTrue();
      assertThat(process.exitValue()).as(outputText).isZero();
      assertThat(outputText).contains("in large.json", "OK max heap");
      assertThat(Files.size(output)).isGreaterThan(64L << 20);
      try (var files = Files.list(output.getParent())) {
        assertThat(files).containsExactly(output);
      }
    }
  }
}
