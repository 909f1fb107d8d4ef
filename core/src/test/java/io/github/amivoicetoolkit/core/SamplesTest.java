package io.github.amivoicetoolkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

  @Test
  void listsEverySampleInTheResourceDirectory() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "samples"))) {
      assertThat(Samples.names())
          .containsExactlyElementsOf(files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void copiesASampleByteForByte(@TempDir Path dir) throws IOException {
    Path copy = Samples.copyTo("status-queued.json", dir.resolve("in"));

    assertThat(copy).isEqualTo(dir.resolve("in").resolve("status-queued.json"));
    assertThat(Files.readAllBytes(copy)).isEqualTo(Samples.bytes("status-queued.json"));
  }

  @Test
  void readsASampleUnderItsName() {
    assertThat(Samples.read("async-v2-completed-diarized.json").source()).isEqualTo("async-v2-completed-diarized.json");
  }

  @Test
  void namesTheSamplesWhenOneIsMissing() {
    assertThatThrownBy(() -> Samples.bytes("nope.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sample nope.json").hasMessageContaining("status-queued.json");
  }
}
