package io.github.amivoicetoolkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real {@code amivoice.jar} in a separate process, as a user does. */
final class Jar {
  static final Path JAR = Path.of(System.getProperty("amivoice.jar", "target/amivoice.jar"));

  private Jar() {}

  /**
   * Starts {@code amivoice ARGS} in {@code work} with the given heap and {@code java.io.tmpdir}, stdout
   * and stderr to files in {@code work}.
   */
  static Process start(Path work, String heap, Path tmpdir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-Djava.io.tmpdir=" + tmpdir, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("AMIVOICE_APPKEY");
    return builder.redirectOutput(work.resolve("stdout.txt").toFile())
        .redirectError(work.resolve("stderr.txt").toFile()).start();
  }

  static String stdout(Path work) throws IOException {
    return Files.readString(work.resolve("stdout.txt"));
  }

  static String stderr(Path work) throws IOException {
    return Files.readString(work.resolve("stderr.txt"));
  }
}
