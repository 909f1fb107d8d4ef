package io.github.amivoicetoolkit.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Samples;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a program using the library sees of logging: POI logs through log4j-api and Tablesaw through
 * SLF4J; the toolkit routes log4j-api to SLF4J (log4j-to-slf4j) so that the application's one SLF4J
 * provider takes both, and log4j's "could not find a logging provider" never shows. The README example
 * runs in a separate JVM on this module's runtime classpath (test libraries left out).
 */
class LoggingSetupTest {

  record Run(int exit, String err) {}

  private static Run runExample(Path dir, boolean withProvider) throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> consumer = Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.matches(".*(junit|assertj|opentest4j|apiguardian|byte-buddy|surefire).*"))
        .filter(entry -> withProvider || !entry.contains("slf4j-nop"))
        .collect(Collectors.toList());
    Samples.copyAs("async-v1-completed-sentiment.json", dir.resolve("result.json"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, consumer), ReadmeLibraryExample.class.getName(), dir.toString()));
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(false)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), Files.readString(err));
  }

  @Test
  void anApplicationWithAnSlf4jProviderSeesNoLoggingSetupWarnings(@TempDir Path dir) throws Exception {
    Run run = runExample(dir, true);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void withoutAProviderLog4jStaysQuietAndOnlySlf4jSaysSoOnce(@TempDir Path dir) throws Exception {
    Run run = runExample(dir, false);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Log4j", "StatusLogger");
    assertThat(run.err().lines()).allMatch(line -> line.startsWith("SLF4J(W): "));
  }
}
