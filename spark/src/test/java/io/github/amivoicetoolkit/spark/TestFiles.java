package io.github.amivoicetoolkit.spark;

import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs every test reads, written once per JVM: the shared samples of core (every result shape,
 * failure bodies and unfinished jobs included), 50 synthetic results (plain and gzip, 1–5 speakers, with
 * and without sentiment, Japanese and English, fillers and compatibleWithSync variants) and one broken file.
 */
final class TestFiles {
  static final Path SAMPLES = Path.of("..", "core", "src", "test", "resources", "samples").toAbsolutePath().normalize();
  static final int SYNTHETIC = 50;

  private static TestFiles instance;

  final Path root;
  /** Every file of {@link #data()}: samples, synthetic results and the broken file. */
  final List<Path> all = new ArrayList<>();
  /** {@link #all} without the broken file, sorted by path. */
  final List<Path> good = new ArrayList<>();
  final Path broken;

  private TestFiles() throws IOException {
    root = Files.createTempDirectory("amivoice-spark-test");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
    Path data = Files.createDirectories(root.resolve("data"));
    try (Stream<Path> samples = Files.list(SAMPLES)) {
      for (Path sample : samples.sorted().toList()) {
        good.add(Files.copy(sample, data.resolve("sample-" + sample.getFileName())));
      }
    }
    for (int i = 0; i < SYNTHETIC; i++) {
      SyntheticResults result = synthetic(i);
      Path file = data.resolve(String.format("synthetic-%02d.json%s", i, i % 2 == 1 ? ".gz" : ""));
      result.writeTo(file);
      good.add(file);
    }
    broken = data.resolve("broken.json");
    Files.writeString(broken, "{\"status\": \"completed\", \"segments\": [{\"results\": [{\"tokens\": [{\"written\": ",
        StandardCharsets.UTF_8);
    all.addAll(good);
    all.add(broken);
    good.sort(Comparator.naturalOrder());
    all.sort(Comparator.naturalOrder());
  }

  static synchronized TestFiles get() {
    if (instance == null) {
      try {
        instance = new TestFiles();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  static SyntheticResults synthetic(int i) {
    return SyntheticResults.builder()
        .seed(1000 + i)
        .minutes(1 + (i % 4) * 0.75)
        .speakers(1 + i % 5)
        .sentiment(i % 3 == 0)
        .fillers(i % 2 == 0)
        .language(i % 4 == 3 ? SyntheticResults.Language.ENGLISH : SyntheticResults.Language.JAPANESE)
        .compatibleWithSync(i % 7 == 5)
        .build();
  }

  Path data() {
    return root.resolve("data");
  }

  /** The {@code file} column's value for a local file: the path as Hadoop qualifies it. */
  static String fileColumn(Path path) {
    return "file:" + path.toAbsolutePath();
  }

  static String[] strings(List<Path> paths) {
    return paths.stream().map(Path::toString).toArray(String[]::new);
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
