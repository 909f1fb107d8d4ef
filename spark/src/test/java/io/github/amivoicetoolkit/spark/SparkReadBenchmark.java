package io.github.amivoicetoolkit.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.sum;

import io.github.amivoicetoolkit.testkit.SyntheticResults;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Whole-job benchmark: {@code format("amivoice")} against what a data team writes without it, the
 * {@code multiLine} JSON source with explodes, on generated results. Each job runs in a fresh JVM
 * ({@code local[2]}, same heap), timed from before the session starts until the Parquet output is
 * written; the JVM then reports its peak resident set (Linux {@code VmHWM}) and peak heap.
 *
 * <p>The job: per file and speaker, talk time, token count and mean confidence, written to Parquet.
 * <ul>
 *   <li>{@code amivoice}: the {@code speakers} table's {@code talk_ms}, {@code words}, {@code conf_mean} —
 *       talk time as the union of timed word and filler intervals, speakers resolved per docs/figures.md;
 *   <li>{@code baseline}: {@code read.option("multiLine", true).json(dir)} (which infers its schema in a
 *       pass of its own), explode {@code segments}, then {@code results}, then {@code tokens}; group by
 *       file and {@code label}; talk time as Σ (endtime − starttime), count(*) and avg(confidence). It is
 *       the simple version, and wrong where the figures are careful (overlap inside a speaker counted
 *       twice, punctuation counted, unlabelled tokens not resolved) — and it is still slower.
 * </ul>
 *
 * <p>The default input is 2,000 calls of 5 minutes (two to four speakers, about 0.9 GB of pretty-printed
 * JSON): a contact centre's average call, long enough that reading, not session start, is what is measured.
 *
 * <p>Run (generates the inputs once under {@code target/spark-benchmark}):
 * <pre>
 * ./mvnw -B -q -pl spark -am test-compile exec:exec -Dexec.skip -Dexec.executable=java \
 *     -Dbenchmark.args="--files 2000 --minutes 5"
 * </pre>
 */
public final class SparkReadBenchmark {
  /**
   * Parquet files each job writes: the baseline's aggregation shuffles into spark.sql.shuffle.partitions
   * (4) partitions, and the amivoice result (one partition per packed group of files, about 70) is
   * repartitioned into as many. Otherwise the comparison would be of committing 70 tiny files against 4,
   * which on the local file system costs a {@code chmod} process per file.
   */
  private static final int OUTPUT_FILES = 4;

  private SparkReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    String mode = "all";
    int files = 2000;
    double minutes = 5;
    int repeat = 1;
    Path dir = Path.of("target", "spark-benchmark").toAbsolutePath();
    Path given = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--mode" -> mode = args[i + 1];
        case "--files" -> files = Integer.parseInt(args[i + 1]);
        case "--minutes" -> minutes = Double.parseDouble(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]).toAbsolutePath();
        case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
        case "--input" -> given = Path.of(args[i + 1]).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; expected --mode all|amivoice|baseline, --files N, --minutes M, --repeat R, --dir D");
      }
    }
    Path input = given != null ? given
        : dir.resolve(String.format(Locale.ROOT, "input-%d-%.1fmin", files, minutes));
    switch (mode) {
      case "amivoice", "baseline" -> run(mode, input, dir.resolve("out-" + mode));
      case "all" -> {
        long bytes = generate(input, files, minutes);
        System.out.printf(Locale.ROOT, "input: %,d results of %.1f min, %,.1f MB, in %s%n", files, minutes,
            bytes / 1e6, input);
        System.out.printf(Locale.ROOT, "machine: %d cores visible, %s %s, Java %s%n",
            Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
            System.getProperty("os.arch"), System.getProperty("java.version"));
        List<String> results = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
          for (String variant : List.of("baseline", "amivoice")) {
            results.add(fork(variant, input, dir));
          }
        }
        results.forEach(System.out::println);
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static long generate(Path input, int files, double minutes) throws IOException {
    Files.createDirectories(input);
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      Path file = input.resolve(String.format(Locale.ROOT, "call-%05d.json", i));
      if (!Files.exists(file)) {
        SyntheticResults.builder().seed(i).minutes(minutes).speakers(2 + i % 3).build().writeTo(file);
      }
      bytes += Files.size(file);
    }
    return bytes;
  }

  /** Runs one variant in a fresh JVM with the same heap and the options Spark needs on Java 17. */
  private static String fork(String variant, Path input, Path dir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    for (String option : System.getProperty("spark.jvm.options", "").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SparkReadBenchmark.class.getName());
    command.addAll(List.of("--mode", variant, "--dir", dir.toString()));
    command.add("--input");
    command.add(input.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .directory(dir.toFile()).start();
    String result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("RESULT")) {
          result = line;
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      throw new IllegalStateException(variant + " failed with exit code " + process.exitValue());
    }
    return result;
  }

  private static void run(String variant, Path input, Path out) throws IOException {
    deleteTree(out);
    long started = System.nanoTime();
    SparkSession spark = SparkSession.builder().appName("amivoice-benchmark-" + variant).master("local[2]")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    double startup = (System.nanoTime() - started) / 1e9;
    Dataset<Row> perSpeaker = variant.equals("amivoice") ? amivoice(spark, input) : baseline(spark, input);
    perSpeaker.write().parquet(out.toString());
    double seconds = (System.nanoTime() - started) / 1e9;
    long rows = spark.read().parquet(out.toString()).count();
    spark.stop();
    System.out.printf(Locale.ROOT, "RESULT %-8s %7.1f s (session start %4.1f s, job %6.1f s)  %6.1f files/s"
        + "  rows %,d  peak RSS %,d MB  peak heap (Σ pool peaks) %,d MB%n", variant, seconds, startup,
        seconds - startup, fileCount(input) / seconds, rows, peakRssMb(), peakHeapMb());
    System.out.flush();
  }

  static Dataset<Row> amivoice(SparkSession spark, Path input) {
    // into as many partitions as the baseline's aggregation shuffles into, so that both write as many files
    return spark.read().format("amivoice").option("table", "speakers").load(input.toString())
        .select("file", "speaker", "talk_ms", "words", "conf_mean").repartition(OUTPUT_FILES);
  }

  static Dataset<Row> baseline(SparkSession spark, Path input) {
    Dataset<Row> results = spark.read().option("multiLine", true).json(input.toString())
        .withColumn("file", input_file_name())
        .select(col("file"), explode(col("segments")).as("segment"))
        .select(col("file"), explode(col("segment.results")).as("result"))
        .select(col("file"), explode(col("result.tokens")).as("token"));
    return results.groupBy(col("file"), col("token.label").as("speaker"))
        .agg(sum(col("token.endtime").minus(col("token.starttime"))).as("talk_ms"),
            count(col("token.written")).as("tokens"), avg(col("token.confidence")).as("conf_mean"));
  }

  private static long fileCount(Path input) throws IOException {
    try (Stream<Path> list = Files.list(input)) {
      return list.count();
    }
  }

  private static long peakRssMb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
