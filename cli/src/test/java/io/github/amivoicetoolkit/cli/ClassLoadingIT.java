package io.github.amivoicetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amivoicetoolkit.core.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run loads what its command uses: no Tablesaw class-path scan (ClassGraph, run by Tablesaw's {@code Table}
 * class initialiser over the whole jar) for figures and CSV, and POI only for XLSX and DOCX. Each is start-up
 * time of every run of the jar.
 */
class ClassLoadingIT {
  private static final String CLASS_PATH_SCAN = "io.github.classgraph.";
  private static final String POI = "org.apache.poi.";

  @TempDir
  Path work;

  @Test
  void figuresAndCsvLoadNeitherTheClassPathScanNorPoi() throws Exception {
    Path input = Samples.copyTo("async-v1-completed-sentiment.json", work.resolve("in"));

    assertThat(classesLoaded("stats", "--json", input.toString())).noneMatch(name -> name.startsWith(CLASS_PATH_SCAN))
        .noneMatch(name -> name.startsWith(POI));
    assertThat(classesLoaded("convert", "--to", "csv,vtt", "-o", work.resolve("out").toString(), input.toString()))
        .noneMatch(name -> name.startsWith(CLASS_PATH_SCAN)).noneMatch(name -> name.startsWith(POI));
    assertThat(classesLoaded("batch", "--to", "csv", "-o", work.resolve("batch").toString(), input.getParent().toString()))
        .noneMatch(name -> name.startsWith(CLASS_PATH_SCAN)).noneMatch(name -> name.startsWith(POI));
    assertThat(classesLoaded("--version")).noneMatch(name -> name.startsWith(POI));
  }

  @Test
  void xlsxLoadsPoi() throws Exception {
    Path input = Samples.copyTo("async-v1-completed-sentiment.json", work.resolve("in"));

    assertThat(classesLoaded("convert", "--to", "xlsx", "-o", work.resolve("out").toString(), input.toString()))
        .anyMatch(name -> name.startsWith(POI));
  }

  /** The classes the JVM loaded running {@code amivoice ARGS}, by name. */
  private List<String> classesLoaded(String... args) throws IOException, InterruptedException {
    Path log = Files.createTempFile(work, "classes", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Xlog:class+load=info:file=" + log, "-jar", Jar.JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(work.toFile())
        .redirectOutput(work.resolve("stdout.txt").toFile()).redirectError(work.resolve("stderr.txt").toFile())
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("amivoice %s finished", List.of(args)).isTrue();
    assertThat(process.exitValue()).as("%s: %s", List.of(args), Jar.stderr(work)).isZero();
    // lines like "[0.012s][info][class,load] java.lang.Object source: shared objects file"
    List<String> classes = Files.readAllLines(log).stream()
        .map(line -> line.substring(line.lastIndexOf(']') + 1).trim().split(" ")[0])
        .collect(Collectors.toList());
    assertThat(classes).as("the log of %s", List.of(args)).contains("io.github.amivoicetoolkit.cli.Main");
    return classes;
  }
}
