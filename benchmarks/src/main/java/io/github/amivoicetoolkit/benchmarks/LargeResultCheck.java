package io.github.amivoicetoolkit.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The memory target of the command line: {@code amivoice stats} and {@code amivoice convert --to csv}
 * of a result of about 250 MB, each in its own JVM limited to {@code -Xmx128m}, must exit 0.
 *
 * <p>Writes a synthetic result (compact API JSON, Japanese, 4 speakers, with sentiment; 96 hours by
 * default, 247 MB) into a temporary directory, runs the shaded CLI jar on it in separate processes and
 * prints exit code, wall time and output sizes; exits 1 when either command fails. Deletes its files.
 *
 * <p>Run after {@code ./mvnw -pl benchmarks,cli -am package -DskipTests}:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.amivoicetoolkit.benchmarks.LargeResultCheck
 * [cli jar, default cli/target/amivoice.jar] [hours, default 96]}.
 */
public final class LargeResultCheck {
  private static final String HEAP = "-Xmx128m";

  private LargeResultCheck() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Paths.get(args.length > 0 ? args[0] : "cli/target/amivoice.jar");
    int hours = args.length > 1 ? Integer.parseInt(args[1]) : 96;
    if (!Files.isRegularFile(jar)) {
      System.err.println("no CLI jar at " + jar + ": build it with ./mvnw -pl cli -am package -DskipTests");
      System.exit(2);
    }
    Path dir = Files.createTempDirectory("amivoice-large-");
    try {
      Path result = dir.resolve("large.json");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(result), 1 << 16)) {
        BenchmarkData.generator(hours * 60).writeTo(out);
      }
      System.out.printf("result: %s, %,d bytes (%d hours); every command runs with %s%n", result,
          Files.size(result), hours, HEAP);
      boolean ok = run(jar, dir, "stats", result.toString());
      Path csv = Files.createDirectory(dir.resolve("csv"));
      ok &= run(jar, dir, "convert", "--to", "csv", "-o", csv.toString(), result.toString());
      try (Stream<Path> files = Files.list(csv)) {
        for (Path file : files.sorted().toList()) {
          System.out.printf("  %s %,d bytes%n", file.getFileName(), Files.size(file));
        }
      }
      System.exit(ok ? 0 : 1);
    } finally {
      deleteTree(dir);
    }
  }

  private static boolean run(Path jar, Path dir, String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-jar", jar.toString()));
    line.addAll(List.of(command));
    Path log = dir.resolve(command[0] + ".out");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      System.out.println("amivoice " + command[0] + ": did not finish in 30 minutes");
      return false;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int exit = process.exitValue();
    System.out.printf("amivoice %s: exit %d in %.1f s%n", command[0], exit, seconds);
    if (exit != 0) {
      System.out.print(Files.readString(log));
    }
    return exit == 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
