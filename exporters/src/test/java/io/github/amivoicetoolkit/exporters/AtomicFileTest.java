package io.github.amivoicetoolkit.exporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir
  Path dir;

  @Test
  void writesTheWholeContentAndLeavesNothingElse() throws IOException {
    Path target = dir.resolve("sub/out.txt");
    AtomicFile.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("hello");
    assertThat(list(target.getParent())).containsExactly("out.txt");
  }

  @Test
  void aFailureKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("partial".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(target).hasContent("old");
    assertThat(list(dir)).containsExactly("out.txt");
  }

  @Test
  void theFileGetsTheUsualPermissionsNotOwnerOnlyTemporaryOnes() throws IOException {
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "x");
    Path target = dir.resolve("atomic.txt");
    AtomicFile.write(target, out -> out.write('x'));

    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
  }

  private static Stream<String> listStream(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  private static java.util.List<String> list(Path directory) throws IOException {
    return listStream(directory).toList();
  }
}
