package io.github.amivoicetoolkit.exporters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
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
  void createsEveryMissingDirectoryOfTheTarget() throws IOException {
    Path target = dir.resolve("a/b/c/out.txt");
    AtomicFile.write(target, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
    AtomicFile.write(target.resolveSibling("two.txt"), out -> out.write("two".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("one");
    assertThat(list(target.getParent())).containsExactlyInAnyOrder("out.txt", "two.txt");
  }

  @Test
  void aTargetInsideAFileIsAnErrorAndLeavesNothing() throws IOException {
    Path file = dir.resolve("file");
    Files.writeString(file, "x");

    assertThatThrownBy(() -> AtomicFile.write(file.resolve("out.txt"), out -> out.write(1)))
        .isInstanceOf(IOException.class);
    assertThat(list(dir)).containsExactly("file");
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

  @Test
  void aFullDiskIsNamedWithTheTarget() {
    Path target = dir.resolve("out.xlsx");

    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      throw new IOException("No space left on device");
    })).isInstanceOf(NoSpaceLeftException.class)
        .hasMessage("No space left on device (writing " + target + ")");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void abandoningDeletesTheTemporaryFilesOfWritesInProgressAndStopsLaterWrites() throws Exception {
    Path target = dir.resolve("slow.xlsx");
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
      try {
        AtomicFile.write(target, out -> {
          out.write("partial".getBytes(StandardCharsets.UTF_8));
          out.flush();
          writing.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            throw new IOException(e);
          }
        });
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(list(dir)).singleElement().asString().startsWith(".slow.xlsx.").endsWith(".partial");

    List<Path> deleted = AtomicFile.abandonWritesInProgress();

    assertThat(deleted).hasSize(1);
    assertThat(dir).isEmptyDirectory();
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("later.txt"), out -> out.write('x')))
        .hasMessageContaining("shutting down");
    release.countDown();
    assertThatThrownBy(() -> write.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(java.io.UncheckedIOException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void abandoningWhileManyThreadsWriteLeavesOnlyCompleteFiles() throws Exception {
    byte[] content = new byte[10_000];
    java.util.Arrays.fill(content, (byte) 'x');
    java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
    CountDownLatch started = new CountDownLatch(8);
    CountDownLatch abandoned = new CountDownLatch(1);
    List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int index = i;
      Path target = dir.resolve("d" + i % 4).resolve("out-" + i + ".txt");
      writes.add(writers.submit(() -> {
        started.countDown();
        if (index >= 200) {
          abandoned.await();  // these start after the abandon: each must fail
        }
        AtomicFile.write(target, out -> {
          for (int half = 0; half < 2; half++) {
            out.write(content, half * content.length / 2, content.length / 2);
            out.flush();
            if (index == 0) {
              await(abandoned);  // this one is in progress when the abandon comes
            }
          }
        });
        return null;
      }));
    }
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    AtomicFile.abandonWritesInProgress();
    abandoned.countDown();
    writers.shutdown();
    assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(file.getFileName().toString()).doesNotEndWith(".partial");
        assertThat(Files.size(file)).as(file.toString()).isEqualTo(content.length);
      }
    }
    assertThat(dir.resolve("d0/out-0.txt")).doesNotExist();
    for (java.util.concurrent.Future<?> write : writes.subList(200, 400)) {
      assertThatThrownBy(write::get).hasMessageContaining("shutting down");
    }
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IOException(e);
    }
  }

  @Test
  void staleTemporariesOfGoneProcessesAreDeletedAndLiveOnesKept() throws IOException {
    long self = ProcessHandle.current().pid();
    for (String name : List.of(".out.xlsx.99999999-1f.partial", ".out.xlsx.abc123.partial",
        ".out.xlsx." + self + "-2e.partial", ".other.xlsx.99999999-1f.partial", "out.xlsx", ".out.xlsx.notes")) {
      Files.writeString(dir.resolve(name), "x");
    }

    List<Path> deleted = AtomicFile.deleteStaleTemporaries(dir.resolve("out.xlsx"));

    assertThat(deleted).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder(".out.xlsx.99999999-1f.partial", ".out.xlsx.abc123.partial");
    assertThat(list(dir)).containsExactly(".other.xlsx.99999999-1f.partial", ".out.xlsx." + self + "-2e.partial",
        ".out.xlsx.notes", "out.xlsx");
  }

  @Test
  void temporaryNamesCarryTheProcessId() throws IOException {
    Path target = dir.resolve("named.txt");
    AtomicFile.write(target, out -> assertThat(list(dir)).singleElement().asString()
        .matches("\\.named\\.txt\\." + ProcessHandle.current().pid() + "-[0-9a-f]+\\.partial"));
  }

  @AfterEach
  void resume() {
    AtomicFile.resumeWritesForTests();
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
