package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files {@code amivoice batch GLOB} takes, and where their outputs go: under OUTDIR as under the glob's base. */
class BatchGlobTest {
  @TempDir
  Path work;

  private Path tree;

  @BeforeEach
  void tree() {
    tree = work.resolve("calls");
    Samples.copyAs("sync-ja-filler-kept.json", tree.resolve("top.json"));
    Samples.copyAs("sync-ja-filler-kept.json", tree.resolve("day1/a.json"));
    Samples.copyAs("sync-ja-filler-kept.json", tree.resolve("day1/room2/b.json"));
    Samples.copyAs("sync-ja-filler-kept.json", tree.resolve("day2/c.json"));
    Samples.copyAs("sync-ja-filler-kept.json", tree.resolve("day2/notes.txt"));
  }

  private List<String> batch(String glob) throws IOException {
    Path out = work.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit = Main.run(new String[] {"batch", glob, "-o", out.toString(), "--to", "txt", "--jobs", "1",
        "--progress", "lines"}, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    assertThat(exit).as(stdout + "\n" + stderr).isZero();
    if (!Files.isDirectory(out)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile).map(out::relativize).map(p -> p.toString().replace('\\', '/'))
          .filter(name -> !name.equals(".amivoice-batch")).sorted().toList();
    }
  }

  @Test
  void doubleStarCrossesDirectoriesAndOutputsMirrorThePathsBelowTheBase() throws IOException {
    assertThat(batch(tree + "/**/*.json")).containsExactly("day1/a.txt", "day1/room2/b.txt", "day2/c.txt");
  }

  @Test
  void singleStarStaysInOneDirectory() throws IOException {
    assertThat(batch(tree + "/day1/*.json")).containsExactly("a.txt");
  }

  @Test
  void bracesChooseAlternatives() throws IOException {
    assertThat(batch(tree + "/{day1,day2}/*.json")).containsExactly("day1/a.txt", "day2/c.txt");
  }

  @Test
  void questionMarkMatchesOneCharacter() throws IOException {
    assertThat(batch(tree + "/day?/?.json")).containsExactly("day1/a.txt", "day2/c.txt");
  }
}
